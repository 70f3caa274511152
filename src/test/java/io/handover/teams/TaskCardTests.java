package io.handover.teams;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;
import io.handover.asset.AssetRegister;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.task.TaskStatus;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.ConnectorStub.Kind;
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.TeamsActivity;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * J4: each department sees one card per ticket in its channel and works its tasks there.
 * The card updates in place for everyone; only the department's own staff may act.
 */
@BotTest
class TaskCardTests {

	static final Member PETER = TeamSetup.member("Peter de Boer");

	static final Member FENNA = TeamSetup.member("Fenna Smit");

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TaskManagement tasks;

	@Autowired
	AssetRegister assets;

	@Autowired
	AuditTrail audit;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	DepartmentStaff departmentStaff;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	TeamSetup team;

	@BeforeEach
	void setUp() throws Exception {
		this.connector.reset();
		this.bot = new BotConversation(this.mvc, this.connector);
		this.team = new TeamSetup(this.bot, this.connector).withStaff(PETER, FENNA);
		this.connector.reset();
		this.connector.roster(this.team.teamId, this.team.staff);
	}

	@Test
	void anOpenedTicketPostsOneCardPerDepartmentInItsLinkedChannel() {
		TicketView ticket = openJoiner();

		this.dispatcher.drain();

		List<Call> posts = cardPostsOf(ticket);
		assertThat(posts).extracting(Call::conversationId)
			.containsExactlyInAnyOrder(this.team.general, this.team.facilities, this.team.facilities);
		assertThat(posts).allSatisfy(post -> assertThat(post.cards()).hasSize(1));
		JsonNode itCard = posts.stream()
			.filter(post -> post.conversationId().equals(this.team.general))
			.findFirst()
			.orElseThrow()
			.cards()
			.get(0);
		assertThat(itCard.toString()).contains(ticket.key()).contains(ticket.employee().name());
		assertThat(itCard.path("refresh").path("userIds").toString()).contains(PETER.id());
	}

	@Test
	void operationsSeeTheCardUpdatesOfATicketOwedAndDelivered(@Autowired MeterRegistry registry) {
		double owedBefore = registry.counter("handover.cards.owed").count();
		double deliveredBefore = registry.counter("handover.cards.delivered").count();

		openJoiner();
		this.dispatcher.drain();

		assertThat(registry.counter("handover.cards.owed").count()).isGreaterThan(owedBefore);
		assertThat(registry.counter("handover.cards.delivered").count()).isGreaterThan(deliveredBefore);
	}

	@Test
	void claimingAnswersWithTheNewCardAndUpdatesTheChannelMessageInPlace() throws Exception {
		TicketView ticket = openAndPost();
		TaskView laptop = laptopTask(ticket);
		String itMessage = postedMessage(ticket, this.team.general);

		JsonNode answer = click("task.claim", laptop, PETER, Map.of());

		assertThat(answer.path("statusCode").asInt()).isEqualTo(200);
		assertThat(answer.path("value").toString()).contains("Peter de Boer");
		assertThat(this.tasks.get(laptop.id()).status()).isEqualTo(TaskStatus.CLAIMED);
		this.dispatcher.drain();
		assertThat(this.connector.calls(Kind.UPDATE)).anySatisfy(update -> {
			assertThat(update.conversationId()).isEqualTo(this.team.general);
			assertThat(update.activityId()).isEqualTo(itMessage);
			assertThat(update.cards().get(0).toString()).contains("Peter de Boer");
		});
	}

	@Test
	void doneWithASerialNumberRegistersTheLaptopOnTheEmployee() throws Exception {
		TicketView ticket = openAndPost();
		TaskView laptop = laptopTask(ticket);
		String serial = "SN-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

		JsonNode answer = click("task.done", laptop, PETER, Map.of("serial-" + laptop.id(), serial));

		assertThat(answer.path("type").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
		assertThat(this.tasks.get(laptop.id()).status()).isEqualTo(TaskStatus.DONE);
		assertThat(this.assets.holdingsOf(ticket.employee().id())).extracting(h -> h.serialNumber()).contains(serial);
	}

	@Test
	void aHardwareHashOfAbout4000CharactersIsEnteredOnTheCardAndABrokenOneIsRefused() throws Exception {
		TicketView ticket = openAndPost();
		TaskView laptop = laptopTask(ticket);
		String serial = "SN-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		byte[] raw = new byte[3000];
		new java.util.Random(11).nextBytes(raw);
		String hash = java.util.Base64.getEncoder().encodeToString(raw);

		JsonNode itCard = click("task.claim", laptop, PETER, Map.of()).path("value");
		assertThat(itCard.findParents("id")
			.stream()
			.filter(input -> input.path("id").asString().equals("hash-" + laptop.id()))
			.toList()).singleElement().satisfies(input -> assertThat(input.path("maxLength").asInt()).isEqualTo(8192));

		JsonNode refused = click("task.done", laptop, PETER,
				Map.of("serial-" + laptop.id(), serial, "hash-" + laptop.id(), hash.substring(2)));

		assertThat(refused.path("statusCode").asInt()).isEqualTo(400);
		assertThat(refused.path("value").path("message").asString()).contains("not base64");
		assertThat(this.tasks.get(laptop.id()).status()).as("unchanged").isEqualTo(TaskStatus.CLAIMED);

		JsonNode answer = click("task.done", laptop, PETER,
				Map.of("serial-" + laptop.id(), serial, "hash-" + laptop.id(), hash));

		assertThat(answer.path("type").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
		assertThat(this.tasks.get(laptop.id()).status()).isEqualTo(TaskStatus.DONE);
		assertThat(this.tasks.get(laptop.id()).inputs()).containsEntry("hardwareHash", hash);
	}

	@Test
	void doneWithoutTheSerialItNeedsIsRefusedOnTheCardAndChangesNothing() throws Exception {
		TicketView ticket = openAndPost();
		TaskView laptop = laptopTask(ticket);

		JsonNode answer = click("task.done", laptop, PETER, Map.of());

		assertThat(answer.path("statusCode").asInt()).isEqualTo(400);
		assertThat(answer.path("value").path("message").asString()).containsIgnoringCase("serial");
		assertThat(this.tasks.get(laptop.id()).status()).isEqualTo(TaskStatus.OPEN);
	}

	@Test
	void notNeededWithAReasonAndReassign() throws Exception {
		TicketView ticket = openAndPost();
		TaskView first = openTask(ticket, "IT", 0);
		TaskView second = openTask(ticket, "FM", 0);

		click("task.notNeeded", first, PETER, Map.of("reason-" + first.id(), "Brings own device"));
		click("task.reassign", second, FENNA, Map.of("assignee-" + second.id(), "Fenna Smit"));

		assertThat(this.tasks.get(first.id()).status()).isEqualTo(TaskStatus.NOT_NEEDED);
		assertThat(this.tasks.get(first.id()).reason()).isEqualTo("Brings own device");
		assertThat(this.tasks.get(second.id()).assignee().name()).isEqualTo("Fenna Smit");
	}

	@Test
	void someoneOutsideTheDepartmentIsRefusedAuditedAndNothingChanges() throws Exception {
		TicketView ticket = openAndPost();
		TaskView laptop = laptopTask(ticket);
		Member outsider = TeamSetup.member("Olga Buiten");

		JsonNode answer = click("task.claim", laptop, outsider, Map.of());

		assertThat(answer.path("value").toString()).contains("Only IT staff can do this");
		assertThat(this.tasks.get(laptop.id()).status()).isEqualTo(TaskStatus.OPEN);
		assertThat(this.audit.historyOf("task", laptop.id())).extracting(AuditEntry::action)
			.contains("refused")
			.noneMatch(action -> action.contains("claim"));
	}

	@Test
	void aRefusedClickRedeliveredAfterACrashIsAuditedOnce() throws Exception {
		TicketView ticket = openAndPost();
		TaskView laptop = laptopTask(ticket);
		Member outsider = TeamSetup.member("Olga Buiten");
		TeamsActivity click = clickActivity("task.done", laptop, outsider, Map.of());

		// the Bot Connector got no answer and sends the same activity again
		this.bot.invoke(click);
		JsonNode again = this.bot.invoke(click);
		// a second, separate click is a second attempt
		click("task.done", laptop, outsider, Map.of());

		assertThat(again.path("value").toString()).contains("Only IT staff can do this");
		assertThat(this.audit.historyOf("task", laptop.id())).extracting(AuditEntry::action)
			.filteredOn("refused"::equals)
			.hasSize(2);
		assertThat(this.tasks.get(laptop.id()).status()).isEqualTo(TaskStatus.OPEN);
	}

	@Test
	void twentyPeopleClickingDoneAtOnceMakeOneTransitionAndOneReadOfTheTeam() throws Exception {
		TicketView ticket = openAndPost();
		TaskView accounts = openTask(ticket, "IT", 0);
		List<Member> staff = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			staff.add(TeamSetup.member("IT Person " + (char) ('a' + i)));
		}
		this.connector.roster(this.team.teamId, staff);
		// Teams takes its time, so every click arrives while the team is being read.
		this.connector.delay(Kind.GET_MEMBERS, Duration.ofMillis(300));
		int readsBefore = rosterReads();
		// from here the one read may also come from the card delivery in the background
		this.departmentStaff.forget(this.team.teamId);

		List<JsonNode> answers = clickTogether("task.done", accounts, staff);

		assertThat(answers).allSatisfy(answer -> assertThat(answer.path("statusCode").asInt()).isEqualTo(200));
		TaskView done = this.tasks.get(accounts.id());
		assertThat(done.status()).isEqualTo(TaskStatus.DONE);
		assertThat(this.audit.historyOf("task", accounts.id()).stream().filter(e -> e.action().contains("complet")))
			.hasSize(1);
		assertThat(rosterReads() - readsBefore).as("the team's members read once").isEqualTo(1);
	}

	@Test
	void clicksWhileTeamsCannotSayWhoIsInTheTeamAreRefusedClearlyAndTeamsIsAskedOnce() throws Exception {
		TicketView ticket = openAndPost();
		TaskView accounts = openTask(ticket, "IT", 0);
		// in this team only: earlier tests' teams are linked to IT too, with Peter in
		// them
		Member rita = onlyInThisTeam("Rita");
		Member sem = onlyInThisTeam("Sem");
		this.connector.delay(Kind.GET_MEMBERS, Duration.ofMillis(300));
		// Teams throttles the bot (the SDK itself retries a 5xx, not a 429).
		this.connector.failNext(Kind.GET_MEMBERS, this.team.teamId, 429);
		int readsBefore = rosterReads();
		this.departmentStaff.forget(this.team.teamId);

		List<JsonNode> answers = clickTogether("task.done", accounts, List.of(rita, sem, rita, sem, rita));

		assertThat(answers).allSatisfy(answer -> {
			assertThat(answer.path("statusCode").asInt()).isEqualTo(503);
			assertThat(answer.path("value").path("message").asString())
				.contains("Teams did not tell who is in the IT team just now");
		});
		assertThat(this.tasks.get(accounts.id()).status()).isEqualTo(TaskStatus.OPEN);
		assertThat(rosterReads() - readsBefore).as("one failed read, not one per click").isEqualTo(1);

		this.departmentStaff.forget(this.team.teamId);
		assertThat(click("task.done", accounts, rita, Map.of()).path("statusCode").asInt()).isEqualTo(200);
		assertThat(this.tasks.get(accounts.id()).status()).isEqualTo(TaskStatus.DONE);
	}

	@Test
	void aTeamThatCouldNotBeReadIsAskedAgainAfterAWhile(@Autowired StaffProperties properties,
			@Autowired DepartmentChannels channels, @Autowired ProactiveMessenger messenger, @Autowired Clock clock,
			@Autowired io.handover.profile.Departments departments,
			@Autowired io.handover.identity.Directory directory) {
		DepartmentStaff staff = new DepartmentStaff(properties, channels, messenger, clock, Duration.ofMillis(300),
				departments, directory);
		Member member = onlyInThisTeam("Rita");
		ChatUser rita = new ChatUser(member.id(), member.aadObjectId(), member.name(), null);
		this.connector.failNext(Kind.GET_MEMBERS, this.team.teamId, 429);
		int readsBefore = rosterReads();

		assertThatThrownBy(() -> staff.isMember("IT", rita)).isInstanceOf(DepartmentStaff.RosterUnavailable.class);
		assertThatThrownBy(() -> staff.isMember("IT", rita)).isInstanceOf(DepartmentStaff.RosterUnavailable.class);
		assertThat(rosterReads() - readsBefore).isEqualTo(1);

		sleep(400);
		assertThat(staff.isMember("IT", rita)).isTrue();
		assertThat(rosterReads() - readsBefore).isEqualTo(2);
	}

	/**
	 * Someone joins the team while its roster is being read (the read began before they
	 * were in it): that read is answered but not kept, so they are staff at once, not
	 * after the roster's time to live.
	 */
	@Test
	void someoneWhoJoinsWhileTheRosterIsBeingReadIsStaffRightAfter() throws Exception {
		Member already = onlyInThisTeam("Olaf");
		this.departmentStaff.forget(this.team.teamId);
		this.connector.delay(Kind.GET_MEMBERS, Duration.ofMillis(600));
		java.util.concurrent.CompletableFuture<Boolean> underWay = java.util.concurrent.CompletableFuture
			.supplyAsync(() -> this.departmentStaff.isMember("IT",
					new ChatUser(already.id(), already.aadObjectId(), already.name(), null)));
		sleep(200);
		Member joined = TeamSetup.member("Jonas " + UUID.randomUUID().toString().substring(0, 8));
		List<Member> roster = new ArrayList<>(this.connector.rosterOf(this.team.teamId));
		roster.add(joined);
		this.connector.roster(this.team.teamId, roster);
		this.departmentStaff.forget(this.team.teamId);
		assertThat(underWay.get(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		this.connector.delay(Kind.GET_MEMBERS, Duration.ZERO);

		assertThat(this.departmentStaff.isMember("IT",
				new ChatUser(joined.id(), joined.aadObjectId(), joined.name(), null)))
			.isTrue();
	}

	@Test
	void theSameClickDeliveredTwiceChangesNothingTheSecondTime() throws Exception {
		TicketView ticket = openAndPost();
		TaskView laptop = laptopTask(ticket);
		TeamsActivity claim = clickActivity("task.claim", laptop, PETER, Map.of());

		this.bot.invoke(claim);
		JsonNode second = this.bot.invoke(claim);

		assertThat(second.path("statusCode").asInt()).isEqualTo(200);
		assertThat(this.audit.historyOf("task", laptop.id()).stream().filter(e -> e.action().contains("claim")))
			.hasSize(1);
	}

	@Test
	void cardsAreDeliveredExactlyOnceThroughConnectorFailures() {
		this.connector.failNext(this.team.general, 503, Map.of());
		this.connector.failNext(this.team.general, 429, Map.of("Retry-After", "1"));
		TicketView ticket = openJoiner();

		long deadline = System.currentTimeMillis() + 20_000;
		while (succeededCardPostsOf(ticket).size() < 3 && System.currentTimeMillis() < deadline) {
			this.dispatcher.drain();
			sleep(200);
		}

		assertThat(succeededCardPostsOf(ticket)).extracting(Call::conversationId)
			.containsExactlyInAnyOrder(this.team.general, this.team.facilities, this.team.facilities);
		assertThat(this.connector.calls(Kind.SEND)
			.stream()
			.filter(call -> call.conversationId().equals(this.team.general) && !call.succeeded())).as("the two faults")
			.hasSize(2);
	}

	/**
	 * Issue 24, finding 7: a name is shown as the characters it is. A Markdown link as a
	 * joiner's name would read "Reset your password" and lead elsewhere; on the
	 * department cards it is plain text.
	 */
	@Test
	void aMarkdownLinkAsANameIsShownAsTextOnTheDepartmentCards() {
		String link = "[Reset your password](https://evil.example/reset) "
				+ UUID.randomUUID().toString().substring(0, 4);
		TicketView ticket = openJoiner(link);

		this.dispatcher.drain();

		List<Call> posts = cardPostsOf(ticket);
		assertThat(posts).isNotEmpty();
		List<String> texts = new ArrayList<>();
		posts.forEach(post -> post.cards().forEach(card -> textBlocks(card, texts)));
		// the name is the employee fact: "<name> (Joiner)"
		assertThat(texts).anyMatch(text -> text.contains("\\[Reset your password\\](https://evil.example/reset)"));
		assertThat(texts).noneMatch(text -> text.matches("(?s).*(?<!\\\\)\\[Reset your password.*"));
	}

	/** The texts Teams renders as Markdown: TextBlocks and facts. */
	private static void textBlocks(JsonNode node, List<String> texts) {
		if (node.isObject() && "TextBlock".equals(node.path("type").asString(""))) {
			texts.add(node.path("text").asString(""));
		}
		if (node.isObject() && node.path("facts").isArray()) {
			node.path("facts").forEach(fact -> texts.add(fact.path("value").asString("")));
		}
		node.forEach(child -> textBlocks(child, texts));
	}

	private TicketView openJoiner() {
		return openJoiner("Anna " + UUID.randomUUID().toString().substring(0, 6));
	}

	private TicketView openJoiner(String name) {
		NewTicket request = new NewTicket(TicketKind.JOINER,
				new NewTicket.Person(null, name,
						name.toLowerCase().replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "")
								+ "@contoso.example",
						null, null),
				new ManagerRef("maria.jansen@contoso.example", "Maria Jansen"), "account-manager", null,
				LocalDate.of(2027, 1, 11), WorkLocation.OFFICE, null, null, null);
		return this.tickets.open(request, new Actor("aad-maria", "Maria Jansen", Channel.TEAMS), null);
	}

	private TicketView openAndPost() {
		TicketView ticket = openJoiner();
		this.dispatcher.drain();
		return ticket;
	}

	/**
	 * The laptop task, ready to work: the tasks it waits for (the account) done first.
	 */
	private TaskView laptopTask(TicketView ticket) {
		TaskView laptop = ticket.tasks()
			.stream()
			.filter(t -> t.department().equals("IT")
					&& t.inputsNeeded().stream().anyMatch(i -> i.name().equals("serialNumber")))
			.findFirst()
			.orElseThrow();
		Actor peter = new Actor(PETER.aadObjectId(), PETER.name(), Channel.TEAMS);
		laptop.waitingFor().forEach(dependency -> this.tasks.complete(dependency, Map.of(), peter, null));
		return this.tasks.get(laptop.id());
	}

	private static TaskView openTask(TicketView ticket, String department, int index) {
		return ticket.tasks()
			.stream()
			.filter(t -> t.department().equals(department) && t.status() == TaskStatus.OPEN
					&& t.inputsNeeded().isEmpty())
			.toList()
			.get(index);
	}

	private String postedMessage(TicketView ticket, String channel) {
		return cardPostsOf(ticket).stream()
			.filter(post -> post.conversationId().equals(channel))
			.findFirst()
			.orElseThrow()
			.postedId();
	}

	/**
	 * The cards posted in this test's team (other tests' teams serve the same
	 * departments).
	 */
	private List<Call> cardPostsOf(TicketView ticket) {
		return this.connector.calls(Kind.SEND)
			.stream()
			.filter(call -> call.conversationId().equals(this.team.general)
					|| call.conversationId().equals(this.team.facilities))
			.filter(call -> call.body() != null && call.body().toString().contains(ticket.key()))
			.toList();
	}

	private List<Call> succeededCardPostsOf(TicketView ticket) {
		return cardPostsOf(ticket).stream().filter(Call::succeeded).toList();
	}

	/**
	 * Someone in this test's team and in no other, added to its roster. The application
	 * reads the roster again right away, so no read of it is under way afterwards.
	 */
	private Member onlyInThisTeam(String firstName) {
		Member member = TeamSetup.member(firstName + " " + UUID.randomUUID().toString().substring(0, 8));
		List<Member> roster = new ArrayList<>(this.connector.rosterOf(this.team.teamId));
		roster.add(member);
		this.connector.roster(this.team.teamId, roster);
		this.departmentStaff.forget(this.team.teamId);
		assertThat(this.departmentStaff.isMember("IT",
				new ChatUser(member.id(), member.aadObjectId(), member.name(), null)))
			.isTrue();
		return member;
	}

	private int rosterReads() {
		return this.connector.calls(Kind.GET_MEMBERS, this.team.teamId).size();
	}

	private List<JsonNode> clickTogether(String verb, TaskView task, List<Member> people) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(people.size());
		try {
			List<Callable<JsonNode>> clicks = people.stream()
				.map(person -> (Callable<JsonNode>) () -> click(verb, task, person, Map.of()))
				.toList();
			List<JsonNode> answers = new ArrayList<>();
			for (Future<JsonNode> answer : pool.invokeAll(clicks)) {
				answers.add(answer.get());
			}
			return answers;
		}
		finally {
			pool.shutdown();
		}
	}

	private JsonNode click(String verb, TaskView task, Member who, Map<String, String> inputs) throws Exception {
		return this.bot.invoke(clickActivity(verb, task, who, inputs));
	}

	private TeamsActivity clickActivity(String verb, TaskView task, Member who, Map<String, String> inputs) {
		Map<String, Object> data = new java.util.LinkedHashMap<>(
				Map.of("taskId", task.id(), "ticketKey", task.ticketKey(), "departmentKey", task.department()));
		data.putAll(inputs);
		TeamsActivity click = TeamsActivity.cardAction(verb, data).from(who.id(), who.aadObjectId(), who.name());
		click.node().withObjectProperty("conversation").put("conversationType", "channel").put("id", this.team.general);
		return click;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
