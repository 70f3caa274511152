package io.handover.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import io.handover.common.Actor;
import io.handover.e2e.MockTenant.User;
import io.handover.employee.EmployeeDirectory;
import io.handover.runbook.JoinerProvisioning;
import io.handover.testing.TestClock;
import io.handover.e2e.Playground.Sent;
import io.handover.e2e.PlaygroundUi.UiRun;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * J1, J2, J4 and J5 end to end, through Microsoft 365 Agents Playground: the departments
 * link their channels by mentioning the bot, the manager announces a starter in the
 * personal chat and submits the prefilled form, each department finds its task card in
 * its channel, and IT works its tasks there with the card updating in place; once through
 * the web page in a browser too. A leaver confirms each return on the card in their own
 * chat, staff confirm receipt on their task cards, and the ticket completes. Today is
 * Monday 23 November 2026.
 * <p>
 * The leaver is the starter of a journey through the Playground alone: announced by name,
 * linked to their Entra account when the joiner runbook finds it in the directory (the
 * {@link MockTenantDirectory}, where the Playground's employee has the account the
 * tenant's naming convention gives them), so the bot reaches them in their own chat on
 * their first day and again when they leave.
 */
@PlaygroundTest
class JoinerLeaverJourneyInPlaygroundTests {

	private static final Pattern TICKET_KEY = Pattern.compile("JML-\\d{4,}");

	private static final Duration DELIVERY = Duration.ofSeconds(20);

	@Autowired
	JoinerProvisioning joiners;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	TestClock clock;

	@Test
	void aStarterAnnouncedByTheManagerReachesEachDepartmentAndItWorksTheLaptopTaskOnItsCard(Playground playground) {
		departmentsLinkTheirChannels(playground);

		// The manager announces a starter in free text and submits the prefilled form.
		Sent announcement = playground.say(MockTenant.PERSONAL_CHAT,
				"Lotte de Wit starts on 7 December as account manager");
		PlaygroundMessage form = playground.replyTo(announcement);
		assertThat(form.cardText()).contains("New starter");
		Map<String, String> inputs = inputsOf(form.card());
		assertThat(inputs).containsEntry("employeeName", "Lotte de Wit")
			.containsEntry("roleProfile", "account-manager")
			.containsEntry("startDate", "2026-12-07")
			.containsEntry("manager", MockTenant.MANAGER.name());

		JsonNode status = press(playground, MockTenant.MANAGER, form, "form.starter.submit", null, inputs);
		String key = ticketKeyIn(status);
		assertThat(text(status)).contains(key, "Lotte de Wit", "Account Manager", "Progress per department");

		// One card per department, in the channels linked to it.
		PlaygroundMessage it = awaitTaskCard(playground, key, "IT", MockTenant.GENERAL_CHANNEL);
		PlaygroundMessage fm = awaitTaskCard(playground, key, "FM", MockTenant.FACILITIES_CHANNEL);
		PlaygroundMessage hr = awaitTaskCard(playground, key, "HR", MockTenant.FACILITIES_CHANNEL);
		assertThat(it.cardText()).contains("Lotte de Wit", "Create the account", "laptop");
		assertThat(fm.cardText()).contains("access pass");
		assertThat(hr.cardText()).contains("lease car");

		// IT creates the account first: the laptop waits for it.
		String account = taskId(it.card(), "Create the account").orElseThrow();
		assertThat(taskId(it.card(), "Set up laptop")).as("the laptop task waits for the account: no buttons yet")
			.isEmpty();
		pressDone(playground, it, account, Map.of());
		PlaygroundMessage unblocked = awaitUpdate(playground, it,
				card -> taskId(card.card(), "Set up laptop").isPresent());
		String laptop = taskId(unblocked.card(), "Set up laptop").orElseThrow();
		assertThat(taskActions(unblocked.card(), laptop)).contains("task.claim", "task.done");

		// Iris claims the laptop task: her card answers at once and the channel's card
		// follows.
		long beforeClaim = playground.now();
		JsonNode claimed = press(playground, MockTenant.IT_STAFF, it, "task.claim", laptop, Map.of());
		assertThat(text(claimed)).contains("Claimed by", MockTenant.IT_STAFF.name());
		awaitUpdateAfter(playground, it, beforeClaim,
				card -> card.cardText().contains("Claimed by") && card.cardText().contains(MockTenant.IT_STAFF.name()));

		// She completes it with the laptop's serial number.
		long beforeDone = playground.now();
		JsonNode done = press(playground, MockTenant.IT_STAFF, it, "task.done", laptop,
				Map.of("serial-" + laptop, "PF3XK9Q2"));
		assertThat(text(done)).contains("Done by", MockTenant.IT_STAFF.name(), "PF3XK9Q2");
		PlaygroundMessage completed = awaitUpdateAfter(playground, it, beforeDone,
				card -> card.cardText().contains("PF3XK9Q2"));
		assertThat(taskActions(completed.card(), laptop)).isEmpty();

		// Every change updated the same three messages; none was posted twice.
		assertThat(postsOf(playground, key, MockTenant.GENERAL_CHANNEL)).containsExactly(it.messageId());
		assertThat(postsOf(playground, key, MockTenant.FACILITIES_CHANNEL)).containsExactlyInAnyOrder(fm.messageId(),
				hr.messageId());

		// The manager's status shows IT's progress.
		PlaygroundMessage progress = playground.replyTo(playground.say(MockTenant.PERSONAL_CHAT, "status " + key));
		assertThat(progress.cardText()).contains(key, "Lotte de Wit");
	}

	@Test
	void aManagerCallsOffAStartAndTheDepartmentsCardsStopAskingForWork(Playground playground) {
		departmentsLinkTheirChannels(playground);
		PlaygroundMessage form = playground
			.replyTo(playground.say(MockTenant.PERSONAL_CHAT, "Sanne Visser starts on 14 December as account manager"));
		String key = ticketKeyIn(
				press(playground, MockTenant.MANAGER, form, "form.starter.submit", null, inputsOf(form.card())));
		PlaygroundMessage it = awaitTaskCard(playground, key, "IT", MockTenant.GENERAL_CHANNEL);
		assertThat(actions(current(playground, it))).anyMatch(a -> a.path("verb").asString().startsWith("task."));

		// The manager hears the start is off and tells the bot in her own words: the
		// ticket's status comes first, then the offer to cancel it.
		Sent calledOff = playground.say(MockTenant.PERSONAL_CHAT, "Helaas, de start van Sanne Visser gaat niet door.");
		assertThat(playground.replyTo(calledOff).cardText()).contains(key, "Sanne Visser");
		PlaygroundMessage offer = playground.awaitMessage(calledOff.afterSequence(),
				m -> m.fromBot() && m.conversationId().equals(calledOff.conversationId())
						&& m.cardText().contains(key + " annuleren?"),
				Playground.DEFAULT_WAIT, "the offer to cancel " + key);

		// One click on the offer cancels the ticket; IT's card no longer asks for work.
		JsonNode button = offer.card().path("actions").get(0);
		long before = playground.now();
		JsonNode cancelled = playground.click(MockTenant.MANAGER, offer, button.path("verb").asString(),
				Map.of("text", button.path("data").path("text").asString()));
		assertThat(text(cancelled)).contains(key);
		awaitUpdateAfter(playground, it, before,
				card -> actions(card.card()).stream().noneMatch(a -> a.path("verb").asString().startsWith("task.")));
	}

	@Test
	void aManagerAnnouncesAStarterInTheWebPageAndTheTaskCardAppearsInTheChannel(Playground playground) {
		departmentsLinkTheirChannels(playground);
		long before = playground.now();

		UiRun run = playground.ui()
			.chat("Personal Chat")
			.say("Anna de Vries starts on 7 December as account manager")
			.awaitCard("New starter")
			.screenshot("starter-form")
			.click("Submit")
			.awaitText("Progress per department")
			.screenshot("starter-ticket")
			.chat("General")
			.awaitCard("Anna de Vries")
			.screenshot("starter-task-card-general")
			.run("starter-journey");

		assertThat(run.screenshots()).hasSize(3).allSatisfy(shot -> assertThat(shot).exists().isNotEmptyFile());
		PlaygroundMessage itCard = playground.awaitMessage(before,
				m -> m.fromBot() && m.inChannel(MockTenant.GENERAL_CHANNEL) && m.cardText().contains("Anna de Vries"),
				DELIVERY, "Anna de Vries's IT card");
		String key = ticketKeyIn(itCard.card());
		assertThat(run.lastCardText()).as("the IT card the page shows in General")
			.contains("Tasks for IT", key, "Anna de Vries");
	}

	@Test
	void aStarterAnnouncedInTeamsSignsForTheirEquipmentAndReturnsItWhenLeavingInTheirOwnChat(Playground playground) {
		departmentsLinkTheirChannels(playground);
		User jan = MockTenant.EMPLOYEE;
		Instant today = this.clock.instant();
		try {
			// Maria announces Jan, whom the Playground plays, by name only.
			PlaygroundMessage form = playground.replyTo(
					playground.say(MockTenant.PERSONAL_CHAT, jan.name() + " starts on 7 December as account manager"));
			Map<String, String> inputs = inputsOf(form.card());
			assertThat(inputs).containsEntry("employeeName", jan.name()).containsEntry("startDate", "2026-12-07");
			String joiner = ticketKeyIn(
					press(playground, MockTenant.MANAGER, form, "form.starter.submit", null, inputs));
			PlaygroundMessage it = awaitTaskCard(playground, joiner, "IT", MockTenant.GENERAL_CHANNEL);
			PlaygroundMessage fm = awaitTaskCard(playground, joiner, "FM", MockTenant.FACILITIES_CHANNEL);
			PlaygroundMessage hr = awaitTaskCard(playground, joiner, "HR", MockTenant.FACILITIES_CHANNEL);

			// The directory schedule provisions the account: the convention's sign-in
			// name
			// finds Jan's account in the tenant, and his employee record is linked to it.
			this.joiners.run(joiner, Actor.system("schedule"));
			// The account exists already: IT, not the runbook, says it is Jan's own.
			PlaygroundMessage existing = awaitUpdate(playground, it,
					card -> card.card().toString().contains("account.link"));
			String account = taskId(existing.card(), "Create the account").orElseThrow();
			press(playground, MockTenant.IT_STAFF, it, "account.link", account, Map.of());
			assertThat(this.employees.identify(jan.aadObjectId())).hasValueSatisfying(e -> {
				assertThat(e.name()).isEqualTo(jan.name());
				assertThat(e.upn()).isEqualTo(jan.upn());
			});
			PlaygroundMessage unblocked = awaitUpdate(playground, it,
					card -> taskId(card.card(), "Set up laptop").isPresent());
			assertThat(taskId(unblocked.card(), "Create the account")).as("the runbook did it").isEmpty();

			// IT issues the laptop; HR processes the contract, so FM can program the
			// pass.
			String laptop = taskId(unblocked.card(), "Set up laptop").orElseThrow();
			press(playground, MockTenant.IT_STAFF, it, "task.done", laptop, Map.of("serial-" + laptop, "PF-JB-2211"));
			String contract = taskId(current(playground, hr), "Process the contract").orElseThrow();
			press(playground, MockTenant.HR_STAFF, hr, "task.done", contract, Map.of());
			PlaygroundMessage passReady = awaitUpdate(playground, fm,
					card -> taskId(card.card(), "access pass").isPresent());
			String pass = taskId(passReady.card(), "access pass").orElseThrow();

			// Monday 7 December, Jan's first day: FM hands him his pass, and Jan finds
			// the
			// receipt card for what he was issued in his own chat with the bot.
			this.clock.setDay(LocalDate.of(2026, 12, 7));
			press(playground, MockTenant.FM_STAFF, fm, "task.done", pass, Map.of("serial-" + pass, "PASS-4711"));
			PlaygroundMessage receipt = playground.awaitPersonalMessageTo(jan,
					m -> m.hasCard() && m.cardText().contains(joiner) && m.cardText().contains("Your equipment"),
					DELIVERY);
			assertThat(receipt.cardText()).contains("PF-JB-2211", "PASS-4711");
			JsonNode signed = press(playground, jan, receipt, "signature.receipt", null, Map.of());
			assertThat(text(signed)).contains("Signed for by", jan.name());

			// Maria announces Jan's departure and submits the form.
			PlaygroundMessage leaverForm = playground
				.replyTo(playground.say(MockTenant.PERSONAL_CHAT, jan.name() + " leaves on 18 December"));
			assertThat(leaverForm.cardText()).contains("Leaver");
			Map<String, String> leaverInputs = inputsOf(leaverForm.card());
			assertThat(leaverInputs).containsEntry("employeeName", jan.name()).containsValue("2026-12-18");
			String key = ticketKeyIn(
					press(playground, MockTenant.MANAGER, leaverForm, "form.leaver.submit", null, leaverInputs));

			// Jan finds his return card in the same chat and confirms both items.
			PlaygroundMessage returnCard = playground.awaitPersonalMessageTo(jan,
					m -> m.hasCard() && m.cardText().contains(key), DELIVERY);
			assertThat(returnCard.conversationId()).isEqualTo(receipt.conversationId());
			assertThat(returnCard.cardText()).contains("Returning your equipment", "PF-JB-2211", "PASS-4711");
			for (JsonNode action : actions(returnCard.card())) {
				assertThat(action.path("verb").asString()).isIn("signature.return", "refresh");
			}
			List<JsonNode> returns = actions(returnCard.card()).stream()
				.filter(a -> a.path("verb").asString().equals("signature.return"))
				.toList();
			assertThat(returns).hasSize(2);
			JsonNode afterReturns = null;
			for (JsonNode action : returns) {
				afterReturns = press(playground, jan, returnCard, "signature.return", dataOf(action).get("assetId"),
						Map.of(), "assetId");
			}
			assertThat(text(afterReturns)).contains("Returned on");

			// IT and FM see the returns on their cards and confirm receipt; every task
			// gets done.
			PlaygroundMessage itLeaver = awaitTaskCard(playground, key, "IT", MockTenant.GENERAL_CHANNEL);
			PlaygroundMessage fmLeaver = awaitTaskCard(playground, key, "FM", MockTenant.FACILITIES_CHANNEL);
			PlaygroundMessage hrLeaver = awaitTaskCard(playground, key, "HR", MockTenant.FACILITIES_CHANNEL);
			awaitUpdate(playground, itLeaver, m -> m.cardText().contains("returned by employee, confirm receipt"));
			awaitUpdate(playground, fmLeaver, m -> m.cardText().contains("returned by employee, confirm receipt"));
			doEverything(playground, MockTenant.IT_STAFF, itLeaver);
			doEverything(playground, MockTenant.FM_STAFF, fmLeaver);
			doEverything(playground, MockTenant.HR_STAFF, hrLeaver);
			doEverything(playground, MockTenant.IT_STAFF, itLeaver);

			// Jan's card shows the receipts; the manager's status shows the ticket
			// complete.
			playground.awaitMessage(returnCard.sequence(),
					m -> m.messageId().equals(returnCard.messageId()) && m.cardText().contains("Receipt confirmed by"),
					DELIVERY, "Jan's return card with the receipts");
			PlaygroundMessage status = playground.replyTo(playground.say(MockTenant.PERSONAL_CHAT, "status " + key));
			Matcher progress = Pattern.compile("(\\d+) of (\\d+) done").matcher(status.cardText());
			int departments = 0;
			while (progress.find()) {
				assertThat(progress.group(1)).as(status.cardText()).isEqualTo(progress.group(2));
				departments++;
			}
			assertThat(departments).as(status.cardText()).isEqualTo(3);
		}
		finally {
			this.clock.set(today);
		}
	}

	/**
	 * General serves IT, Facilities serves FM and HR: each linked by mentioning the bot
	 * in the channel, after the team added the bot. Linking again changes nothing, so
	 * each test can start here (FileImportInPlaygroundTests too).
	 */
	static void departmentsLinkTheirChannels(Playground playground) {
		playground.install(MockTenant.GENERAL_CHANNEL);
		approved(playground, link(playground, MockTenant.GENERAL_CHANNEL, "IT"), "IT");
		approved(playground, link(playground, MockTenant.FACILITIES_CHANNEL, "FM"), "FM");
		approved(playground, link(playground, MockTenant.FACILITIES_CHANNEL, "HR"), "HR");
	}

	/**
	 * The manager is no Administrator: the link is a request, which Iris (an
	 * Administrator in the test configuration) approves on the card in the channel.
	 */
	private static void approved(Playground playground, PlaygroundMessage request, String department) {
		if (request.cardText().contains("Already linked")) {
			// approved by Iris in an earlier journey of this run
			assertThat(request.cardText()).contains(department);
			return;
		}
		assertThat(request.cardText()).contains("Link request", department);
		JsonNode answer = playground.clickAction(MockTenant.IT_STAFF, request, "Approve (Administrators)", Map.of());
		assertThat(answer.toString()).contains("Approved", MockTenant.IT_STAFF.name());
	}

	/**
	 * {@code @Handover link <department>}; the installation event may still be on its
	 * way, so a refusal to link in a team without the bot is tried again.
	 */
	private static PlaygroundMessage link(Playground playground, String channel, String department) {
		for (int attempt = 1;; attempt++) {
			PlaygroundMessage answer = playground.replyTo(playground.mention(channel, "link " + department));
			if (!answer.cardText().contains("Install Handover") || attempt == 10) {
				return answer;
			}
			pause(300);
		}
	}

	private static PlaygroundMessage awaitTaskCard(Playground playground, String key, String department,
			String channel) {
		return playground.awaitMessage(0,
				m -> m.fromBot() && m.action().equals("createMessage") && m.inChannel(channel) && m.hasCard()
						&& m.cardText().contains(key) && department.equals(departmentOf(m.card())),
				DELIVERY, department + "'s card for " + key + " in " + channel);
	}

	/** The ids of the messages posted (not updated) in a channel for a ticket. */
	private static List<String> postsOf(Playground playground, String key, String channel) {
		return playground.messages()
			.stream()
			.filter(m -> m.fromBot() && m.action().equals("createMessage") && m.inChannel(channel) && m.hasCard()
					&& m.cardText().contains(key))
			.map(PlaygroundMessage::messageId)
			.toList();
	}

	private static JsonNode current(Playground playground, PlaygroundMessage message) {
		return playground.latest(message.messageId()).orElse(message).card();
	}

	private static PlaygroundMessage awaitUpdate(Playground playground, PlaygroundMessage message,
			java.util.function.Predicate<PlaygroundMessage> showing) {
		return awaitUpdateAfter(playground, message, message.sequence(), showing);
	}

	/**
	 * The same message, updated in place after {@code after}, showing what is expected.
	 */
	private static PlaygroundMessage awaitUpdateAfter(Playground playground, PlaygroundMessage message, long after,
			java.util.function.Predicate<PlaygroundMessage> showing) {
		PlaygroundMessage updated = playground.awaitMessage(
				after, m -> m.messageId().equals(message.messageId()) && m.action().equals("updateMessage")
						&& m.hasCard() && showing.test(m),
				DELIVERY, "message " + message.messageId() + " updated in place");
		assertThat(updated.conversationId()).isEqualTo(message.conversationId());
		return updated;
	}

	private static void pressDone(Playground playground, PlaygroundMessage card, String taskId,
			Map<String, String> inputs) {
		press(playground, MockTenant.IT_STAFF, card, "task.done", taskId, inputs);
	}

	/**
	 * Presses the card's {@code Action.Execute} with this verb (for a task card, the one
	 * of that task) as {@code user}, with the action's data and the inputs typed, and
	 * returns the card the bot answered with.
	 */
	private static JsonNode press(Playground playground, User user, PlaygroundMessage message, String verb,
			String taskId, Map<String, String> inputs) {
		return press(playground, user, message, verb, taskId, inputs, "taskId");
	}

	private static JsonNode press(Playground playground, User user, PlaygroundMessage message, String verb, String id,
			Map<String, String> inputs, String idField) {
		JsonNode card = current(playground, message);
		JsonNode action = actions(card).stream()
			.filter(a -> verb.equals(a.path("verb").asString()))
			.filter(a -> id == null || id.equals(a.path("data").path(idField).asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + verb + " for " + id + " on " + card));
		Map<String, Object> data = new LinkedHashMap<>();
		action.path("data")
			.properties()
			.iterator()
			.forEachRemaining(field -> data.put(field.getKey(), field.getValue().asString()));
		data.putAll(inputs);
		JsonNode answer = playground.click(user, message, verb, data);
		assertThat(answer.path("type").asString()).as("the bot answers %s with a card: %s", verb, answer)
			.isEqualTo("application/vnd.microsoft.card.adaptive");
		return answer.path("value");
	}

	/** The input values a card shows, by input id. */
	private static Map<String, String> inputsOf(JsonNode card) {
		Map<String, String> inputs = new LinkedHashMap<>();
		walk(card, node -> {
			if (node.path("type").asString().startsWith("Input.") && node.hasNonNull("id")) {
				inputs.put(node.path("id").asString(), node.path("value").asString(""));
			}
		});
		return inputs;
	}

	private static List<JsonNode> actions(JsonNode card) {
		List<JsonNode> actions = new ArrayList<>();
		walk(card, node -> {
			if ("Action.Execute".equals(node.path("type").asString())) {
				actions.add(node);
			}
		});
		return actions;
	}

	/** The verbs a task's row offers. */
	private static Set<String> taskActions(JsonNode card, String taskId) {
		Set<String> verbs = new LinkedHashSet<>();
		for (JsonNode action : actions(card)) {
			if (taskId.equals(action.path("data").path("taskId").asString())) {
				verbs.add(action.path("verb").asString());
			}
		}
		return verbs;
	}

	/**
	 * The id of the task whose row on the card shows this title; empty while the row
	 * offers no buttons (a blocked or finished task).
	 */
	private static Optional<String> taskId(JsonNode card, String title) {
		List<String> found = new ArrayList<>();
		walk(card, node -> {
			if ("Container".equals(node.path("type").asString()) && text(node).contains(title)) {
				Set<String> ids = new LinkedHashSet<>();
				actions(node).forEach(a -> ids.add(a.path("data").path("taskId").asString()));
				ids.remove("");
				if (ids.size() == 1) {
					found.add(ids.iterator().next());
				}
			}
		});
		return found.stream().findFirst();
	}

	private static String departmentOf(JsonNode card) {
		JsonNode refresh = card.path("refresh").path("action").path("data");
		return Optional.ofNullable(refresh.path("departmentKey").asString(null)).orElse("");
	}

	private static String ticketKeyIn(JsonNode card) {
		Matcher key = TICKET_KEY.matcher(text(card));
		assertThat(key.find()).as("a ticket key on %s", card).isTrue();
		return key.group();
	}

	private static String text(JsonNode card) {
		StringBuilder text = new StringBuilder();
		walk(card, node -> node.properties().iterator().forEachRemaining(field -> {
			String name = field.getKey();
			if (field.getValue().isString()
					&& (name.equals("text") || name.equals("title") || name.equals("value") || name.equals("label"))) {
				text.append(field.getValue().asString()).append('\n');
			}
		}));
		return text.toString();
	}

	private static void walk(JsonNode node, java.util.function.Consumer<JsonNode> visit) {
		if (node.isObject()) {
			visit.accept(node);
		}
		if (node.isContainer()) {
			node.forEach(child -> walk(child, visit));
		}
	}

	/**
	 * Presses Done on every task of the card that offers it, as the department's staff
	 * would, until none is left (a task waiting for another becomes workable once that
	 * one is done).
	 */
	private static void doEverything(Playground playground, User staff, PlaygroundMessage message) {
		JsonNode card = current(playground, message);
		for (int round = 0; round < 40; round++) {
			Optional<JsonNode> done = actions(card).stream()
				.filter(a -> a.path("verb").asString().equals("task.done"))
				.findFirst();
			if (done.isEmpty()) {
				return;
			}
			Map<String, Object> data = new LinkedHashMap<>(dataOf(done.get()));
			JsonNode answer = playground.click(staff, message, "task.done", data);
			assertThat(answer.path("type").asString()).as("Done on %s: %s", data, answer)
				.isEqualTo("application/vnd.microsoft.card.adaptive");
			card = answer.path("value");
		}
		throw new AssertionError("Tasks still open after 40 presses: " + text(card));
	}

	private static Map<String, String> dataOf(JsonNode action) {
		Map<String, String> data = new LinkedHashMap<>();
		action.path("data")
			.properties()
			.iterator()
			.forEachRemaining(field -> data.put(field.getKey(), field.getValue().asString()));
		return data;
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
