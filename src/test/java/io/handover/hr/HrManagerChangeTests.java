package io.handover.hr;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Refusal;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.testing.ApiTest;
import io.handover.testing.Surnames;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketState;
import io.handover.ticket.TicketView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Session 17: HR changes an employee's manager while a ticket for them is open. The open
 * ticket (starter, leaver) names the new manager from then on, audited on HR's authority,
 * and so does the register; a closed ticket keeps its manager; a new manager Handover
 * does not know is shown to HR (the source's errors) and applied once known, never
 * dropped. Today is Monday 23 November 2026.
 */
@ApiTest
class HrManagerChangeTests {

	static final LocalDate TODAY = TestClockConfiguration.TODAY;

	@Autowired
	HrSync sync;

	@Autowired
	JobProfiles jobs;

	@Autowired
	TicketManagement tickets;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestClock clock;

	@Autowired
	MongoTemplate mongo;

	InTestHrSource hr;

	Employee maria;

	Employee piet;

	/**
	 * The clock is the test context's, shared with every other test in it: a test that
	 * advanced it leaves it where it found it (TaskConcurrencyTests read 09:15 for
	 * 09:00).
	 */
	@AfterEach
	void backToToday() {
		this.clock.setDay(TODAY);
	}

	@BeforeEach
	void organisation() {
		this.clock.setDay(TODAY);
		this.jobs.map("AM01", "account-manager", Actor.system("test"));
		this.hr = new InTestHrSource(this.clock);
		this.maria = manager("Maria");
		this.piet = manager("Piet");
	}

	@Test
	void theOpenTicketsOfSomeoneWhoseManagerChangedNameTheNewManagerAuditedAsHrs() {
		HrEmployment chris = this.hr.manager(this.hr.put("Chris", "AM01", LocalDate.of(2027, 1, 11), null), null,
				this.maria.upn());
		HrEmployment bea = this.hr.manager(this.hr.put("Bea", "AM01", LocalDate.of(2022, 9, 1), null), null,
				this.maria.upn());
		this.sync.sync(this.hr);
		this.clock.advance(Duration.ofMinutes(15));
		bea = this.hr.dates(bea, bea.startDate(), LocalDate.of(2027, 1, 29));
		this.sync.sync(this.hr);
		assertThat(open(chris).manager().upn()).isEqualTo(this.maria.upn());
		TicketView leaver = open(bea);
		assertThat(leaver.kind()).isEqualTo(TicketKind.LEAVER);
		assertThat(leaver.mailboxDelegate()).as("the manager by default").isEqualTo(this.maria.upn());
		this.clock.advance(Duration.ofMinutes(15));

		// Chris by e-mail, Bea by employee number: both ways a system names a manager
		chris = this.hr.manager(chris, null, this.piet.upn().toUpperCase(Locale.ROOT));
		this.hr.manager(bea, this.piet.hrEmployeeId(), null);
		HrSourceStatus status = this.sync.sync(this.hr);

		assertThat(status.errors()).isEmpty();
		assertThat(status.counts().managerChanged()).as("counted like the sync's other outcomes").isEqualTo(2);
		TicketView joiner = open(chris);
		assertThat(joiner.manager()).isEqualTo(new ManagerRef(this.piet.upn(), this.piet.name()));
		assertThat(joiner.managerChanges()).singleElement().satisfies(change -> {
			assertThat(change.from().upn()).isEqualTo(this.maria.upn());
			assertThat(change.to().upn()).isEqualTo(this.piet.upn());
			assertThat(change.by().channel().name()).isEqualTo("HR");
		});
		leaver = open(bea);
		assertThat(leaver.manager().upn()).isEqualTo(this.piet.upn());
		assertThat(leaver.mailboxDelegate()).as("the default delegate follows the manager").isEqualTo(this.piet.upn());
		List<AuditEntry> history = this.audit.historyOf("ticket", joiner.key());
		assertThat(history).filteredOn(entry -> entry.action().equals("manager-changed"))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.actorId()).isEqualTo("hr:" + this.hr.system());
				assertThat(entry.why()).contains("changed Chris");
				assertThat(entry.changes().get("manager").before()).contains(this.maria.upn());
				assertThat(entry.changes().get("manager").after()).contains(this.piet.upn());
			});
		assertThat(this.employees.identify(chris.employeeId()).orElseThrow().managerUpn())
			.as("the register's manager of record")
			.isEqualTo(this.piet.upn());
		assertThat(this.employees.identify(bea.employeeId()).orElseThrow().managerUpn()).isEqualTo(this.piet.upn());

		this.clock.advance(Duration.ofMinutes(15));
		this.hr.put(chris);
		HrSourceStatus again = this.sync.sync(this.hr);
		assertThat(open(chris).managerChanges()).as("the same change again changes nothing").hasSize(1);
		assertThat(again.counts().managerChanged()).isZero();
	}

	@Test
	void aClosedTicketKeepsTheManagerItClosedWith() {
		HrEmployment dana = this.hr.manager(this.hr.put("Dana", "AM01", LocalDate.of(2027, 2, 1), null), null,
				this.maria.upn());
		this.sync.sync(this.hr);
		TicketView ticket = tickets(dana).get(0);
		this.tickets.cancel(ticket.key(), "the hire is off", Actor.system("test"), null);
		this.clock.advance(Duration.ofMinutes(15));

		this.hr.manager(dana, null, this.piet.upn());
		HrSourceStatus status = this.sync.sync(this.hr);

		assertThat(status.errors()).isEmpty();
		TicketView closed = this.tickets.get(ticket.key());
		assertThat(closed.state()).isEqualTo(TicketState.CANCELLED);
		assertThat(closed.manager().upn()).isEqualTo(this.maria.upn());
		assertThat(closed.managerChanges()).isEmpty();
		assertThat(this.employees.identify(dana.employeeId()).orElseThrow().managerUpn()).isEqualTo(this.piet.upn());
		assertThatThrownBy(() -> this.tickets.changeManager(ticket.key(), new ManagerRef(this.piet.upn(), null), "test",
				Actor.system("test"), null))
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.code()).isEqualTo("ticket-closed"));
		assertThat(this.tickets.get(ticket.key()).manager().upn()).isEqualTo(this.maria.upn());
	}

	@Test
	void aChangeToTheSameManagerOrToNoneIsRefusedAndChangesNothing() {
		HrEmployment chris = this.hr.manager(this.hr.put("Chris", "AM01", LocalDate.of(2027, 1, 11), null), null,
				this.maria.upn());
		this.sync.sync(this.hr);
		String key = open(chris).key();
		Actor hrSource = Actor.hrSource(this.hr.system());

		assertThatThrownBy(() -> this.tickets.changeManager(key,
				new ManagerRef(this.maria.upn().toUpperCase(Locale.ROOT), null), "test", hrSource, null))
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.code()).isEqualTo("same-manager"));
		assertThatThrownBy(() -> this.tickets.changeManager(key, new ManagerRef(" ", null), "test", hrSource, null))
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.code()).isEqualTo("manager-required"));
		assertThatThrownBy(() -> this.tickets.changeManager(key, null, "test", hrSource, null))
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.code()).isEqualTo("manager-required"));

		TicketView unchanged = open(chris);
		assertThat(unchanged.manager().upn()).isEqualTo(this.maria.upn());
		assertThat(unchanged.managerChanges()).isEmpty();
		assertThat(this.audit.historyOf("ticket", key)).noneMatch(entry -> entry.action().equals("manager-changed"));

		// HR takes the manager away while the ticket is open: refused, shown, the ticket
		// keeps Maria
		this.clock.advance(Duration.ofMinutes(15));
		this.hr.manager(chris, null, null);
		HrSourceStatus status = this.sync.sync(this.hr);
		assertThat(status.errors()).singleElement().asString().contains("names no manager").contains(key);
		assertThat(open(chris).manager().upn()).isEqualTo(this.maria.upn());
	}

	@Test
	void aNewManagerHandoverDoesNotKnowIsShownToHrAndAppliedOnceKnown() {
		HrEmployment chris = this.hr.manager(this.hr.put("Chris", "AM01", LocalDate.of(2027, 1, 11), null), null,
				this.maria.upn());
		this.sync.sync(this.hr);
		this.clock.advance(Duration.ofMinutes(15));
		String newcomer = "E" + Surnames.unique();

		this.hr.manager(chris, newcomer, null);
		HrSourceStatus status = this.sync.sync(this.hr);

		assertThat(status.errors()).singleElement()
			.asString()
			.contains("Chris")
			.contains(newcomer)
			.contains("not in the register")
			.contains(open(chris).key());
		assertThat(status.counts().refused()).isEqualTo(1);
		assertThat(open(chris).manager().upn()).as("unchanged until known").isEqualTo(this.maria.upn());

		String family = Surnames.unique();
		this.employees.register(new NewEmployee("Noor " + family,
				"noor." + family.toLowerCase(Locale.ROOT) + "@contoso.example", null, newcomer, null),
				Actor.system("test"));
		this.clock.advance(Duration.ofMinutes(15));
		HrSourceStatus next = this.sync.sync(this.hr);

		assertThat(next.errors()).isEmpty();
		assertThat(open(chris).manager().upn())
			.isEqualTo("noor." + family.toLowerCase(Locale.ROOT) + "@contoso.example");
	}

	/**
	 * Session 18: HR changes the manager back and forth within one day (A→B→A→B): each
	 * change is its own event and the ticket ends with B; the second A→B is not taken for
	 * a repeat of the first.
	 */
	@Test
	void aManagerChangedBackAndForthWithinADayIsAppliedEachTime() {
		HrEmployment chris = this.hr.manager(this.hr.put("Chris", "AM01", LocalDate.of(2027, 1, 11), null), null,
				this.maria.upn());
		this.sync.sync(this.hr);
		for (Employee next : List.of(this.piet, this.maria, this.piet)) {
			this.clock.advance(Duration.ofMinutes(15));
			this.hr.manager(chris, null, next.upn());
			HrSourceStatus status = this.sync.sync(this.hr);
			assertThat(status.errors()).isEmpty();
			assertThat(status.counts().managerChanged()).isEqualTo(1);
			assertThat(open(chris).manager().upn()).as("after the change to " + next.name()).isEqualTo(next.upn());
		}
		assertThat(open(chris).managerChanges()).extracting(change -> change.to().upn())
			.containsExactly(this.piet.upn(), this.maria.upn(), this.piet.upn());
		assertThat(this.employees.identify(chris.employeeId()).orElseThrow().managerUpn()).isEqualTo(this.piet.upn());
	}

	/**
	 * Session 18: the same manager change delivered again (the sync stopped after
	 * applying it, before it kept what it saw) is recognised by its key and changes
	 * nothing.
	 */
	@Test
	void theSameManagerChangeDeliveredAgainChangesNothing() {
		HrEmployment chris = this.hr.manager(this.hr.put("Chris", "AM01", LocalDate.of(2027, 1, 11), null), null,
				this.maria.upn());
		this.sync.sync(this.hr);
		HrSnapshot before = this.mongo.findById(HrSnapshot.id(this.hr.system(), chris.employeeId()), HrSnapshot.class);
		this.clock.advance(Duration.ofMinutes(15));
		this.hr.manager(chris, null, this.piet.upn());
		HrSourceStatus first = this.sync.sync(this.hr);
		assertThat(first.counts().refused()).isZero();
		assertThat(open(chris).managerChanges()).hasSize(1);

		// the snapshot of the change was never written: the next read finds it again
		this.mongo.save(before);
		this.clock.advance(Duration.ofMinutes(15));
		List<HrOutcome> again = this.sync.receive(this.hr.manager(chris, null, this.piet.upn()), false);

		assertThat(again).singleElement()
			.satisfies(outcome -> assertThat(outcome.result()).isEqualTo(HrOutcome.Result.REPEATED));
		TicketView ticket = open(chris);
		assertThat(ticket.manager().upn()).isEqualTo(this.piet.upn());
		assertThat(ticket.managerChanges()).hasSize(1);
		assertThat(this.audit.historyOf("ticket", ticket.key()))
			.filteredOn(entry -> entry.action().equals("manager-changed"))
			.hasSize(1);
	}

	/**
	 * Session 18: a source's state kept before manager changes were counted still reads,
	 * with none counted.
	 */
	@Test
	void aSourceStateKeptBeforeManagerChangesWereCountedStillReads() {
		String system = "hr-" + Surnames.unique().toLowerCase(Locale.ROOT);
		this.mongo.save(
				new org.bson.Document("_id", system)
					.append("counts",
							new org.bson.Document("read", 3).append("unchanged", 1)
								.append("loaded", 0)
								.append("opened", 2)
								.append("rescheduled", 0)
								.append("cancelled", 0)
								.append("matched", 0)
								.append("refused", 0))
					.append("failures", 0),
				HrSourceStatus.COLLECTION);

		HrSourceStatus.Counts counts = this.sync.status(system).orElseThrow().counts();

		assertThat(counts.opened()).isEqualTo(2);
		assertThat(counts.managerChanged()).isZero();
	}

	private Employee manager(String given) {
		String family = Surnames.unique();
		return this.employees.register(new NewEmployee(given + " " + family,
				given.toLowerCase(Locale.ROOT) + "." + family.toLowerCase(Locale.ROOT) + "@contoso.example", null,
				"E" + family, null), Actor.system("test"));
	}

	private TicketView open(HrEmployment e) {
		return tickets(e).stream().filter(ticket -> ticket.state().isActive()).findFirst().orElseThrow();
	}

	private List<TicketView> tickets(HrEmployment e) {
		return this.employees.identify(e.employeeId())
			.map(employee -> this.tickets.search(employee.id(), null, null, null, 50))
			.orElse(List.of());
	}

}
