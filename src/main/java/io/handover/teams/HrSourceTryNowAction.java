package io.handover.teams;

import io.handover.common.Actor;
import io.handover.common.NotAllowed;
import io.handover.common.NotFound;
import io.handover.common.Refusal;
import io.handover.hr.HrSources;
import org.springframework.stereotype.Component;

/**
 * "Try now" on the HR sources card: reads the source at once and answers the card again,
 * showing how that read went. HR staff and Administrators only; anyone else gets the
 * refusal card, audited, and nothing is read.
 */
@Component
class HrSourceTryNowAction implements CardActionHandler {

	static final String VERB = "hr.source.tryNow";

	private final HrSources sources;

	private final HrSourcesCards cards;

	private final Notices notices;

	HrSourceTryNowAction(HrSources sources, HrSourcesCards cards, Notices notices) {
		this.sources = sources;
		this.cards = cards;
		this.notices = notices;
	}

	@Override
	public String verb() {
		return VERB;
	}

	@Override
	public CardActionResult handle(CardAction click) {
		String system = click.data().path("system").asString("");
		if (system.isEmpty()) {
			return new CardActionResult.Error(400, "BadRequest", "The card lacks its source.");
		}
		Actor actor = ChannelCommands.actor(click.actor());
		try {
			this.sources.tryNow(system, actor);
			return new CardActionResult.Card(this.cards.render(this.sources.overview(actor), click.locale()));
		}
		catch (NotFound notFound) {
			return new CardActionResult.Error(404, "not-found", notFound.getMessage());
		}
		catch (NotAllowed refused) {
			return new CardActionResult.Card(
					this.notices.refusal(HrSourcesCommand.refusal(refused, click.locale()), click.locale()));
		}
		catch (Refusal notNow) {
			return new CardActionResult.Card(this.notices.message(Notices.say(click.locale(), "Not now", "Niet nu"),
					notNow.getMessage(), "warning", click.locale()));
		}
	}

}
