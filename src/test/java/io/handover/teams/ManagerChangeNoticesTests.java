package io.handover.teams;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.hr.HrSources;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.ConnectorStub.Kind;
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.Surnames;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static io.handover.teams.IntakeChat.text;
import static io.handover.teams.IntakeChat.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session 17: when HR changes the manager of someone with an open ticket, the new manager
 * is told in their personal chat that the ticket is theirs now, and the old one that it
 * no longer is; once each, however often the change is delivered.
 */
@BotTest
class ManagerChangeNoticesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	TestClock clock;

	@Autowired
	TicketStatusCards statusCards;

	@Autowired
	HrSourcesCards hrSourcesCards;

	@Autowired
	UnreachableManagers unreachableManagers;

	@Autowired
	MongoTemplate mongo;

	static final String STATUS_TITLE = "Ticket";

	static final String HR_TEAM = "19:manager-change-hr-team@thread.tacv2";

	static final Member HANNA = new Member("29:manager-change-hanna", "aad-manager-change-hanna", "Hanna Managerchange",
			"hanna.managerchange@contoso.example");

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	Member maria;

	Member piet;

	@BeforeEach
	void setUp() throws Exception {
		this.connector.reset();
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.bot = new BotConversation(this.mvc, this.connector);
		IntakeChat chat = new IntakeChat(this.bot, this.connector);
		this.maria = TeamSetup.member("Maria Jansen " + Surnames.unique());
		this.piet = TeamSetup.member("Piet Smit " + Surnames.unique());
		for (Member manager : List.of(this.maria, this.piet)) {
			this.employees.register(new NewEmployee(manager.name(), manager.email(), manager.aadObjectId(), null, null),
					Actor.system("test"));
			chat.say(TeamsActivity.personalMessage("help")
				.conversation(chatOf(manager))
				.from(manager.id(), manager.aadObjectId(), manager.name()));
		}
	}

	@Test
	void bothManagersAreToldOnceWhenHrNamesAnotherManager() {
		String name = unique("Anna de Vries");
		TicketView ticket = this.tickets.open(
				new NewTicket(TicketKind.JOINER, new NewTicket.Person(null, name, null, null, null),
						new ManagerRef(this.maria.email(), this.maria.name()), "account-manager", null,
						LocalDate.of(2027, 1, 11), WorkLocation.OFFICE, null, null, null),
				Actor.person(this.maria.aadObjectId(), this.maria.email(), this.maria.name(), Channel.TEAMS), null);
		this.dispatcher.drain();

		this.tickets.changeManager(ticket.key(), new ManagerRef(this.piet.email(), this.piet.name()),
				"HR (afas) changed " + name + "'s manager", Actor.hrSource("afas"), "hr:afas:1:manager-change");
		this.dispatcher.drain();
		this.dispatcher.drain();

		assertThat(sent(this.piet, ticket.key())).singleElement()
			.satisfies(
					call -> assertThat(text(call.cards().get(0))).contains("You are now the manager on " + ticket.key())
						.contains(name)
						.contains("HR (afas) changed"));
		assertThat(sent(this.maria, ticket.key())).singleElement()
			.satisfies(call -> assertThat(text(call.cards().get(0)))
				.contains(ticket.key() + " now goes to " + this.piet.name())
				.contains("no longer come to you"));
	}

	/**
	 * Session 18: a new manager Handover cannot reach in Teams is not only logged: it is
	 * recorded and shown, with why and what to do, on the ticket's status card (posted in
	 * HR's channel) and on the HR sources card, in English and Dutch; once the manager is
	 * reached (added to a team, at the ticket's next change) they are told and the notice
	 * goes.
	 */
	@Test
	void aNewManagerWhoCannotBeReachedIsShownToHrUntilTheyAreReached() throws Exception {
		Member jan = aManagerOnNoTeamsRoster();
		TicketView ticket = joinerOf(this.maria);

		hrNamesTheNewManager(ticket, jan, 2);

		String notice = ticket.key() + ": the new manager " + jan.name() + " (" + jan.email()
				+ ") could not be told in Teams: ";
		assertThat(toHr(ticket.key())).singleElement()
			.satisfies(call -> assertThat(text(call.cards().get(0))).contains(notice, "on the roster of no team"));
		assertThat(sent(this.maria, ticket.key())).as("the former manager is told all the same").hasSize(1);
		assertThat(text(this.statusCards.render(this.tickets.get(ticket.key()), Locale.ENGLISH))).contains(notice);
		assertThat(text(this.statusCards.render(this.tickets.get(ticket.key()), Locale.forLanguageTag("nl"))))
			.contains(ticket.key() + ": de nieuwe manager " + jan.name() + " (" + jan.email()
					+ ") kon niet via Teams worden ingelicht: ");
		assertThat(text(this.hrSourcesCards.render(new HrSources.Overview(List.of(), List.of()), Locale.ENGLISH)))
			.contains("Managers Handover could not tell", notice);

		// IT adds Jan to a team Handover is in; the ticket's next change reaches him
		this.connector.roster(HR_TEAM, List.of(HANNA, jan));
		this.tickets.reschedule(ticket.key(), LocalDate.of(2027, 1, 18), "test", Actor.hrSource("afas"),
				"hr:afas:2:reschedule:" + ticket.key());
		this.dispatcher.drain();

		assertThat(this.connector.calls(Kind.SEND))
			.filteredOn(call -> call.succeeded() && !call.cards().isEmpty()
					&& text(call.cards().get(0)).contains("You are now the manager on " + ticket.key()))
			.hasSize(1);
		hrCardsNoLongerShow(ticket, notice);
	}

	/**
	 * Session 18: the notice is kept before HR is shown it; when HR's channel cannot be
	 * posted to, the record is taken back and the delivery tried again, so the notice is
	 * shown once it can be.
	 */
	@Test
	void whenHrCannotBeShownTheDeliveryIsTriedAgainAndShowsIt() throws Exception {
		Member jan = aManagerOnNoTeamsRoster();
		TicketView ticket = joinerOf(this.maria);

		this.connector.failNext(Kind.SEND, HR_TEAM, 403);
		hrNamesTheNewManager(ticket, jan, 3);
		assertThat(toHr(ticket.key())).as("not shown yet").isEmpty();
		assertThat(this.unreachableManagers.of(ticket.key())).as("taken back for the retry").isEmpty();

		long until = System.currentTimeMillis() + 20_000;
		while (toHr(ticket.key()).isEmpty() && System.currentTimeMillis() < until) {
			Thread.sleep(500);
			this.dispatcher.drain();
		}

		assertThat(toHr(ticket.key())).singleElement()
			.satisfies(call -> assertThat(text(call.cards().get(0))).contains(ticket.key() + ": the new manager "));
		assertThat(this.unreachableManagers.of(ticket.key())).singleElement()
			.satisfies(unreachable -> assertThat(unreachable.upn()).isEqualTo(jan.email()));
	}

	/**
	 * Session 18: a ticket that closes while its new manager was not reached has nobody
	 * left to tell: the notice goes from HR's cards.
	 */
	@Test
	void theNoticeGoesWhenTheTicketCloses() throws Exception {
		Member jan = aManagerOnNoTeamsRoster();
		TicketView ticket = joinerOf(this.maria);
		hrNamesTheNewManager(ticket, jan, 4);
		String notice = ticket.key() + ": the new manager " + jan.name();
		assertThat(toHr(ticket.key())).singleElement()
			.satisfies(call -> assertThat(text(call.cards().get(0))).contains(notice));

		this.tickets.cancel(ticket.key(), "the hire is off", Actor.hrSource("afas"), "hr:afas:4:cancel");
		this.dispatcher.drain();

		assertThat(this.unreachableManagers.of(ticket.key())).isEmpty();
		assertThat(statusCardsOf(ticket.key(), Kind.UPDATE)).isNotEmpty()
			.last()
			.satisfies(call -> assertThat(text(call.cards().get(0))).doesNotContain(notice));
		assertThat(text(this.hrSourcesCards.render(new HrSources.Overview(List.of(), List.of()), Locale.ENGLISH)))
			.doesNotContain(notice);
	}

	/**
	 * Session 20: IT's usual fix is to add the manager to a team Handover is in. Teams
	 * tells the bot (membersAdded), and that is enough: without any change of the ticket
	 * the new manager is told, once however often Teams says so, and HR's cards lose the
	 * notice.
	 */
	@Test
	void aNewManagerAddedToATeamHandoverIsInIsToldAtOnceWithoutATicketChange() throws Exception {
		Member jan = aManagerOnNoTeamsRoster();
		TicketView ticket = joinerOf(this.maria);
		hrNamesTheNewManager(ticket, jan, 5);
		String notice = ticket.key() + ": the new manager " + jan.name();
		assertThat(toHr(ticket.key())).singleElement()
			.satisfies(call -> assertThat(text(call.cards().get(0))).contains(notice));

		itAddsToTheHrTeam(jan);
		itAddsToTheHrTeam(jan);

		assertThat(toldJan("You are now the manager on " + ticket.key())).hasSize(1);
		assertThat(this.tickets.get(ticket.key()).date()).as("no change of the ticket")
			.isEqualTo(LocalDate.of(2027, 1, 11));
		hrCardsNoLongerShow(ticket, notice);
		assertThat(this.unreachableManagers.of(ticket.key())).isEmpty();
	}

	/**
	 * Session 20: the same for the manager the ticket named before, who is told that it
	 * goes to someone else now.
	 */
	@Test
	void aFormerManagerAddedToATeamHandoverIsInIsToldAtOnceWithoutATicketChange() throws Exception {
		Member jan = aManagerOnNoTeamsRoster();
		TicketView ticket = joinerOf(jan);
		hrNamesTheNewManager(ticket, this.piet, 6);
		String notice = ticket.key() + ": the former manager " + jan.name();
		assertThat(toHr(ticket.key())).singleElement()
			.satisfies(call -> assertThat(text(call.cards().get(0))).contains(notice));
		assertThat(text(this.hrSourcesCards.render(new HrSources.Overview(List.of(), List.of()), Locale.ENGLISH)))
			.contains(notice);

		itAddsToTheHrTeam(jan);
		itAddsToTheHrTeam(jan);

		assertThat(toldJan(ticket.key() + " now goes to " + this.piet.name())).hasSize(1);
		hrCardsNoLongerShow(ticket, notice);
	}

	/**
	 * Session 20: only Teams, for a team Handover is installed in, starts the retry: a
	 * membersAdded from another machine without a token is refused, one naming a team
	 * Handover is not in changes nothing, though the manager is on a roster by now.
	 */
	@Test
	void membersAddedFromElsewhereOrFromATeamHandoverIsNotInChangesNothing() throws Exception {
		Member jan = aManagerOnNoTeamsRoster();
		TicketView ticket = joinerOf(this.maria);
		hrNamesTheNewManager(ticket, jan, 7);
		String otherTeam = "19:manager-change-not-installed@thread.tacv2";
		this.connector.roster(HR_TEAM, List.of(HANNA, jan));
		this.connector.roster(otherTeam, List.of(jan));

		MvcResult forged = this.bot.perform(this.bot.request(joined(jan, HR_TEAM)).with(request -> {
			request.setRemoteAddr("10.20.30.40");
			return request;
		}));
		this.bot.send(joined(jan, otherTeam));
		this.dispatcher.drain();

		assertThat(forged.getResponse().getStatus()).isEqualTo(401);
		assertThat(toldJan("You are now the manager on " + ticket.key())).isEmpty();
		assertThat(this.unreachableManagers.of(ticket.key())).singleElement()
			.satisfies(unreachable -> assertThat(unreachable.upn()).isEqualTo(jan.email()));

		// Teams itself, for HR's team, is heard
		itAddsToTheHrTeam(jan);
		assertThat(toldJan("You are now the manager on " + ticket.key())).hasSize(1);
	}

	/**
	 * Session 20: a closed ticket has nobody left to tell: when its manager joins a team
	 * Handover is in, nothing is sent for it and its record goes from HR's cards.
	 */
	@Test
	void aClosedTicketsManagerWhoJoinsATeamIsNotToldAndTheRecordGoes() throws Exception {
		Member jan = aManagerOnNoTeamsRoster();
		TicketView ticket = joinerOf(this.maria);
		this.tickets.cancel(ticket.key(), "the hire is off", Actor.hrSource("afas"),
				"hr:afas:8:cancel:" + ticket.key());
		this.dispatcher.drain();
		// a record the close left behind (e.g. from before session 18's clean-up)
		this.unreachableManagers.record(ticket.key(), UnreachableManagers.Role.NEW,
				new ManagerRef(jan.email(), jan.name()), EmployeeChats.Unreachable.NOT_IN_TEAMS, this.clock.instant());
		String notice = ticket.key() + ": the new manager " + jan.name();
		assertThat(text(this.hrSourcesCards.render(new HrSources.Overview(List.of(), List.of()), Locale.ENGLISH)))
			.contains(notice);

		itAddsToTheHrTeam(jan);

		assertThat(toldJan("You are now the manager on " + ticket.key())).isEmpty();
		assertThat(this.unreachableManagers.of(ticket.key())).isEmpty();
		assertThat(text(this.hrSourcesCards.render(new HrSources.Overview(List.of(), List.of()), Locale.ENGLISH)))
			.doesNotContain(notice);
	}

	/**
	 * Session 20: the HR sources card lists the latest managers not reached only; it says
	 * how many more there are instead of dropping them silently.
	 */
	@Test
	void theHrSourcesCardSaysHowManyMoreManagersWereNotReached() {
		// later than any found unreachable before, so these are the latest
		this.clock.set(this.clock.instant().plus(java.time.Duration.ofDays(30)));
		List<String> tickets = new java.util.ArrayList<>();
		List<String> recorded = new java.util.ArrayList<>();
		try {
			for (int n = 0; n < UnreachableManagers.SHOWN + 4; n++) {
				Member manager = TeamSetup.member("Kees Notreached " + Surnames.unique());
				String key = "JML-MORE-" + n + "-" + Surnames.unique();
				this.clock.set(this.clock.instant().plusSeconds(60));
				this.unreachableManagers.record(key, UnreachableManagers.Role.NEW,
						new ManagerRef(manager.email(), manager.name()), EmployeeChats.Unreachable.NOT_IN_TEAMS,
						this.clock.instant());
				tickets.add(key);
				recorded.add(manager.name());
			}
			long more = this.mongo.count(new Query(), "unreachable_managers") - UnreachableManagers.SHOWN;

			String english = text(
					this.hrSourcesCards.render(new HrSources.Overview(List.of(), List.of()), Locale.ENGLISH));
			String dutch = text(this.hrSourcesCards.render(new HrSources.Overview(List.of(), List.of()),
					Locale.forLanguageTag("nl")));

			assertThat(more).isGreaterThanOrEqualTo(4);
			assertThat(english).contains(recorded.get(recorded.size() - 1))
				.doesNotContain(recorded.get(0))
				.contains("… and " + more + " more");
			assertThat(dutch).contains("… en nog " + more + " andere");
		}
		finally {
			// the latest on the card: other tests look for theirs there
			tickets.forEach(this.unreachableManagers::forget);
		}
	}

	/**
	 * IT adds the person to HR's team, where Handover is installed; Teams tells the bot.
	 */
	private void itAddsToTheHrTeam(Member member) throws Exception {
		this.connector.roster(HR_TEAM, List.of(HANNA, member));
		this.bot.send(joined(member, HR_TEAM));
		this.dispatcher.drain();
	}

	private static TeamsActivity joined(Member member, String team) {
		return TeamsActivity.memberAddedToTeam(member.id(), member.aadObjectId()).team(team, "Team");
	}

	/** The cards sent with this text, to whoever (Jan's chat is opened on the way). */
	private List<Call> toldJan(String text) {
		return this.connector.calls(Kind.SEND)
			.stream()
			.filter(call -> call.succeeded() && !call.cards().isEmpty() && text(call.cards().get(0)).contains(text))
			.toList();
	}

	/**
	 * HR's channel is linked; the returned employee is in the directory but on the roster
	 * of no team Handover is in, so the bot cannot reach them.
	 */
	private Member aManagerOnNoTeamsRoster() throws Exception {
		IntakeChat.linkStaff(this.bot, this.connector, HR_TEAM, "HR", HANNA);
		Member jan = TeamSetup.member("Jan de Vries " + Surnames.unique());
		this.employees.register(new NewEmployee(jan.name(), jan.email(), null, null, null), Actor.system("test"));
		return jan;
	}

	/** HR (AFAS, its n-th change) names the new manager on the ticket. */
	private void hrNamesTheNewManager(TicketView ticket, Member manager, int n) {
		this.tickets.changeManager(ticket.key(), new ManagerRef(manager.email(), manager.name()),
				"HR (afas) changed the manager", Actor.hrSource("afas"),
				"hr:afas:" + n + ":manager-change:" + ticket.key());
		this.dispatcher.drain();
	}

	private TicketView joinerOf(Member manager) {
		TicketView ticket = this.tickets.open(
				new NewTicket(TicketKind.JOINER, new NewTicket.Person(null, unique("Anna de Vries"), null, null, null),
						new ManagerRef(manager.email(), manager.name()), "account-manager", null,
						LocalDate.of(2027, 1, 11), WorkLocation.OFFICE, null, null, null),
				Actor.person(manager.aadObjectId(), manager.email(), manager.name(), Channel.TEAMS), null);
		this.dispatcher.drain();
		return ticket;
	}

	/**
	 * HR's status card is updated without the notice, and the HR sources card lost it.
	 */
	private void hrCardsNoLongerShow(TicketView ticket, String notice) {
		assertThat(statusCardsOf(ticket.key(), Kind.UPDATE)).as("HR's status card loses the notice")
			.isNotEmpty()
			.last()
			.satisfies(call -> assertThat(text(call.cards().get(0))).contains(ticket.key()).doesNotContain(notice));
		assertThat(text(this.statusCards.render(this.tickets.get(ticket.key()), Locale.ENGLISH)))
			.doesNotContain(notice);
		assertThat(text(this.hrSourcesCards.render(new HrSources.Overview(List.of(), List.of()), Locale.ENGLISH)))
			.doesNotContain(notice);
	}

	/** The ticket's status cards posted in HR's channel (not its HR task card). */
	private List<Call> toHr(String key) {
		return statusCardsOf(key, Kind.SEND);
	}

	private List<Call> statusCardsOf(String key, Kind kind) {
		return this.connector.calls(kind, HR_TEAM)
			.stream()
			.filter(call -> call.succeeded() && !call.cards().isEmpty()
					&& text(call.cards().get(0)).contains(STATUS_TITLE + " " + key))
			.toList();
	}

	private List<Call> sent(Member manager, String key) {
		return this.connector.calls(Kind.SEND, chatOf(manager))
			.stream()
			.filter(call -> call.body().toString().contains(key) && call.body().toString().contains("manager"))
			.toList();
	}

	private static String chatOf(Member member) {
		return "a:personal-" + member.aadObjectId();
	}

}
