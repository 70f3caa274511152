package io.handover.hr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.hr.HrOutcome.Result;
import io.handover.intake.AnnouncementForm;
import io.handover.intake.Intake;
import io.handover.intake.IntakeOutcome;
import io.handover.intake.Requester;
import io.handover.task.TaskStatus;
import io.handover.testing.ApiTest;
import io.handover.testing.Surnames;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.Authority;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketState;
import io.handover.ticket.TicketView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, J10: HR's hires, terminations, job changes, moved dates and withdrawn hires
 * open, move and cancel tickets on HR's authority, with the manager from HR and the role
 * profile from the job table; the same event twice changes nothing; HR and a manager
 * announcing the same person meet on one ticket. Today is Monday 23 November 2026.
 */
@ApiTest
class HrEventTests {

	static final LocalDate TODAY = TestClockConfiguration.TODAY;

	@Autowired
	HrEventManagement events;

	@Autowired
	JobProfiles jobs;

	@Autowired
	TicketManagement tickets;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	Intake intake;

	@Autowired
	TestClock clock;

	@BeforeEach
	void today() {
		this.clock.setDay(TODAY);
		this.jobs.map("AM01", "account-manager", Actor.system("test"));
	}

	@Test
	void aHireOpensAJoinerTicketOnHrsAuthorityWithHrsManagerAndTheMappedProfile() {
		HrEmployment anna = employment("Anna", "AM01", "Accountmanager", LocalDate.of(2027, 1, 4), null);

		HrOutcome outcome = this.events.apply(new HrEvent.Hire(anna));

		assertThat(outcome.result()).isEqualTo(Result.OPENED);
		TicketView ticket = this.tickets.get(outcome.ticketKey());
		assertThat(ticket.kind()).isEqualTo(TicketKind.JOINER);
		assertThat(ticket.source()).isEqualTo(Channel.HR);
		assertThat(ticket.authority()).isEqualTo(Authority.HR);
		assertThat(ticket.requestedBy().id()).isEqualTo("hr:test-hr");
		assertThat(ticket.profile()).isEqualTo("account-manager");
		assertThat(ticket.manager().upn()).isEqualTo("maria.jansen@contoso.example");
		assertThat(ticket.date()).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(ticket.employee().hrEmployeeId()).isEqualTo(anna.employeeId());
	}

	@Test
	void theSameHireTwiceOpensOneTicket() {
		HrEmployment anna = employment("Anna", "AM01", null, LocalDate.of(2027, 1, 4), null);

		HrOutcome first = this.events.apply(new HrEvent.Hire(anna));
		HrOutcome second = this.events.apply(new HrEvent.Hire(anna));

		assertThat(second.result()).isEqualTo(Result.REPEATED);
		assertThat(second.ticketKey()).isEqualTo(first.ticketKey());
		assertThat(joinerTickets(anna)).hasSize(1);
	}

	@Test
	void aHireInAnUnmappedJobOpensOnTheDefaultProfileWithChooseAProfileOnHrsCard() {
		HrEmployment bram = employment("Bram", "XX99", "Chief Happiness Officer", LocalDate.of(2027, 1, 4), null);

		HrOutcome outcome = this.events.apply(new HrEvent.Hire(bram));

		TicketView ticket = this.tickets.get(outcome.ticketKey());
		assertThat(ticket.profile()).isEqualTo("default");
		assertThat(ticket.tasks()).filteredOn(task -> task.department().equals("HR"))
			.extracting(TaskView::title)
			.contains("Choose a role profile for \"Chief Happiness Officer\" (XX99)");
		assertThat(outcome.text()).contains("chooses a profile");
	}

	@Test
	void aMovedStartDateMovesTheOpenTicket() {
		HrEmployment cor = employment("Cor", "AM01", null, LocalDate.of(2027, 1, 4), null);
		String key = this.events.apply(new HrEvent.Hire(cor)).ticketKey();
		HrEmployment later = moved(cor, LocalDate.of(2027, 2, 1), null);

		HrOutcome outcome = this.events
			.apply(new HrEvent.DateChange(later, HrEvent.DateChange.Which.START, LocalDate.of(2027, 1, 4)));

		assertThat(outcome.result()).isEqualTo(Result.RESCHEDULED);
		assertThat(this.tickets.get(key).date()).isEqualTo(LocalDate.of(2027, 2, 1));
		assertThat(joinerTickets(cor)).hasSize(1);
	}

	@Test
	void aWithdrawnHireCancelsItsTicketAndEveryOpenTask() {
		HrEmployment dirk = employment("Dirk", "AM01", null, LocalDate.of(2027, 1, 4), null);
		String key = this.events.apply(new HrEvent.Hire(dirk)).ticketKey();

		HrOutcome outcome = this.events.apply(new HrEvent.Withdrawn(dirk));

		assertThat(outcome.result()).isEqualTo(Result.CANCELLED);
		TicketView ticket = this.tickets.get(key);
		assertThat(ticket.state()).isEqualTo(TicketState.CANCELLED);
		assertThat(ticket.closeReason()).contains("will not start");
		// the departments see each of their task cards closed with the reason
		assertThat(ticket.tasks()).extracting(TaskView::status).containsOnly(TaskStatus.CANCELLED);
	}

	@Test
	void aTerminationBeforeTheFirstDayCancelsTheStarterTicketAndOpensNoLeaver() {
		HrEmployment eva = employment("Eva", "AM01", null, LocalDate.of(2027, 1, 4), null);
		String key = this.events.apply(new HrEvent.Hire(eva)).ticketKey();

		HrOutcome outcome = this.events
			.apply(new HrEvent.Termination(moved(eva, eva.startDate(), LocalDate.of(2027, 1, 1))));

		assertThat(outcome.result()).isEqualTo(Result.CANCELLED);
		assertThat(this.tickets.get(key).state()).isEqualTo(TicketState.CANCELLED);
		assertThat(tickets(eva, TicketKind.LEAVER)).isEmpty();
	}

	@Test
	void aTerminationOfSomeoneWithAnOpenStarterTicketOpensTheLeaverTicketAndSaysWhatBecomesOfTheStarter() {
		HrEmployment fenna = employment("Fenna", "AM01", null, LocalDate.of(2026, 12, 1), null);
		String starter = this.events.apply(new HrEvent.Hire(fenna)).ticketKey();

		HrOutcome outcome = this.events
			.apply(new HrEvent.Termination(moved(fenna, fenna.startDate(), LocalDate.of(2027, 3, 31))));

		assertThat(outcome.result()).isEqualTo(Result.OPENED);
		TicketView leaver = this.tickets.get(outcome.ticketKey());
		assertThat(leaver.kind()).isEqualTo(TicketKind.LEAVER);
		assertThat(leaver.date()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(leaver.authority()).isEqualTo(Authority.HR);
		assertThat(outcome.text()).contains(starter);
	}

	@Test
	void aMovedLastDayMovesTheLeaverTicketAndATakenBackOneCancelsIt() {
		HrEmployment gijs = staff("Gijs");
		HrEmployment leaving = moved(gijs, gijs.startDate(), LocalDate.of(2027, 1, 29));
		String key = this.events.apply(new HrEvent.Termination(leaving)).ticketKey();

		HrOutcome moved = this.events
			.apply(new HrEvent.DateChange(moved(gijs, gijs.startDate(), LocalDate.of(2027, 2, 26)),
					HrEvent.DateChange.Which.END, LocalDate.of(2027, 1, 29)));
		assertThat(moved.result()).isEqualTo(Result.RESCHEDULED);
		assertThat(this.tickets.get(key).date()).isEqualTo(LocalDate.of(2027, 2, 26));

		HrOutcome stays = this.events
			.apply(new HrEvent.DateChange(gijs, HrEvent.DateChange.Which.END, LocalDate.of(2027, 2, 26)));
		assertThat(stays.result()).isEqualTo(Result.CANCELLED);
		assertThat(this.tickets.get(key).state()).isEqualTo(TicketState.CANCELLED);
	}

	@Test
	void aJobChangeToAnotherProfileOpensAMoverTicketAndToTheSameProfileNothing() {
		this.jobs.map("CW01", "care-worker", Actor.system("test"));
		this.jobs.map("AM02", "account-manager", Actor.system("test"));
		HrEmployment hanna = staff("Hanna");
		HrEmployment promoted = new HrEmployment(hanna.system(), hanna.employeeId(), hanna.givenName(),
				hanna.familyName(), hanna.email(), "AM01", "Accountmanager", null, hanna.managerEmail(),
				hanna.startDate(), null, null);

		HrOutcome outcome = this.events.apply(new HrEvent.JobChange(promoted, "CW01", null, TODAY));
		assertThat(outcome.result()).isEqualTo(Result.OPENED);
		TicketView mover = this.tickets.get(outcome.ticketKey());
		assertThat(mover.kind()).isEqualTo(TicketKind.MOVER);
		assertThat(mover.previousProfile()).isEqualTo("care-worker");
		assertThat(mover.profile()).isEqualTo("account-manager");

		HrEmployment sideways = new HrEmployment(hanna.system(), hanna.employeeId(), hanna.givenName(),
				hanna.familyName(), hanna.email(), "AM02", null, null, hanna.managerEmail(), hanna.startDate(), null,
				null);
		assertThat(this.events.apply(new HrEvent.JobChange(sideways, "AM01", null, TODAY)).result())
			.isEqualTo(Result.NOTHING);
	}

	@Test
	void aJobChangeIntoAnUnmappedJobIsRefusedSayingWhatToMapAndIsAppliedWhenItComesAgainAfterMapping() {
		HrEmployment ivo = staff("Ivo");
		String job = "NEW" + Surnames.unique();
		HrEmployment changed = new HrEmployment(ivo.system(), ivo.employeeId(), ivo.givenName(), ivo.familyName(),
				ivo.email(), job, null, null, ivo.managerEmail(), ivo.startDate(), null, null);

		HrOutcome refused = this.events.apply(new HrEvent.JobChange(changed, null, null, TODAY));
		assertThat(refused.result()).isEqualTo(Result.REFUSED);
		assertThat(refused.text()).contains(job).contains("job-profiles");

		this.jobs.map(job, "software-engineer", Actor.system("test"));
		assertThat(this.events.apply(new HrEvent.JobChange(changed, null, null, TODAY)).result())
			.isEqualTo(Result.OPENED);
	}

	@Test
	void aManagerAnnouncingSomeoneHrSentIsShownHrsTicket() {
		HrEmployment joost = employment("Joost", "AM01", null, LocalDate.of(2027, 1, 4), null);
		String hrTicket = this.events.apply(new HrEvent.Hire(joost)).ticketKey();
		Requester maria = managerInTeams();
		AnnouncementForm form = new AnnouncementForm(TicketKind.JOINER, joost.name(), "account-manager", null,
				"2027-01-11", "office", null, null, null, null);

		IntakeOutcome outcome = this.intake.submit(form, maria, "teams:" + UUID.randomUUID(), Locale.ENGLISH);

		assertThat(outcome).isInstanceOf(IntakeOutcome.Opened.class);
		assertThat(((IntakeOutcome.Opened) outcome).ticket().key()).isEqualTo(hrTicket);
		assertThat(joinerTickets(joost)).hasSize(1);
	}

	@Test
	void hrSendingSomeoneAManagerAnnouncedTakesOverThatTicketWithHrsDate() {
		HrEmployment karin = employment("Karin", "AM01", null, LocalDate.of(2027, 1, 4), null);
		Requester maria = managerInTeams();
		AnnouncementForm form = new AnnouncementForm(TicketKind.JOINER, karin.name(), "account-manager", null,
				"2027-01-11", "office", null, null, null, null);
		String announced = ((IntakeOutcome.Opened) this.intake.submit(form, maria, "teams:" + UUID.randomUUID(),
				Locale.ENGLISH))
			.ticket()
			.key();

		HrOutcome outcome = this.events.apply(new HrEvent.Hire(karin));

		assertThat(outcome.result()).isEqualTo(Result.MATCHED);
		assertThat(outcome.ticketKey()).isEqualTo(announced);
		TicketView ticket = this.tickets.get(announced);
		assertThat(ticket.authority()).isEqualTo(Authority.HR);
		assertThat(ticket.date()).isEqualTo(LocalDate.of(2027, 1, 4));
		// the person the manager announced by name now carries HR's identities
		assertThat(this.employees.find(ticket.employee().id()).orElseThrow().hrEmployeeId())
			.isEqualTo(karin.employeeId());
	}

	/**
	 * A manager in Teams who manages people (someone reports to them), so they open their
	 * starters' tickets themselves.
	 */
	private Requester managerInTeams() {
		String surname = Surnames.unique();
		String upn = "manager." + surname.toLowerCase(Locale.ROOT) + "@contoso.example";
		String oid = UUID.nameUUIDFromBytes(upn.getBytes()).toString();
		this.employees.register(new NewEmployee("Manager " + surname, upn, oid, null, null), Actor.system("test"));
		this.employees.register(
				new NewEmployee("Report " + Surnames.unique(), null, null, "R-" + Surnames.unique(), upn),
				Actor.system("test"));
		return new Requester(Actor.person(oid, upn, "Manager " + surname, Channel.TEAMS));
	}

	private List<TicketView> joinerTickets(HrEmployment e) {
		return tickets(e, TicketKind.JOINER);
	}

	private List<TicketView> tickets(HrEmployment e, TicketKind kind) {
		return this.employees.identify(e.employeeId())
			.map(employee -> this.tickets.search(employee.id(), null, null, null, 50))
			.orElse(List.of())
			.stream()
			.filter(ticket -> ticket.kind() == kind)
			.toList();
	}

	/** Someone employed since 2024, in the register already. */
	private HrEmployment staff(String givenName) {
		HrEmployment e = employment(givenName, "CW01", null, LocalDate.of(2024, 3, 1), null);
		this.events.employee(e, Actor.hrSource("test-hr"));
		return e;
	}

	static HrEmployment employment(String givenName, String jobCode, String jobTitle, LocalDate start, LocalDate end) {
		String family = Surnames.unique();
		return new HrEmployment("test-hr", "E" + family, givenName, family,
				givenName.toLowerCase(Locale.ROOT) + "." + family.toLowerCase(Locale.ROOT) + "@contoso.example",
				jobCode, jobTitle, null, "maria.jansen@contoso.example", start, end,
				Instant.parse("2026-11-20T10:00:00Z"));
	}

	static HrEmployment moved(HrEmployment e, LocalDate start, LocalDate end) {
		return new HrEmployment(e.system(), e.employeeId(), e.givenName(), e.familyName(), e.email(), e.jobCode(),
				e.jobTitle(), e.managerEmployeeId(), e.managerEmail(), start, end, e.changedAt());
	}

}
