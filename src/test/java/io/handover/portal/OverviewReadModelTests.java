package io.handover.portal;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.handover.access.Roles;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.testing.Surnames;
import io.handover.testing.ApiTest;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.ActiveTickets;
import io.handover.ticket.ActiveTicketsStamp;
import io.handover.ticket.Authority;
import io.handover.ticket.DeviceRetrieval;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview answers from each instance's copy of the active tickets
 * ({@code ActiveTickets}, read again when the store's {@link ActiveTicketsStamp} moves)
 * and a manager's people from the register's reports index (issue 22: its cost does not
 * grow with the register). After each kind of change, what each viewer's overview says
 * equals what it says when every active ticket is read from the store again (the stamp
 * moved by hand: the copy is dropped), and a manager's people equal a search of the whole
 * register; and the change shows, so a write that left the copy as it was fails here.
 */
@ApiTest
class OverviewReadModelTests {

	static final Actor HR = Actor.person("a0000000-0000-4000-8000-0000000000a1", "hanna@contoso.example", "Hanna (HR)",
			Channel.API, Set.of(Roles.HR));

	static final Actor FM = Actor.person(UUID.randomUUID().toString(), "frank@contoso.example", "Frank (FM)",
			Channel.API, Set.of(Roles.FM));

	@Autowired
	OverviewQuery overview;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TaskManagement tasks;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TestClock clock;

	@Autowired
	ActiveTicketsStamp stamp;

	String surname;

	String upn;

	Actor manager;

	Actor otherManager;

	@BeforeEach
	void aManager() {
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.surname = Surnames.unique();
		this.upn = ("mia." + this.surname + "@contoso.example").toLowerCase();
		this.manager = Actor.person(UUID.randomUUID().toString(), this.upn, "Mia " + this.surname, Channel.API,
				Set.of(Roles.MANAGER));
		String other = ("olaf." + this.surname + "@contoso.example").toLowerCase();
		this.otherManager = Actor.person(UUID.randomUUID().toString(), other, "Olaf " + this.surname, Channel.API,
				Set.of(Roles.MANAGER));
	}

	@AfterEach
	void backToToday() {
		this.clock.setDay(TestClockConfiguration.TODAY);
	}

	@Test
	void afterEachKindOfChangeTheOverviewIsWhatReadingEveryTicketSays() {
		everyViewerSeesWhatAFullReadSays();

		// a person registered with this manager: their people, from the index
		Employee lea = register("Lea", this.upn);
		assertThat(this.employees.reportsOf(this.upn)).containsExactlyElementsOf(reportsByScan(this.upn));
		assertThat(this.employees.reportsOf(this.upn)).contains(lea.id());
		assertThat(this.overview.of(this.manager, false).viewer().reports()).isEqualTo(1);

		// a leaver ticket opened
		TicketView leaver = openLeaver(lea, 20);
		assertThat(keys(everyViewerSeesWhatAFullReadSays().get(0).coming())).contains(leaver.key());
		assertThat(keys(this.overview.of(this.manager, false).coming())).contains(leaver.key());
		assertThat(keys(this.overview.of(this.otherManager, false).coming())).doesNotContain(leaver.key());

		// a joiner ticket naming the manager
		TicketView joiner = this.tickets.open(
				new NewTicket(TicketKind.JOINER, new NewTicket.Person(null, "Jo " + this.surname, null, null, null),
						new ManagerRef(this.upn, "Mia " + this.surname), "account-manager", null,
						TestClockConfiguration.TODAY.plusDays(21), WorkLocation.OFFICE, null, null, null),
				HR, Authority.HR, HR, null);
		assertThat(keys(everyViewerSeesWhatAFullReadSays().get(1).coming())).contains(joiner.key());

		// a task claimed (its assignee), then set aside (its status)
		TaskView fmTask = this.tickets.get(leaver.key())
			.tasks()
			.stream()
			.filter(task -> task.department().equals("FM") && task.status().isOpen())
			.findFirst()
			.orElseThrow();
		this.tasks.claim(fmTask.id(), FM, null);
		everyViewerSeesWhatAFullReadSays();
		int openBefore = openTasks(leaver.key());
		this.tasks.markNotNeeded(fmTask.id(), "not needed here", FM, null);
		everyViewerSeesWhatAFullReadSays();
		assertThat(openTasks(leaver.key())).isEqualTo(openBefore - 1);

		// rescheduled past the horizon
		this.tickets.reschedule(leaver.key(), TestClockConfiguration.TODAY.plusDays(60), "later", HR, null);
		assertThat(keys(everyViewerSeesWhatAFullReadSays().get(1).coming())).doesNotContain(leaver.key());

		// the days pass: tasks become overdue
		this.clock.setDay(TestClockConfiguration.TODAY.plusDays(70));
		assertThat(everyViewerSeesWhatAFullReadSays().get(1).overdue()).extracting(Overview.Overdue::ticketKey)
			.contains(leaver.key());

		// the guard finds something left behind after the last day
		residuesLeftBehind(leaver.key());
		assertThat(everyViewerSeesWhatAFullReadSays().get(1).leavers()).extracting(Overview.Leaver::ticketKey)
			.contains(leaver.key());
		this.clock.setDay(TestClockConfiguration.TODAY);

		// cancelled: gone from every overview
		this.tickets.cancel(joiner.key(), "does not come", HR, null);
		assertThat(keys(everyViewerSeesWhatAFullReadSays().get(1).coming())).doesNotContain(joiner.key());
	}

	@Test
	void interleavedChangesAndOverviewsOfEveryViewerAgreeWithAFullRead() {
		Employee lea = register("Lea", this.upn);
		Employee leo = register("Leo", this.upn);
		everyViewerSeesWhatAFullReadSays();
		// changes and overviews taking turns: each overview brings the copy up to the
		// changes so far; several changes between two overviews, some to one ticket
		TicketView first = openLeaver(lea, 10);
		assertThat(keys(this.overview.of(HR, false).coming())).contains(first.key());
		TicketView second = openLeaver(leo, 12);
		TaskView fmTask = openTaskOf(first.key(), "FM");
		this.tasks.claim(fmTask.id(), FM, null);
		assertThat(keys(this.overview.of(this.manager, false).coming())).contains(first.key(), second.key());
		assertThat(this.overview.of(this.otherManager, false).coming()).extracting(Overview.Coming::ticketKey)
			.doesNotContain(first.key(), second.key());
		this.tickets.reschedule(second.key(), TestClockConfiguration.TODAY.plusDays(40), "later", HR, null);
		int openBefore = openTasks(first.key());
		this.tasks.markNotNeeded(fmTask.id(), "not needed here", FM, null);
		this.tickets.reschedule(second.key(), TestClockConfiguration.TODAY.plusDays(14), "sooner again", HR, null);
		assertThat(openTasks(first.key())).isEqualTo(openBefore - 1);
		assertThat(this.overview.of(FM, false).coming()).extracting(Overview.Coming::ticketKey).contains(second.key());
		everyViewerSeesWhatAFullReadSays();
		this.tickets.cancel(first.key(), "stays after all", HR, null);
		assertThat(keys(this.overview.of(this.manager, false).coming())).doesNotContain(first.key())
			.contains(second.key());
		this.tickets.cancel(second.key(), "stays too", HR, null);
		assertThat(keys(everyViewerSeesWhatAFullReadSays().get(2).coming())).doesNotContain(first.key(), second.key());
	}

	@Test
	void onlyTheTicketsTheMarkNamesAreReadAgainAndAWriteThatDidNotMoveItShowsWithinTheSafetyPeriod() {
		TicketView first = openLeaver(register("Lea", this.upn), 10);
		TicketView second = openLeaver(register("Leo", this.upn), 12);
		TicketView third = openLeaver(register("Lou", this.upn), 14);
		everyViewerSeesWhatAFullReadSays();
		// written straight to the store, as a write whose mark could not be moved
		renameInTheStore(first.key(), "Renamed first " + this.surname);
		// another instance's change: stored, then the mark moved as its TicketStore does
		renameInTheStore(second.key(), "Renamed second " + this.surname);
		this.stamp.changed(second.key());
		// the next overview reads the second ticket alone: the first stays as copied
		assertThat(names(this.overview.of(HR, false))).contains("Renamed second " + this.surname)
			.doesNotContain("Renamed first " + this.surname);
		assertThat(names(this.overview.of(this.manager, false))).contains("Renamed second " + this.surname)
			.doesNotContain("Renamed first " + this.surname);
		// a change through this instance
		this.tickets.reschedule(third.key(), TestClockConfiguration.TODAY.plusDays(60), "later", HR, null);
		assertThat(keys(this.overview.of(HR, false).coming())).doesNotContain(third.key());
		assertThat(names(this.overview.of(HR, false))).doesNotContain("Renamed first " + this.surname);

		// once the copy is older than the safety period, every active ticket is read
		// again in the background; until then the copy stands
		this.clock.advance(ActiveTickets.MAX_AGE);
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
		while (!names(this.overview.of(HR, false)).contains("Renamed first " + this.surname)
				&& System.nanoTime() < deadline) {
			java.util.concurrent.locks.LockSupport.parkNanos(100_000_000);
		}
		assertThat(names(this.overview.of(HR, false))).contains("Renamed first " + this.surname);
		everyViewerSeesWhatAFullReadSays();
	}

	@Test
	void moreChangesThanTheMarkNamesReadEveryActiveTicketAgain() {
		TicketView first = openLeaver(register("Lea", this.upn), 10);
		everyViewerSeesWhatAFullReadSays();
		renameInTheStore(first.key(), "Renamed " + this.surname);
		// the renamed ticket is not among the keys the mark keeps, but more changes were
		// counted than it keeps: only reading every ticket again shows the new name
		this.stamp.changed(first.key() + "-not-this-one");
		this.mongo.getCollection("counters")
			.updateOne(new Document("_id", "active-tickets"), new Document("$inc", new Document("version", 300)));
		assertThat(names(this.overview.of(HR, false))).contains("Renamed " + this.surname);
		everyViewerSeesWhatAFullReadSays();
	}

	@Test
	void aManagersPeopleComeFromTheIndexButOnlyWhileTheRegisterStillNamesThem() {
		Employee lea = register("Lea", this.upn);
		// the index lists whoever may have this manager; a stale entry (as a crash
		// between
		// the index and the register leaves) adds nobody
		this.mongo.getCollection("manager_reports")
			.updateOne(new Document("_id", this.upn),
					new Document("$addToSet", new Document("employeeIds", register("Ole", null).id())));
		assertThat(this.employees.reportsOf(this.upn)).containsExactly(lea.id())
			.containsExactlyElementsOf(reportsByScan(this.upn));
		assertThat(this.employees.reportsOf(this.upn.toUpperCase())).containsExactly(lea.id());
		assertThat(this.employees.reportsOf(this.otherManager.upn())).isEmpty();
	}

	/**
	 * Each viewer's overview as it answers now, then again after the stamp moved (every
	 * active ticket read from the store): they must be equal. Answers the overviews of
	 * HR, of HR at the copy's second use, of the manager, the other manager and FM.
	 */
	private List<Overview> everyViewerSeesWhatAFullReadSays() {
		List<Actor> viewers = List.of(HR, HR, this.manager, this.otherManager, FM);
		List<Overview> cached = viewers.stream().map(viewer -> this.overview.of(viewer, false)).toList();
		ActiveTicketsStamp.changed(this.mongo);
		List<Overview> read = viewers.stream().map(viewer -> this.overview.of(viewer, false)).toList();
		assertThat(cached).isEqualTo(read);
		return cached;
	}

	private List<String> reportsByScan(String managerUpn) {
		Query query = Query.query(Criteria.where("managerUpn").is(managerUpn.toLowerCase()));
		return this.mongo.find(query, Employee.class).stream().map(Employee::id).sorted().toList();
	}

	private Employee register(String first, String managerUpn) {
		return this.employees.register(new NewEmployee(first + " " + this.surname,
				(first + "." + this.surname + "@contoso.example").toLowerCase(), UUID.randomUUID().toString(), null,
				managerUpn), HR);
	}

	private TicketView openLeaver(Employee who, int inDays) {
		return this.tickets.open(new NewTicket(TicketKind.LEAVER,
				new NewTicket.Person(who.id(), null, null, null, null), new ManagerRef(this.upn, "Mia " + this.surname),
				"account-manager", null, TestClockConfiguration.TODAY.plusDays(inDays), WorkLocation.OFFICE, null,
				DeviceRetrieval.IN_PERSON, null), HR, Authority.HR, HR, null);
	}

	private int openTasks(String key) {
		return this.overview.of(HR, false)
			.coming()
			.stream()
			.filter(coming -> coming.ticketKey().equals(key))
			.mapToInt(Overview.Coming::openTasks)
			.findFirst()
			.orElseThrow();
	}

	private void residuesLeftBehind(String key) {
		this.mongo.getCollection("guard_reviews")
			.insertOne(new Document("_id", key).append("checkedAt", Date.from(Instant.now()))
				.append("checkedOn", Date.from(Instant.now()))
				.append("afterLastDay", true)
				.append("residues",
						List.of(new Document("area", "register").append("text", "Collect the laptop")
							.append("department", "IT")))
				.append("unobservable", List.of()));
	}

	private TaskView openTaskOf(String key, String department) {
		return this.tickets.get(key)
			.tasks()
			.stream()
			.filter(task -> task.department().equals(department) && task.status().isOpen())
			.findFirst()
			.orElseThrow();
	}

	private void renameInTheStore(String key, String name) {
		assertThat(this.mongo.getCollection("tickets")
			.updateOne(new Document("_id", key), new Document("$set", new Document("employee.name", name)))
			.getModifiedCount()).isEqualTo(1);
	}

	private static List<String> names(Overview overview) {
		return overview.coming().stream().map(Overview.Coming::employeeName).toList();
	}

	private static List<String> keys(List<Overview.Coming> coming) {
		return coming.stream().map(Overview.Coming::ticketKey).toList();
	}

}
