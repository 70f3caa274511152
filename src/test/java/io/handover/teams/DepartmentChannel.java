package io.handover.teams;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.TeamsActivity;

/**
 * A department's channel, where its staff click the buttons of the task cards: each click
 * is a card action from that person in that channel, and a card is read by the task ids
 * its buttons carry.
 */
final class DepartmentChannel {

	private final String channel;

	private final String department;

	/** IT's channel: the team's General channel, linked to IT by {@link TeamSetup}. */
	static DepartmentChannel it(TeamSetup team) {
		return new DepartmentChannel(team.general, "IT");
	}

	DepartmentChannel(String channel, String department) {
		this.channel = channel;
		this.department = department;
	}

	/** {@code who} clicks the button {@code verb} of the task's card on the ticket. */
	TeamsActivity click(String verb, String ticketKey, String taskId, Member who) {
		return click(verb, Map.of("taskId", taskId, "ticketKey", ticketKey, "departmentKey", this.department), who);
	}

	/** {@code who} opens the department's card of the ticket afresh. */
	TeamsActivity refreshTaskCard(String ticketKey, Member who) {
		return click("refresh",
				Map.of("card", "task.department", "ticketKey", ticketKey, "departmentKey", this.department), who);
	}

	/** {@code who} clicks a card action with this data in the channel. */
	TeamsActivity click(String verb, Map<String, String> data, Member who) {
		TeamsActivity click = TeamsActivity.cardAction(verb, data).from(who.id(), who.aadObjectId(), who.name());
		click.node().withObjectProperty("conversation").put("conversationType", "channel").put("id", this.channel);
		return click;
	}

	/** The task ids that the card's buttons with this verb are for. */
	static List<String> buttons(JsonNode card, String verb) {
		return card.findParents("verb")
			.stream()
			.filter(action -> action.path("verb").asString().equals(verb))
			.map(action -> action.path("data").path("taskId").asString())
			.toList();
	}

}
