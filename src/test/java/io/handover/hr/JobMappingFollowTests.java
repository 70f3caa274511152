package io.handover.hr;

import java.time.LocalDate;
import java.util.List;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.EmployeeDirectory;
import io.handover.task.TaskStatus;
import io.handover.testing.ApiTest;
import io.handover.testing.Surnames;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21: open starter tickets follow the job table. When HR maps a job (or maps it to
 * another profile), the open starter tickets of people in that job get the profile; their
 * tasks are replaced by that profile's while nobody has begun them, and kept (with a task
 * for HR to check them) once someone has.
 */
@ApiTest
class JobMappingFollowTests {

	static final Actor HR = Actor.system("test");

	@Autowired
	HrSync sync;

	@Autowired
	JobProfiles jobs;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TaskManagement tasks;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	TestClock clock;

	InTestHrSource hr;

	String job;

	@BeforeEach
	void organisation() {
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.hr = new InTestHrSource(this.clock);
		this.job = "Job " + Surnames.unique();
	}

	@Test
	void anUnmappedJobsTicketGetsTheProfileWhenTheJobIsMappedAndItsTasksAreReplaced() {
		HrEmployment chris = this.hr.put("Chris", this.job, LocalDate.of(2027, 2, 1), null);
		HrEmployment other = this.hr.put("Dana", "Other " + this.job, LocalDate.of(2027, 2, 1), null);
		this.sync.sync(this.hr);
		TicketView before = starter(chris);
		assertThat(before.profile()).isEqualTo("default");
		assertThat(kinds(before)).contains("hr.choose-profile");

		this.jobs.map(" " + this.job.toUpperCase() + " ", "care-worker", HR);

		TicketView after = starter(chris);
		assertThat(after.profile()).isEqualTo("care-worker");
		assertThat(kinds(after)).as("the care worker's plan, HR's question answered")
			.doesNotContain("hr.choose-profile");
		assertThat(after.tasks()).isNotEmpty()
			.allSatisfy(task -> assertThat(task.status()).isIn(TaskStatus.OPEN, TaskStatus.BLOCKED));
		assertThat(after.tasks()).extracting(TaskView::title)
			.as("the care worker's own tasks")
			.contains("Issue uniforms and a name badge");
		assertThat(before.tasks()).extracting(TaskView::title).doesNotContain("Issue uniforms and a name badge");
		assertThat(starter(other).profile()).as("another job's ticket is left alone").isEqualTo("default");
	}

	@Test
	void aJobMappedToAnotherProfileMovesItsOpenTicketsToo() {
		this.jobs.map(this.job, "account-manager", HR);
		HrEmployment chris = this.hr.put("Chris", this.job, LocalDate.of(2027, 2, 1), null);
		this.sync.sync(this.hr);
		assertThat(starter(chris).profile()).isEqualTo("account-manager");

		this.jobs.map(this.job, "care-worker", HR);

		assertThat(starter(chris).profile()).isEqualTo("care-worker");
	}

	@Test
	void onceWorkHasBegunTheTasksAreKeptAndHrIsAskedToCheckThem() {
		HrEmployment chris = this.hr.put("Chris", this.job, LocalDate.of(2027, 2, 1), null);
		this.sync.sync(this.hr);
		TicketView before = starter(chris);
		TaskView claimed = before.tasks()
			.stream()
			.filter(task -> task.department().equals("IT"))
			.findFirst()
			.orElseThrow();
		this.tasks.claim(claimed.id(), new Actor("aad-peter-it", "Peter IT", Channel.TEAMS), null);

		this.jobs.map(this.job, "care-worker", HR);

		TicketView after = starter(chris);
		assertThat(after.profile()).isEqualTo("care-worker");
		assertThat(after.tasks()).extracting(TaskView::id)
			.as("the tasks kept")
			.containsAll(before.tasks().stream().map(TaskView::id).toList());
		assertThat(after.tasks()).filteredOn(task -> task.id().equals(claimed.id()))
			.singleElement()
			.satisfies(task -> assertThat(task.status()).isEqualTo(TaskStatus.CLAIMED));
		assertThat(kinds(after)).contains("hr.check-profile-tasks");
	}

	@Test
	void mappingAJobAgainToTheSameProfileChangesNoTicket() {
		this.jobs.map(this.job, "care-worker", HR);
		HrEmployment chris = this.hr.put("Chris", this.job, LocalDate.of(2027, 2, 1), null);
		this.sync.sync(this.hr);
		List<String> before = starter(chris).tasks().stream().map(TaskView::id).toList();

		this.jobs.map(this.job, "care-worker", HR);

		assertThat(starter(chris).tasks()).extracting(TaskView::id).isEqualTo(before);
	}

	@Test
	void anOpenMoverTicketHrOpenedFollowsItsNewJobsMapping() {
		this.jobs.map("Old " + this.job, "account-manager", HR);
		this.jobs.map(this.job, "care-worker", HR);
		HrEmployment emma = this.hr.put("Emma", "Old " + this.job, LocalDate.of(2024, 3, 1), null);
		this.sync.sync(this.hr);
		this.clock.advance(java.time.Duration.ofMinutes(1));
		this.hr.put(withJob(emma, this.job));
		this.sync.sync(this.hr);
		TicketView before = ticket(emma, TicketKind.MOVER);
		assertThat(before.profile()).isEqualTo("care-worker");
		assertThat(before.previousProfile()).isEqualTo("account-manager");

		this.jobs.map(this.job, "facility-coordinator", HR);

		TicketView after = ticket(emma, TicketKind.MOVER);
		assertThat(after.key()).isEqualTo(before.key());
		assertThat(after.profile()).isEqualTo("facility-coordinator");
		assertThat(after.previousProfile()).as("the profile the move comes from stays").isEqualTo("account-manager");
		assertThat(before.tasks()).extracting(TaskView::title).anyMatch(title -> title.contains("Care Teams"));
		assertThat(after.tasks()).as("nobody had begun: the tasks are the move to facility coordinator's")
			.extracting(TaskView::title)
			.anyMatch(title -> title.contains("Facilities"))
			.noneMatch(title -> title.contains("Care Teams"));
	}

	@Test
	void aMoverTicketWhoseProfileAManagerChoseDoesNotFollowTheMapping() {
		this.jobs.map(this.job, "account-manager", HR);
		HrEmployment finn = this.hr.put("Finn", this.job, LocalDate.of(2024, 3, 1), null);
		this.sync.sync(this.hr);
		String id = this.employees.identify(finn.employeeId()).orElseThrow().id();
		Actor manager = new Actor("aad-maria", "Maria Jansen", Channel.TEAMS);
		this.tickets.open(new NewTicket(TicketKind.MOVER, new NewTicket.Person(id, null, null, null, null),
				new ManagerRef("maria.jansen@contoso.example", "Maria Jansen"), "software-engineer", "account-manager",
				LocalDate.of(2027, 2, 1), null, null, null, null), manager, null);
		List<String> before = ticket(finn, TicketKind.MOVER).tasks().stream().map(TaskView::id).toList();

		this.jobs.map(this.job, "care-worker", HR);

		TicketView after = ticket(finn, TicketKind.MOVER);
		assertThat(after.profile()).as("the manager's choice").isEqualTo("software-engineer");
		assertThat(after.tasks()).extracting(TaskView::id).isEqualTo(before);
	}

	@Test
	void aMoverWhoseNewJobNowMapsToTheProfileItMovesFromIsLeftAsItIs() {
		this.jobs.map("Old " + this.job, "account-manager", HR);
		this.jobs.map(this.job, "care-worker", HR);
		HrEmployment gijs = this.hr.put("Gijs", "Old " + this.job, LocalDate.of(2024, 3, 1), null);
		this.sync.sync(this.hr);
		this.clock.advance(java.time.Duration.ofMinutes(1));
		this.hr.put(withJob(gijs, this.job));
		this.sync.sync(this.hr);

		this.jobs.map(this.job, "account-manager", HR);

		TicketView after = ticket(gijs, TicketKind.MOVER);
		assertThat(after.profile()).isEqualTo("care-worker");
		assertThat(after.previousProfile()).isEqualTo("account-manager");
	}

	private static HrEmployment withJob(HrEmployment e, String jobCode) {
		return new HrEmployment(e.system(), e.employeeId(), e.givenName(), e.familyName(), e.email(), jobCode,
				e.jobTitle(), e.managerEmployeeId(), e.managerEmail(), e.startDate(), e.endDate(), null);
	}

	private TicketView ticket(HrEmployment e, TicketKind kind) {
		String id = this.employees.identify(e.employeeId()).orElseThrow().id();
		return this.tickets.search(id, null, null, null, 10)
			.stream()
			.filter(ticket -> ticket.kind() == kind)
			.findFirst()
			.orElseThrow();
	}

	private TicketView starter(HrEmployment e) {
		String id = this.employees.identify(e.employeeId()).orElseThrow().id();
		return this.tickets.search(id, null, null, null, 10)
			.stream()
			.filter(ticket -> ticket.kind() == TicketKind.JOINER)
			.findFirst()
			.orElseThrow();
	}

	private static List<String> kinds(TicketView ticket) {
		return ticket.tasks().stream().map(TaskView::kind).toList();
	}

}
