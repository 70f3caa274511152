package io.handover.teams;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import io.handover.testing.ClassIsolation;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.TeamsActivity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR in Teams for the request journeys: a team of its own whose Facilities channel is
 * linked to HR (and FM), with one HR staff member on its roster, who finds the
 * confirmation card of a request in the channel and clicks Confirm or Decline on it.
 */
final class HrDesk {

	static final Pattern REQUEST_ID = Pattern.compile("REQ-\\d{4,}");

	private static HrDesk shared;

	/**
	 * The test class run the shared desk was made in ({@link ClassIsolation#classRun()}).
	 */
	private static long sharedIn = -1;

	final TeamSetup team;

	final ConnectorStub.Member staff;

	private BotConversation bot;

	private ConnectorStub connector;

	private TicketRequestCards requestCards;

	private HrDesk(BotConversation bot, ConnectorStub connector, TicketRequestCards requestCards, String staffName)
			throws Exception {
		this.bot = bot;
		this.connector = connector;
		this.requestCards = requestCards;
		this.staff = TeamSetup.member(staffName);
		this.team = new TeamSetup(bot, connector).withStaff(this.staff);
	}

	/**
	 * One HR team for all request journeys of a test class: every channel linked to HR
	 * receives every ticket's HR card, so a team per test would slow the class's later
	 * deliveries. A new one per class, since the links of earlier classes are removed
	 * before each class ({@link ClassIsolation}). Its roster is set again (tests reset
	 * the connector stub).
	 */
	static synchronized HrDesk shared(BotConversation bot, ConnectorStub connector, TicketRequestCards requestCards)
			throws Exception {
		if (shared == null || sharedIn != ClassIsolation.classRun()) {
			shared = new HrDesk(bot, connector, requestCards, "Hanna Hrdesk");
			sharedIn = ClassIsolation.classRun();
		}
		shared.bot = bot;
		shared.connector = connector;
		shared.requestCards = requestCards;
		connector.channels(shared.team.teamId, List.of(new ConnectorStub.Channel(shared.team.general, null),
				new ConnectorStub.Channel(shared.team.facilities, "Facilities")));
		connector.roster(shared.team.teamId, List.of(shared.staff));
		return shared;
	}

	/** The request id a card or a reply names. */
	static String requestId(String text) {
		Matcher matcher = REQUEST_ID.matcher(text);
		assertThat(matcher.find()).as("a request id in " + text).isTrue();
		return matcher.group();
	}

	/** Delivers what requests owe and answers the confirmation card in HR's channel. */
	JsonNode cardOf(String requestId) {
		this.requestCards.drain();
		List<Call> posts = this.connector.sentTo(this.team.facilities)
			.stream()
			.filter(call -> !call.cards().isEmpty() && call.cards().get(0).toString().contains(requestId))
			.toList();
		assertThat(posts).as("the confirmation card of " + requestId + " in HR's channel").hasSize(1);
		return posts.get(0).cards().get(0);
	}

	/**
	 * HR's staff member clicks Confirm on the card; answers the card that replaces it.
	 */
	JsonNode confirm(String requestId) throws Exception {
		return click(TicketRequestActions.CONFIRM, requestId, this.staff, Map.of());
	}

	JsonNode decline(String requestId, String reason) throws Exception {
		return click(TicketRequestActions.DECLINE, requestId, this.staff, Map.of("reason", reason));
	}

	/** Someone clicks a button of the request's card in HR's channel. */
	JsonNode click(String verb, String requestId, ConnectorStub.Member who, Map<String, String> inputs)
			throws Exception {
		Map<String, Object> data = new java.util.LinkedHashMap<>(Map.of("requestId", requestId));
		data.putAll(inputs);
		TeamsActivity click = TeamsActivity.cardAction(verb, data).from(who.id(), who.aadObjectId(), who.name());
		click.node()
			.withObjectProperty("conversation")
			.put("conversationType", "channel")
			.put("id", this.team.facilities);
		JsonNode answer = this.bot.invoke(click);
		assertThat(answer.path("statusCode").asInt()).as(answer.toString()).isEqualTo(200);
		return answer.path("value");
	}

	/** Everything written on a card, in one string. */
	static String text(JsonNode card) {
		return HelpTests.cardText(card);
	}

}
