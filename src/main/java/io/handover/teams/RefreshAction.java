package io.handover.teams;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** The {@code refresh} verb: hands the action to the refresher of the card it names. */
@Component
class RefreshAction implements CardActionHandler {

	private final Map<String, CardRefresher> refreshers;

	RefreshAction(List<CardRefresher> refreshers) {
		this.refreshers = refreshers.stream().collect(Collectors.toMap(CardRefresher::card, Function.identity()));
	}

	@Override
	public String verb() {
		return "refresh";
	}

	@Override
	public CardActionResult handle(CardAction action) {
		String card = action.data().path("card").asString("");
		CardRefresher refresher = this.refreshers.get(card);
		if (refresher == null) {
			return new CardActionResult.Error(400, "UnknownCard", "This card ('" + card + "') cannot be refreshed.");
		}
		return refresher.refresh(action);
	}

}
