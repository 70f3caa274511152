package io.handover.teams;

import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.bot.schema.Activity;
import io.handover.common.NotAllowed;
import io.handover.hr.HrSources;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code @Handover hr sources} ({@code hr-bronnen}): each HR source's state, last sync
 * and failure with a "Try now" button, and the job to profile table. For HR staff and
 * Administrators only; anyone else is refused before anything is read, and the refusal is
 * audited.
 */
@Component
@Order(16)
class HrSourcesCommand implements ChatCommand {

	private static final Pattern ASKED = Pattern.compile("^(?:hr[ -]?sources|hr[ -]?bronnen)\\s*[?.!]?$",
			Pattern.CASE_INSENSITIVE);

	private final HrSources sources;

	private final HrSourcesCards cards;

	private final Notices notices;

	HrSourcesCommand(HrSources sources, HrSourcesCards cards, Notices notices) {
		this.sources = sources;
		this.cards = cards;
		this.notices = notices;
	}

	@Override
	public boolean matches(ChatMessage message) {
		return message.text() != null && ASKED.matcher(message.text().trim()).matches();
	}

	@Override
	public Activity answer(ChatMessage message) {
		try {
			HrSources.Overview overview = this.sources.overview(ChannelCommands.actor(message.from()));
			return Replies.card(this.cards.render(overview, message.locale()));
		}
		catch (NotAllowed refused) {
			return Replies.card(this.notices.refusal(refusal(refused, message.locale()), message.locale()));
		}
	}

	/** The refusal in the person's language. */
	static String refusal(NotAllowed refused, Locale locale) {
		return Notices.say(locale, refused.getMessage(),
				"Alleen HR-medewerkers en beheerders kunnen de HR-bronnen zien of een bron nu laten lezen.");
	}

}
