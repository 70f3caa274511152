package io.handover.teams;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.bot.schema.Activity;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.common.Refusal;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In a team channel: {@code link IT} (or {@code koppel IT}), {@code unlink [IT]}
 * ({@code ontkoppel}), {@code departments} ({@code afdelingen}).
 */
@Component
@Order(10)
class ChannelCommands implements ChatCommand {

	private static final Pattern LINK = Pattern.compile("^(link|koppel)(?:\\s+(?:to\\s+|aan\\s+)?(.+))?$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern UNLINK = Pattern.compile("^(unlink|ontkoppel)(?:\\s+(.+))?$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern LIST = Pattern.compile("^(departments|afdelingen|links|koppelingen)$",
			Pattern.CASE_INSENSITIVE);

	private final DepartmentChannels channels;

	private final Cards cards;

	private final LinkRequests requests;

	ChannelCommands(DepartmentChannels channels, Cards cards, LinkRequests requests) {
		this.channels = channels;
		this.cards = cards;
		this.requests = requests;
	}

	@Override
	public boolean matches(ChatMessage message) {
		String text = message.text();
		return LINK.matcher(text).matches() || UNLINK.matcher(text).matches() || LIST.matcher(text).matches();
	}

	@Override
	public Activity answer(ChatMessage message) {
		boolean dutch = Messages.dutch(message.locale());
		if (!message.isChannel()) {
			return message(dutch ? "Koppelen gaat in een teamkanaal" : "Linking works in a team channel",
					dutch ? "Noem mij daar, bijvoorbeeld: @Handover koppel IT"
							: "Mention me there, for example: @Handover link IT",
					"attention", message);
		}
		Actor actor = this.requests.actor(message.from(), message.conversationId());
		try {
			Matcher link = LINK.matcher(message.text());
			if (link.matches()) {
				// several at once: "link IT HR", "link IT and HR"
				List<String> departments = this.channels.departmentKeysIn(link.group(2));
				if (!this.requests.isAdmin(actor)) {
					List<tools.jackson.databind.node.ObjectNode> answers = new java.util.ArrayList<>();
					for (String department : departments) {
						answers.add(request(message, department, actor, dutch));
					}
					return Replies.cards(answers);
				}
				ChannelLink linked = null;
				for (String department : departments) {
					linked = this.channels.link(message.conversationId(), message.teamId(), department, actor);
				}
				return message(dutch ? "Kanaal gekoppeld" : "Channel linked",
						(dutch ? "Dit kanaal krijgt nu de taken van: " : "This channel now receives the tasks of: ")
								+ String.join(", ", linked.departments()),
						"good", message);
			}
			Matcher unlink = UNLINK.matcher(message.text());
			if (unlink.matches()) {
				if (!this.requests.isAdmin(actor)) {
					String reason = dutch ? "Alleen een beheerder kan een afdelingskanaal ontkoppelen."
							: "Only an Administrator can unlink a department channel.";
					this.channels.refused(message.conversationId(), "unlink", actor, reason,
							"refused:" + message.activityId());
					return message(dutch ? "Dat kan niet" : "That did not work", reason, "attention", message);
				}
				ChannelLink left = this.channels.unlink(message.conversationId(), unlink.group(2), actor);
				String remaining = left.departments().isEmpty() ? (dutch ? "geen" : "none")
						: String.join(", ", left.departments());
				return message(dutch ? "Koppeling verwijderd" : "Link removed",
						(dutch ? "Afdelingen die dit kanaal nog bedient: " : "Departments this channel still serves: ")
								+ remaining,
						"good", message);
			}
			return list(message, dutch);
		}
		catch (Refusal refusal) {
			return message(dutch ? "Dat kan niet" : "That did not work", refusal.getMessage(), "attention", message);
		}
	}

	/**
	 * Someone who is not an Administrator asked to link: a request, shown in the channel
	 * with Approve / Decline for an Administrator and sent to the configured
	 * Administrators. The channel gets nothing until then.
	 */
	private tools.jackson.databind.node.ObjectNode request(ChatMessage message, String words, Actor actor,
			boolean dutch) {
		DepartmentChannels.Requested requested = this.channels.request(message.conversationId(), message.teamId(),
				words, actor);
		if (requested.link().departments().contains(requested.department())) {
			return messageCard(dutch ? "Al gekoppeld" : "Already linked",
					(dutch ? "Dit kanaal krijgt al de taken van: " : "This channel already receives the tasks of: ")
							+ String.join(", ", requested.link().departments()),
					"default", message);
		}
		String askedBy = requested.link()
			.request(requested.department())
			.map(ChannelLink.Request::byName)
			.orElse(actor.name());
		if (requested.isNew()) {
			this.requests.notifyAdmins(requested.link(), requested.department(), askedBy);
		}
		return this.cards.render(CardName.LINK_REQUEST,
				this.requests.card(requested.link(), requested.department(), askedBy, "pending", null),
				message.locale());
	}

	private Activity list(ChatMessage message, boolean dutch) {
		List<ChannelLink> links = this.channels.linksOf(message.teamId());
		StringBuilder text = new StringBuilder();
		for (ChannelLink link : links) {
			text.append("- ")
				.append(link.channelName() != null ? link.channelName() : link.id())
				.append(": ")
				.append(String.join(", ", link.departments()))
				// one paragraph per channel: the card escapes Markdown in its data
				.append("\n\n");
		}
		List<String> unlinked = this.channels.departmentKeys()
			.stream()
			.filter(key -> links.stream().noneMatch(link -> link.departments().contains(key)))
			.toList();
		if (!unlinked.isEmpty()) {
			text.append(dutch ? "Nog zonder kanaal: " : "Not linked yet: ").append(String.join(", ", unlinked));
		}
		return message(dutch ? "Afdelingskanalen in dit team" : "Department channels in this team",
				text.toString().trim(), "default", message);
	}

	private Activity message(String title, String text, String style, ChatMessage message) {
		return Replies.card(messageCard(title, text, style, message));
	}

	private tools.jackson.databind.node.ObjectNode messageCard(String title, String text, String style,
			ChatMessage message) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("title", title);
		data.put("text", text);
		data.put("style", style);
		return this.cards.render(CardName.MESSAGE, data, message.locale());
	}

	static Actor actor(ChatUser user) {
		return user != null ? user.actor(null) : Actor.unverified(null, null, Channel.TEAMS);
	}

}
