package io.handover.runbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.handover.access.Roles;
import io.handover.asset.AssetRegister;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.EmployeeDirectory;
import io.handover.runbook.MacLeavers.MacLeaver;
import io.handover.task.TaskStatus;
import io.handover.testing.LiveDirectoryApiTest;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The REST API in production mode, with Entra ID tokens signed by a test key: the
 * four-eyes rule compares people, not strings — the requester of a wipe stays the
 * requester with another channel, another letter case, or a token without {@code oid};
 * whoever starts a leaver runbook of a ticket HR or the manager did not authorise cannot
 * be its second pair of eyes. And an announcer with an IT token cannot get a pass for an
 * existing account.
 */
class RunbookApiAuthorisationTests extends LiveDirectoryApiTest {

	static final String PETER_OID = "5e7e0000-0000-4000-8000-00000000e7e5";

	static final String FENNA_OID = "fe000000-0000-4000-8000-00000000fe11";

	static final String OLGA_OID = "01000000-0000-4000-8000-0000000001ga";

	/** IT staff who asks for destructive steps. */
	static final Person PETER = new Person(PETER_OID, "peter@contoso.example", "Peter de Boer");

	/** IT staff who approves them. */
	static final Person FENNA = new Person(FENNA_OID, "fenna@contoso.example", "Fenna Smit");

	/** In IT in one journey, in FM in others. */
	static final Person OLGA = new Person(OLGA_OID, "olga@contoso.example", "Olga Buiten");

	static final Actor HANNA_OF_HR = Actor.person("a0000000-0000-4000-8000-0000000000a1", "hanna@contoso.example",
			"Hanna (HR)", Channel.TEAMS);

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TaskManagement tasks;

	@Autowired
	LeaverRunbook runbook;

	@Autowired
	DirectorySchedule schedule;

	@Autowired
	AppleEnrolment apple;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestClock clock;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	AssetRegister assets;

	String suffix;

	String user;

	String laptop;

	@BeforeEach
	void janHasALaptopThatIsNotComingBack() {
		this.clock.setDay(TestClockConfiguration.TODAY);
		GRAPH.reset();
		this.suffix = UUID.randomUUID().toString().substring(0, 8);
		this.user = UUID.randomUUID().toString();
		this.laptop = "dev-laptop-" + this.suffix;
		GRAPH.addUser(this.user, "jan.bakker." + this.suffix + "@contoso.example", "Jan Bakker");
		GRAPH.addDevice(this.laptop, this.user, "LAPTOP-JB01", "PF3" + this.suffix, "Windows", true);
	}

	@Test
	void theRequesterCannotApproveTheirOwnWipeThroughTheApiInAnyCaseOrWithoutOid() throws Exception {
		// Peter asked for the wipe in Teams (his Entra object id, as Teams gives it)
		TicketView ticket = leaves(PETER.inTeams());
		this.tickets.authorise(ticket.key(), Authority.HR, HANNA_OF_HR, null);
		this.runbook.run(ticket.key(), Actor.system("schedule"));
		TaskView wipe = wipe(ticket);
		assertThat(wipe.status()).isEqualTo(TaskStatus.BLOCKED);

		approveWipe(wipe, itToken(PETER_OID.toUpperCase(), "PETER@contoso.example", "Peter"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("asked for this remote wipe")));
		approveWipe(wipe, itToken(null, "peter@contoso.example", "Peter de Boer")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("could not be verified")));
		approveWipe(wipe, itToken(null, "fenna@contoso.example", "Fenna Smit")).andExpect(status().isConflict());

		assertThat(GRAPH.changes()).noneMatch(c -> c.path().endsWith("/wipe"));
		assertThat(this.tasks.get(wipe.id()).status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(this.audit.historyOf("task", wipe.id())).filteredOn(e -> e.action().equals("refused"))
			.hasSize(3)
			.allSatisfy(refused -> assertThat(refused.changes().toString()).contains("Peter de Boer"));

		approveWipe(wipe, FENNA.token("Handover.IT")).andExpect(status().isOk());
		assertThat(GRAPH.succeeded("POST", "/deviceManagement/managedDevices/" + this.laptop + "/wipe")).isEqualTo(1);
		assertThat(this.audit.historyOf("task", wipe.id())).filteredOn(e -> e.action().equals("wipe-approved"))
			.singleElement()
			.satisfies(approved -> {
				assertThat(approved.actorId()).isEqualTo(FENNA_OID);
				assertThat(approved.changes().toString()).contains("Peter de Boer").contains(PETER_OID);
			});
	}

	@Test
	void aLeaverRunbookNotAuthorisedByHrOrTheManagerWaitsForASecondItPersonNotItsStarter() throws Exception {
		TicketView ticket = leaves(Actor.person("7e000000-0000-4000-8000-0000000000ce", "teammate@contoso.example",
				"A teammate", Channel.TEAMS));
		String fenna = FENNA.token("Handover.IT");

		this.mvc
			.perform(post("/api/tickets/{key}/leaver-runbook", ticket.key()).header(HttpHeaders.AUTHORIZATION, fenna))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps[0].outcome").value("waiting for a second IT approval"));

		assertThat(GRAPH.changes()).as("nothing disabled, removed or wiped").isEmpty();
		TaskView disable = LeaverRunbookTests.task(this.tickets.get(ticket.key()), "it.directory.disable");
		assertThat(disable.status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(disable.blockedReason()).startsWith("Waiting for a second IT approval");
		assertThat(this.runbook.awaitsRunbookApproval(disable)).isTrue();
		// the schedule at the leaver hour neither skips it silently nor runs it
		this.clock.set(TestClockConfiguration.TODAY.atTime(17, 30).atZone(this.clock.getZone()).toInstant());
		this.schedule.runDue();
		assertThat(GRAPH.changes()).isEmpty();

		approveRunbook(ticket, fenna).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("started this runbook")));
		approveRunbook(ticket, itToken(FENNA_OID.toUpperCase(), "Fenna@contoso.example", "F"))
			.andExpect(status().isConflict());
		approveRunbook(ticket, itToken(null, "olga@contoso.example", "Olga Buiten")).andExpect(status().isConflict());
		approveRunbook(ticket,
				itToken("7e000000-0000-4000-8000-0000000000ce", "teammate@contoso.example", "A teammate"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("asked for this leaver runbook")));
		assertThat(GRAPH.changes()).isEmpty();

		approveRunbook(ticket, OLGA.token("Handover.IT")).andExpect(status().isOk());
		assertThat(GRAPH.succeeded("PATCH", "/users/" + this.user)).as("disabled once approved").isEqualTo(1);
		assertThat(this.audit.historyOf("ticket", ticket.key())).filteredOn(e -> e.action().equals("runbook-approved"))
			.singleElement()
			.satisfies(approved -> {
				assertThat(approved.actorName()).isEqualTo("Olga Buiten");
				assertThat(approved.changes().toString()).contains("Fenna Smit").contains("A teammate");
			});
		assertThat(this.audit.historyOf("ticket", ticket.key())).filteredOn(e -> e.action().equals("refused"))
			.extracting(AuditEntry::actorName)
			.containsExactly("Fenna Smit", "F", "Olga Buiten", "A teammate");
	}

	@Test
	void anAnnouncerWithAnItTokenGetsNoPassForAnExistingAccount() throws Exception {
		String upn = "sanne.dewit." + this.suffix + "@contoso.example";
		GRAPH.addUser(UUID.randomUUID().toString(), upn, "Sanne de Wit");
		LocalDate monday = LocalDate.of(2026, 12, 7);
		Actor kees = Actor.person("cee50000-0000-4000-8000-00000000cee5", "kees@contoso.example", "Kees", Channel.API);
		TicketView ticket = this.tickets.open(new NewTicket(TicketKind.JOINER,
				new NewTicket.Person(null, "Sanne de Wit " + this.suffix, upn, null, null),
				new ManagerRef("kees@contoso.example", "Kees"), "account-manager", null, monday, WorkLocation.REMOTE,
				"Keizersgracht 1, Amsterdam", null, null), kees, null);
		this.clock.set(monday.atTime(8, 0).atZone(this.clock.getZone()).toInstant());
		this.schedule.runDue();

		this.mvc.perform(post("/api/tickets/{key}/temporary-access-pass", ticket.key())
			.header(HttpHeaders.AUTHORIZATION, ENTRA.bearer("cee50000-0000-4000-8000-00000000cee5",
					"kees@contoso.example", "Kees", List.of("Handover.IT"))))
			.andExpect(status().isConflict());

		assertThat(GRAPH.changes()).as("no pass, no group, nothing").isEmpty();
	}

	private TicketView leaves(Actor requester) {
		return this.tickets.open(
				new NewTicket(TicketKind.LEAVER,
						new NewTicket.Person(null, "Jan Bakker " + this.suffix,
								"jan.bakker." + this.suffix + "@contoso.example", null, null),
						new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "account-manager", null,
						TestClockConfiguration.TODAY, WorkLocation.REMOTE, null, DeviceRetrieval.REMOTE_WIPE, null),
				requester, null);
	}

	@Test
	void anAppleDevicesReleaseIsAskedForByItAndApprovedThroughTheApiBySomeoneElseInIt() throws Exception {
		MacLeaver jan = janLeavesWithAMac();
		TicketView ticket = jan.ticket();
		String serial = jan.serial();
		String olga = OLGA.token("Handover.FM");
		String peterIt = PETER.token("Handover.IT");
		String fennaIt = FENNA.token("Handover.IT");

		// only IT asks
		askRelease(ticket, serial, olga).andExpect(status().isForbidden());
		askRelease(ticket, serial, peterIt).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("BLOCKED"))
			.andExpect(jsonPath("$.title").value(containsString(serial)));
		TaskView release = LeaverRunbookTests.task(this.tickets.get(ticket.key()), "it.device.apple.release");

		// not the one who asked, not outside IT
		approveRelease(release, peterIt).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("asked for this release")));
		approveRelease(release, olga).andExpect(status().isForbidden());
		assertThat(APPLE.activitiesPosted()).isEmpty();

		approveRelease(release, fennaIt).andExpect(status().isOk());
		assertThat(APPLE.activitiesPosted()).singleElement()
			.satisfies(activity -> assertThat(activity.at("/data/attributes/activityType").asString())
				.isEqualTo("RELEASE_DEVICES"));
		assertThat(this.tasks.get(release.id()).status()).isEqualTo(TaskStatus.DONE);
		assertThat(this.audit.historyOf("task", release.id())).filteredOn(e -> e.action().equals("release-approved"))
			.singleElement()
			.satisfies(approved -> assertThat(approved.actorId()).isEqualTo(FENNA_OID));
	}

	@Test
	void aFailedAppleBusinessStepIsRetriedThroughTheApiOnlyByItOrAnAdministrator() throws Exception {
		MacLeaver jan = janLeavesWithAMac();
		TicketView ticket = jan.ticket();
		String serial = jan.serial();
		Actor fenna = Actor.person(FENNA_OID, "fenna@contoso.example", "Fenna Smit", Channel.TEAMS, Set.of(Roles.IT));
		String peterIt = PETER.token("Handover.IT");
		askRelease(ticket, serial, peterIt).andExpect(status().isOk());
		TaskView release = LeaverRunbookTests.task(this.tickets.get(ticket.key()), "it.device.apple.release");
		APPLE.failNextActivityFor(serial, "The device is being transferred to another organisation");
		this.apple.approveRelease(release.id(), fenna, null);
		assertThat(this.tasks.get(release.id()).status()).isEqualTo(TaskStatus.BLOCKED);
		String olga = OLGA.token("Handover.FM");
		String nobody = ENTRA.bearer("0b0d0000-0000-4000-8000-0000000000b0", "bob@contoso.example", "Bob", List.of());

		// FM and someone without a Handover role are refused: nothing is sent again
		retry(release, olga).andExpect(status().isForbidden());
		retry(release, nobody).andExpect(status().isForbidden());
		assertThat(APPLE.activitiesPosted()).hasSize(1);
		assertThat(this.tasks.get(release.id()).status()).isEqualTo(TaskStatus.BLOCKED);

		// an Administrator may retry (Apple fails it once more), then IT: the release
		// goes
		// through; a second retry finds nothing to retry
		String admin = ENTRA.bearer("ad000000-0000-4000-8000-0000000000ad", "ada@contoso.example", "Ada Admin",
				List.of("Handover.Admin"));
		APPLE.failNextActivityFor(serial, "The device is still being transferred");
		retry(release, admin).andExpect(status().isOk());
		assertThat(this.tasks.get(release.id()).blockedReason()).contains("still being transferred");
		retry(release, peterIt).andExpect(status().isOk());
		retry(release, peterIt).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("nothing to try again")));
		assertThat(APPLE.activitiesPosted()).hasSize(3);
		assertThat(APPLE.owns(serial)).isFalse();
		assertThat(this.tasks.get(release.id()).status()).isEqualTo(TaskStatus.DONE);
		assertThat(this.audit.historyOf("task", release.id()))
			.filteredOn(e -> e.action().equals("apple-business-retried"))
			.extracting(AuditEntry::actorId)
			.containsExactly("ad000000-0000-4000-8000-0000000000ad", PETER_OID);
	}

	/**
	 * Jan leaves in ten days with a MacBook in Apple Business, assigned to Intune; Peter
	 * of IT issued it to him and opened the leaver ticket.
	 */
	private MacLeaver janLeavesWithAMac() {
		APPLE.now(this.clock::instant);
		APPLE.resetRecord();
		return new MacLeavers(APPLE, this.employees, this.assets, this.tickets).leaves("Jan", "MacBook Pro 14-inch",
				INTUNE_IN_APPLE_BUSINESS, TestClockConfiguration.TODAY.plusDays(10), PETER.inTeams(), PETER.inTeams());
	}

	/**
	 * An Entra ID token with IT's Handover role, for whoever signs in with these claims.
	 */
	private static String itToken(String oid, String upn, String name) {
		return ENTRA.bearer(oid, upn, name, List.of("Handover.IT"));
	}

	private ResultActions retry(TaskView task, String token) throws Exception {
		return this.mvc
			.perform(post("/api/tasks/{id}/apple-business-retry", task.id()).header(HttpHeaders.AUTHORIZATION, token));
	}

	private ResultActions askRelease(TicketView ticket, String serial, String token) throws Exception {
		return this.mvc.perform(post("/api/tickets/{key}/apple-devices/{serial}/release", ticket.key(), serial)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"why\":\"sold to Jan\"}")
			.header(HttpHeaders.AUTHORIZATION, token));
	}

	private ResultActions approveRelease(TaskView release, String token) throws Exception {
		return this.mvc.perform(
				post("/api/tasks/{id}/apple-release-approval", release.id()).header(HttpHeaders.AUTHORIZATION, token));
	}

	private TaskView wipe(TicketView ticket) {
		return LeaverRunbookTests.task(this.tickets.get(ticket.key()), "it.device.wipe.remote");
	}

	private ResultActions approveWipe(TaskView wipe, String token) throws Exception {
		return this.mvc
			.perform(post("/api/tasks/{id}/remote-wipe-approval", wipe.id()).header(HttpHeaders.AUTHORIZATION, token));
	}

	private ResultActions approveRunbook(TicketView ticket, String token) throws Exception {
		return this.mvc.perform(post("/api/tickets/{key}/leaver-runbook-approval", ticket.key())
			.header(HttpHeaders.AUTHORIZATION, token));
	}

	/**
	 * Someone with an Entra ID identity: in Teams, or signed in to the API with roles.
	 */
	record Person(String oid, String upn, String name) {

		Actor inTeams() {
			return Actor.person(this.oid, this.upn, this.name, Channel.TEAMS);
		}

		String token(String... roles) {
			return ENTRA.bearer(this.oid, this.upn, this.name, List.of(roles));
		}

	}

}
