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

	ChannelCommands(DepartmentChannels channels, Cards cards) {
		this.channels = channels;
		this.cards = cards;
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
		Actor actor = actor(message.from());
		try {
			Matcher link = LINK.matcher(message.text());
			if (link.matches()) {
				ChannelLink linked = this.channels.link(message.conversationId(), message.teamId(), link.group(2),
						actor);
				return message(dutch ? "Kanaal gekoppeld" : "Channel linked",
						(dutch ? "Dit kanaal krijgt nu de taken van: " : "This channel now receives the tasks of: ")
								+ String.join(", ", linked.departments()),
						"good", message);
			}
			Matcher unlink = UNLINK.matcher(message.text());
			if (unlink.matches()) {
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

	private Activity list(ChatMessage message, boolean dutch) {
		List<ChannelLink> links = this.channels.linksOf(message.teamId());
		StringBuilder text = new StringBuilder();
		for (ChannelLink link : links) {
			text.append("- ")
				.append(link.channelName() != null ? link.channelName() : link.id())
				.append(": ")
				.append(String.join(", ", link.departments()))
				.append('\n');
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
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("title", title);
		data.put("text", text);
		data.put("style", style);
		return Replies.card(this.cards.render(CardName.MESSAGE, data, message.locale()));
	}

	static Actor actor(ChatUser user) {
		return user != null ? user.actor(null) : Actor.unverified(null, null, Channel.TEAMS);
	}

}
