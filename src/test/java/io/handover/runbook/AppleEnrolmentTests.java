package io.handover.runbook;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.handover.access.Roles;
import io.handover.asset.AssetImport;
import io.handover.asset.AssetRegister;
import io.handover.asset.AssetStatus;
import io.handover.asset.IssueRequest;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.common.Refusal;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.task.TaskStatus;
import io.handover.testing.AppleBusinessEmulator;
import io.handover.testing.Surnames;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Lotte starts on Monday 7 December and IT gives her a MacBook Air from stock: Handover
 * assigns it to Intune's entry in Apple Business, so it enrols itself when she first
 * switches it on, and the task shows the activity and its completion. A Mac Apple
 * Business does not know becomes IT's Apple Configurator task; Apple's rate limit, a
 * failed activity and a revoked key are shown on IT's card with "Retry now". When Jan
 * leaves, his returned Mac stays assigned; the one he bought is released only after a
 * second IT person approves.
 */
@ExtendWith(OutputCaptureExtension.class)
class AppleEnrolmentTests extends GraphIntegrationTest {

	static final Actor MARIEKE = new Actor("marieke-oid", "Marieke Jansen", Channel.TEAMS);

	static final Actor JOOST = Actor.person("0c5a3b4e-1d2f-4a6b-8c9d-0000000a1e01", "joost@contoso.example",
			"Joost (IT)", Channel.TEAMS, Set.of(Roles.IT));

	static final Actor FENNA = Actor.person("0c5a3b4e-1d2f-4a6b-8c9d-0000000a1e02", "fenna@contoso.example",
			"Fenna (IT)", Channel.TEAMS, Set.of(Roles.IT));

	static final Actor FRANK = Actor.person("0c5a3b4e-1d2f-4a6b-8c9d-0000000a1e03", "frank@contoso.example",
			"Frank (FM)", Channel.TEAMS, Set.of(Roles.FM));

	@Autowired
	DirectorySchedule schedule;

	@Autowired
	AppleEnrolment apple;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TaskManagement tasks;

	@Autowired
	AssetImport assetImport;

	@Autowired
	AssetRegister assets;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestClock clock;

	@BeforeEach
	void appleBusiness() {
		this.clock.setDay(TestClockConfiguration.TODAY);
		APPLE.now(this.clock::instant);
		APPLE.resetRecord();
		GRAPH.reset();
		GRAPH.addGroup("g-staff", "All Staff", null);
		GRAPH.addGroup("g-sales", "Sales", null);
		GRAPH.addGroup("g-crm", "CRM Users", null);
		GRAPH.addSku("05e9a617-0261-4cee-bb44-138d3ef5d965", "SPE_E3");
	}

	@Test
	void aJoinersMacIsAssignedOnceAndTheTaskShowsTheActivityAndItsCompletion(CapturedOutput output) {
		String serial = serial();
		APPLE.addDevice(serial, "Mac", "MacBook Air 13-inch");
		inStock("laptop", "MacBook Air 13-inch", serial);
		TicketView ticket = joiner();

		issue(ticket, "it.laptop.issue", serial);
		this.schedule.runDue();
		this.schedule.runDue();

		assertThat(APPLE.activitiesPosted()).singleElement().satisfies(activity -> {
			assertThat(activity.at("/data/attributes/activityType").asString()).isEqualTo("ASSIGN_DEVICES");
			assertThat(activity.at("/data/relationships/mdmServer/data/id").asString())
				.isEqualTo(INTUNE_IN_APPLE_BUSINESS);
			assertThat(activity.at("/data/relationships/devices/data/0/id").asString()).isEqualTo(serial);
		});
		assertThat(APPLE.assignedServerOf(serial)).contains(INTUNE_IN_APPLE_BUSINESS);
		TaskView assign = task(ticket.key(), AppleEnrolment.ASSIGN_TASK);
		assertThat(assign.title()).contains("MacBook Air 13-inch " + serial);
		assertThat(assign.status()).isEqualTo(TaskStatus.DONE);
		assertThat(assign.result()).contains("started: assigning " + serial)
			.contains("sent POST /v1/orgDeviceActivities")
			.contains("completed at")
			.contains("COMPLETED_WITH_SUCCESS");
		// a Mac is never registered for Windows Autopilot
		assertThat(kinds(ticket.key())).doesNotContain("it.device.autopilot.manual", "it.device.autopilot.register");
		assertThat(GRAPH.importedAutopilotDevices()).isEmpty();
		assertThat(output.getAll()).doesNotContain(APPLE_ACCOUNT.privateKeyPem().lines().skip(1).findFirst().get());
	}

	@Test
	void aMacWhoseModelDoesNotSaySoIsRecognisedByAppleBusinessAndNeverGoesToAutopilot() {
		String serial = serial();
		// registered at issue as the role's standard laptop: only Apple Business knows
		APPLE.addDevice(serial, "Mac", "MacBook Air 13-inch");
		TicketView ticket = joiner();

		issue(ticket, "it.laptop.issue", serial);
		this.schedule.runDue();
		this.schedule.runDue();

		assertThat(kinds(ticket.key())).contains(AppleEnrolment.ASSIGN_TASK)
			.doesNotContain("it.device.autopilot.manual", "it.device.autopilot.register");
		assertThat(GRAPH.importedAutopilotDevices()).isEmpty();
		assertThat(APPLE.activitiesPosted()).singleElement()
			.satisfies(activity -> assertThat(activity.at("/data/attributes/activityType").asString())
				.isEqualTo("ASSIGN_DEVICES"));
		assertThat(APPLE.assignedServerOf(serial)).contains(INTUNE_IN_APPLE_BUSINESS);
		assertThat(task(ticket.key(), AppleEnrolment.ASSIGN_TASK).status()).isEqualTo(TaskStatus.DONE);
	}

	@Test
	void aWindowsLaptopIsAskedAboutOnceAndGoesToAutopilotNotAppleBusiness() {
		String serial = "PF" + Surnames.unique().toUpperCase();
		TicketView ticket = joiner();

		issue(ticket, "it.laptop.issue", serial);
		this.schedule.runDue();
		this.schedule.runDue();
		this.schedule.runDue();

		assertThat(kinds(ticket.key())).doesNotContain(AppleEnrolment.ASSIGN_TASK, AppleEnrolment.CONFIGURATOR_TASK)
			.containsAnyOf("it.device.autopilot.manual", "it.device.autopilot.register");
		// asked once, then remembered (a 401 is the old token of an earlier test: sent
		// again)
		assertThat(APPLE.requests()).filteredOn(r -> r.path().startsWith("/v1/") && r.status() != 401)
			.extracting(r -> r.method() + " " + r.path() + " " + r.status())
			.containsExactly("GET /v1/orgDevices/" + serial + " 404");
		assertThat(APPLE.activitiesPosted()).isEmpty();
	}

	@Test
	void aSerialAppleBusinessDoesNotKnowBecomesItsTaskToAddItWithAppleConfigurator() {
		String serial = serial();
		inStock("phone", "iPhone 16", serial);
		TicketView ticket = joiner();

		issue(ticket, "it.phone.issue", serial);
		this.schedule.runDue();

		TaskView assign = task(ticket.key(), AppleEnrolment.ASSIGN_TASK);
		assertThat(assign.status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(assign.blockedReason()).contains(serial)
			.contains("not in Apple Business")
			.contains("Apple Configurator");
		TaskView configurator = task(ticket.key(), AppleEnrolment.CONFIGURATOR_TASK);
		assertThat(configurator.department()).isEqualTo("IT");
		assertThat(configurator.status()).isEqualTo(TaskStatus.OPEN);
		assertThat(configurator.title())
			.isEqualTo("Add iPhone 16 " + serial + " to Apple Business with Apple Configurator");
		assertThat(APPLE.activitiesPosted()).isEmpty();
		this.schedule.runDue();
		assertThat(kinds(ticket.key())).filteredOn(AppleEnrolment.CONFIGURATOR_TASK::equals).hasSize(1);

		// IT adds it with Apple Configurator and says so: then it is assigned
		APPLE.addDevice(serial, "iPhone", "iPhone 16");
		this.tasks.complete(configurator.id(), Map.of(), JOOST, null);
		this.schedule.runDue();

		assertThat(APPLE.assignedServerOf(serial)).contains(INTUNE_IN_APPLE_BUSINESS);
		assertThat(task(ticket.key(), AppleEnrolment.ASSIGN_TASK).status()).isEqualTo(TaskStatus.DONE);
	}

	@Test
	void aRateLimitIsWaitedOutAndAFailedActivityIsShownOnItsCardUntilItRetries() {
		String serial = serial();
		APPLE.addDevice(serial, "Mac", "MacBook Pro 14-inch");
		inStock("laptop", "MacBook Pro 14-inch", serial);
		TicketView ticket = joiner();
		APPLE.failNext("POST", "/v1/orgDeviceActivities", 429, 1, 1);
		APPLE.failNextActivityFor(serial, "The device is assigned to a device management service being migrated");

		issue(ticket, "it.laptop.issue", serial);
		this.schedule.runDue();

		TaskView assign = task(ticket.key(), AppleEnrolment.ASSIGN_TASK);
		assertThat(APPLE.requests()).filteredOn(r -> r.path().equals("/v1/orgDeviceActivities"))
			.extracting(AppleBusinessEmulator.Request::status)
			.containsExactly(429, 201);
		assertThat(assign.status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(assign.blockedReason()).startsWith("Apple Business: ")
			.contains("COMPLETED_WITH_FAILURE")
			.contains("being migrated");
		assertThat(this.apple.offersRetry(assign)).isTrue();
		// nothing is sent again by itself: a failed activity needs a person to look
		this.clock.advance(java.time.Duration.ofHours(2));
		this.schedule.runDue();
		assertThat(APPLE.activitiesPosted()).hasSize(2);

		// only IT retries it; then it is assigned
		assertThatThrownBy(() -> this.apple.retryNow(assign.id(), FRANK, null)).isInstanceOf(Refusal.class)
			.hasMessageContaining("Only IT staff or an Administrator");
		assertThat(APPLE.activitiesPosted()).hasSize(2);
		this.apple.retryNow(assign.id(), JOOST, null);

		assertThat(APPLE.activitiesPosted()).hasSize(3);
		assertThat(APPLE.assignedServerOf(serial)).contains(INTUNE_IN_APPLE_BUSINESS);
		assertThat(task(ticket.key(), AppleEnrolment.ASSIGN_TASK).status()).isEqualTo(TaskStatus.DONE);
		assertThat(this.audit.historyOf("task", assign.id())).extracting(AuditEntry::action)
			.contains("refused", "apple-business-retried");
	}

	@Test
	void aKeyAppleNoLongerAcceptsBlocksTheTaskWithWhatToCheck() {
		String serial = serial();
		APPLE.addDevice(serial, "Mac", "MacBook Air 15-inch");
		inStock("laptop", "MacBook Air 15-inch", serial);
		TicketView ticket = joiner();
		// an administrator generated a new key in Apple Business, and Handover still has
		// the old one
		AppleBusinessEmulator.ApiAccount renewed = APPLE.regenerateKey(APPLE_ACCOUNT);
		try {
			issue(ticket, "it.laptop.issue", serial);
			this.schedule.runDue();

			TaskView assign = task(ticket.key(), AppleEnrolment.ASSIGN_TASK);
			assertThat(assign.status()).isEqualTo(TaskStatus.BLOCKED);
			assertThat(assign.blockedReason()).contains("invalid_client")
				.contains("client_assertion signature is invalid")
				.contains("handover.apple-business.client-id")
				.doesNotContain(renewed.privateKeyPem().lines().skip(1).findFirst().get());
			assertThat(assign.result()).contains("Next automatic attempt");
			assertThat(this.apple.offersRetry(assign)).isTrue();
			assertThat(APPLE.activitiesPosted()).isEmpty();
		}
		finally {
			APPLE.restore(APPLE_ACCOUNT);
		}
		// the right key is configured again: the next attempt after its wait assigns it
		this.clock.advance(java.time.Duration.ofMinutes(6));
		this.schedule.runDue();
		assertThat(APPLE.assignedServerOf(serial)).contains(INTUNE_IN_APPLE_BUSINESS);
		assertThat(task(ticket.key(), AppleEnrolment.ASSIGN_TASK).status()).isEqualTo(TaskStatus.DONE);
	}

	@Test
	void theSameItPersonCannotApproveTheReleaseTheyAskedFor() {
		Leaver jan = leaverWithMac();
		TaskView release = this.apple.requestRelease(jan.ticket.key(), jan.serial, "sold to Jan", JOOST, null);

		assertThatThrownBy(() -> this.apple.approveRelease(release.id(), JOOST, null)).isInstanceOfSatisfying(
				Refusal.class,
				refusal -> assertThat(refusal.getMessage()).contains("Joost (IT) asked for this release"));

		assertThat(APPLE.activitiesPosted()).isEmpty();
		assertThat(APPLE.owns(jan.serial)).isTrue();
		assertThat(this.tasks.get(release.id()).status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(this.audit.historyOf("task", release.id())).filteredOn(e -> e.action().equals("refused"))
			.extracting(AuditEntry::actorName)
			.containsExactly("Joost (IT)");
	}

	@Test
	void someoneOutsideItCannotAskForOrApproveARelease() {
		Leaver jan = leaverWithMac();
		assertThatThrownBy(() -> this.apple.requestRelease(jan.ticket.key(), jan.serial, "disposed of", FRANK, null))
			.isInstanceOf(Refusal.class)
			.hasMessageContaining("Only IT staff can ask to release");
		TaskView release = this.apple.requestRelease(jan.ticket.key(), jan.serial, "disposed of", JOOST, null);

		assertThatThrownBy(() -> this.apple.approveRelease(release.id(), FRANK, null)).isInstanceOf(Refusal.class)
			.hasMessageContaining("Only IT staff can approve releasing");
		assertThatThrownBy(() -> this.apple.approveRelease(release.id(),
				Actor.unverified("fenna@contoso.example", "Fenna?", Channel.EMAIL), null))
			.isInstanceOf(Refusal.class)
			.hasMessageContaining("could not be verified");

		assertThat(APPLE.activitiesPosted()).isEmpty();
		assertThat(APPLE.owns(jan.serial)).isTrue();
	}

	@Test
	void aReturnedMacStaysAssignedAndASoldOneIsReleasedAfterASecondItApproval() {
		Leaver jan = leaverWithMac();
		TaskView collect = task(jan.ticket.key(), "it.laptop.collect");
		assertThat(collect.asset().serialNumber()).isEqualTo(jan.serial);

		// nothing goes to Apple Business for a leaver by itself
		this.schedule.runDue();
		assertThat(APPLE.apiCalls()).isEmpty();
		assertThat(this.apple.requestRelease(jan.ticket.key(), jan.serial, "sold to Jan", JOOST, null).title())
			.isEqualTo("Release MacBook Pro 14-inch " + jan.serial + " from Apple Business (sold to Jan)");
		TaskView release = task(jan.ticket.key(), AppleEnrolment.RELEASE_TASK);
		assertThat(release.status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(this.apple.awaitsReleaseApproval(release)).isTrue();
		// asking twice is one request
		assertThat(this.apple.requestRelease(jan.ticket.key(), jan.serial, "sold to Jan", JOOST, null).id())
			.isEqualTo(release.id());

		this.apple.approveRelease(release.id(), FENNA, null);
		this.apple.approveRelease(release.id(), FENNA, null);

		assertThat(APPLE.activitiesPosted()).singleElement()
			.satisfies(activity -> assertThat(activity.at("/data/attributes/activityType").asString())
				.isEqualTo("RELEASE_DEVICES"));
		assertThat(APPLE.owns(jan.serial)).isFalse();
		TaskView released = this.tasks.get(release.id());
		assertThat(released.status()).isEqualTo(TaskStatus.DONE);
		assertThat(released.completedBy().name()).isEqualTo("Fenna (IT)");
		assertThat(released.result()).contains("Approved by Fenna (IT) (asked for by Joost (IT))")
			.contains("RELEASE_DEVICES")
			.contains("completed");
		assertThat(this.audit.historyOf("task", release.id())).extracting(AuditEntry::action)
			.contains("release-requested", "release-approved");
		// the Mac left the organisation: retired in the asset register, off Jan's name
		assertThat(released.result()).contains("Retired in the asset register (retired): sold to Jan")
			.contains("its collect task is not needed any more");
		assertThat(this.tasks.get(collect.id()).status()).isEqualTo(TaskStatus.NOT_NEEDED);
		assertThat(this.assets.holderOf(jan.serial).orElseThrow().status()).isEqualTo(AssetStatus.RETIRED);
		assertThat(this.assets.holdingsOf(jan.ticket.employee().id())).isEmpty();
		assertThat(this.assets.disposedFrom(jan.ticket.employee().id())).singleElement()
			.satisfies(holding -> assertThat(holding.serialNumber()).isEqualTo(jan.serial));
	}

	@Test
	void aDeviceThatIsNotTheLeaversOrNotAnAppleOneIsNotReleased() {
		Leaver jan = leaverWithMac();
		assertThatThrownBy(() -> this.apple.requestRelease(jan.ticket.key(), "NOT-HIS-1", "sold", JOOST, null))
			.isInstanceOfSatisfying(Refusal.class,
					refusal -> assertThat(refusal.code()).isEqualTo("not-this-leavers-device"));
		assertThatThrownBy(() -> this.apple.requestRelease(jan.ticket.key(), jan.serial, " ", JOOST, null))
			.hasMessageContaining("Say why");
		assertThat(kinds(jan.ticket.key())).doesNotContain(AppleEnrolment.RELEASE_TASK);
	}

	// --- the people and their devices

	record Leaver(TicketView ticket, String serial) {
	}

	private Leaver leaverWithMac() {
		String name = "Jan " + Surnames.unique();
		Employee jan = this.employees.register(new NewEmployee(name, null, null, "HR-" + Surnames.unique(), null),
				JOOST);
		String serial = serial();
		APPLE.addDevice(serial, "Mac", "MacBook Pro 14-inch");
		APPLE.assignInPortal(serial, INTUNE_IN_APPLE_BUSINESS);
		this.assets.issue(new IssueRequest(jan.id(), "laptop", "MacBook Pro 14-inch", serial, null, null), JOOST);
		TicketView ticket = this.tickets.open(new NewTicket(TicketKind.LEAVER,
				new NewTicket.Person(jan.id(), null, null, null, null),
				new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "account-manager", null,
				JoinerProvisioningTests.MONDAY_7_DECEMBER, WorkLocation.OFFICE, null, DeviceRetrieval.IN_PERSON, null),
				MARIEKE, null);
		return new Leaver(ticket, serial);
	}

	private TicketView joiner() {
		String surname = Surnames.unique();
		String upn = "lotte." + surname.toLowerCase() + "@contoso.example";
		TicketView ticket = this.tickets
			.open(new NewTicket(TicketKind.JOINER, new NewTicket.Person(null, "Lotte " + surname, upn, null, null),
					new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "account-manager", null,
					JoinerProvisioningTests.MONDAY_7_DECEMBER, WorkLocation.REMOTE, "Keizersgracht 1, Amsterdam", null,
					null), MARIEKE, null);
		this.tickets.authorise(ticket.key(), Authority.MANAGER_OF_RECORD, MARIEKE, null);
		// the account first: the devices wait for it
		this.schedule.runDue();
		return ticket;
	}

	private void inStock(String type, String model, String serial) {
		String csv = "tag,type,model,serialNumber,status,location,notes,assignedTo\n" + "IT-" + serial + "," + type
				+ "," + model + "," + serial + ",IN_STOCK,Amsterdam,,\n";
		this.assetImport.importCsv(new StringReader(csv), JOOST);
	}

	private void issue(TicketView ticket, String kind, String serial) {
		this.tasks.complete(task(ticket.key(), kind).id(), Map.of("serialNumber", serial), JOOST, null);
	}

	private TaskView task(String key, String kind) {
		return LeaverRunbookTests.task(this.tickets.get(key), kind);
	}

	private List<String> kinds(String key) {
		return JoinerProvisioningTests.kinds(this.tickets.get(key));
	}

	private static String serial() {
		return "C02" + Surnames.unique().toUpperCase();
	}

}
