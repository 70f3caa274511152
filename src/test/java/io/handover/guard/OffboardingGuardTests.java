package io.handover.guard;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.handover.access.Roles;
import io.handover.asset.AssetRegister;
import io.handover.asset.Holding;
import io.handover.asset.IssueRequest;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.common.NotAllowed;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.profile.ProfileDraft;
import io.handover.profile.ProfileManagement;
import io.handover.task.TaskStatus;
import io.handover.testing.GraphStub;
import io.handover.testing.LiveDirectoryTest;
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
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Jan left yesterday evening and much is still on his name: his account, sessions, two
 * groups, a licence, his laptop, a Temporary Access Pass, a rule forwarding his mail to
 * his private address, two application grants, a headset, his badge. The guard observes
 * each through read-only ports (the Graph stub, the register, the pass system stub),
 * opens exactly one task per residue that no open task names, closes a task once its
 * residue is gone, changes nothing when nothing changed, and reports what it cannot
 * observe.
 */
class OffboardingGuardTests extends LiveDirectoryTest {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	static final Actor MARIEKE = Actor.person("marieke-oid", "marieke.jansen@contoso.example", "Marieke Jansen",
			Channel.TEAMS);

	/** IT staff, by his token's role. */
	static final Actor JOOST = Actor.person("joost-oid", "joost@contoso.example", "Joost (IT)", Channel.API,
			Set.of(Roles.IT));

	static final String E3 = "6fd2c87f-b296-42f0-b197-1e91e994b900";

	static final String FLOW = "f30db892-07e9-47e9-837c-80727f46fd3d";

	@Autowired
	OffboardingGuard guard;

	@Autowired
	GuardFindings findings;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TaskManagement tasks;

	@Autowired
	ProfileManagement profiles;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	AssetRegister assets;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	io.handover.runbook.LeaverRunbook runbook;

	String suffix;

	String user;

	String upn;

	String profile;

	String badge;

	GraphStub.User jan;

	Employee employee;

	@BeforeEach
	void janStillHasEverything() {
		this.clock.setDay(TestClockConfiguration.TODAY);
		GRAPH.reset();
		GRAPH.now(this.clock::instant);
		GRAPH.addVerifiedDomain("contoso.example");
		PASSES.failWith(0);
		this.suffix = UUID.randomUUID().toString().substring(0, 8);
		this.user = UUID.randomUUID().toString();
		this.upn = "jan.bakker." + this.suffix + "@contoso.example";
		this.profile = "sales-rep-" + this.suffix;
		this.badge = "B-" + this.suffix;
		this.profiles.save(this.profile,
				new ProfileDraft("Sales Rep " + this.suffix, List.of(), List.of(), List.of("All Staff", "Sales"),
						List.of("microsoft-365", "linkedin-sales-navigator", "planon"), List.of()),
				null, MARIEKE, null);
		this.jan = GRAPH.addUser(this.user, this.upn, "Jan Bakker");
		GRAPH.addGroup("g-staff", "All Staff", null, this.user);
		GRAPH.addGroup("g-sales", "Sales", null, this.user);
		GRAPH.addGroup("g-amsterdam", "Amsterdam office", "user.city -eq \"Amsterdam\"", this.user);
		GRAPH.addSku(E3, "ENTERPRISEPACK");
		GRAPH.addSku(FLOW, "FLOW_FREE");
		this.jan.licences.add(E3);
		// Flow comes with the Sales group: it goes with the membership
		this.jan.groupLicences.put(FLOW, "g-sales");
		GRAPH.addDevice("dev-laptop", this.user, "LAPTOP-JB01", "PF3" + this.suffix, "Windows", true);
		GRAPH.addDevice("dev-phone", this.user, "iPhone van Jan", "F2L" + this.suffix, "iOS", false);
		GRAPH.device("dev-phone").state = "retirePending";
		this.jan.withAccessPass("tap-" + this.suffix)
			.forwardingTo("rule-private", "jan.private@gmail.example")
			.forwardingTo("rule-manager", "marieke.jansen@contoso.example");
		this.jan.appRoleAssignments.add(Map.of("id", "ara-" + this.suffix, "resourceDisplayName", "Salesforce",
				"resourceId", UUID.randomUUID().toString(), "principalId", this.user));
		this.jan.permissionGrants.add(Map.of("id", "grant-" + this.suffix, "clientId", UUID.randomUUID().toString(),
				"consentType", "Principal", "principalId", this.user, "scope", "Mail.Read"));
		PASSES.issue(this.upn, this.badge);
		this.employee = this.employees.register(new NewEmployee("Jan Bakker " + this.suffix, this.upn, this.user,
				"HR-" + UUID.randomUUID(), "marieke.jansen@contoso.example"), JOOST);
		// on his name before he gave notice: the ticket collects it
		holds("monitor", "monitor-27");
	}

	String holds(String type, String model) {
		String serial = (type.substring(0, 2) + "-" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase();
		this.assets.issue(new IssueRequest(this.employee.id(), type, model, serial, null, null), JOOST);
		return serial;
	}

	TicketView leaves(LocalDate lastDay) {
		TicketView ticket = this.tickets.open(new NewTicket(TicketKind.LEAVER,
				new NewTicket.Person(this.employee.id(), this.employee.name(), this.upn, this.user, null),
				new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), this.profile, null, lastDay,
				WorkLocation.OFFICE, null, DeviceRetrieval.IN_PERSON, null), MARIEKE, null);
		return this.tickets.authorise(ticket.key(), Authority.MANAGER_OF_RECORD, MARIEKE, null);
	}

	/** Jan left today; it is 18:00, after the runbook's hour. */
	TicketView leftToday() {
		TicketView ticket = leaves(TestClockConfiguration.TODAY);
		this.clock.set(TestClockConfiguration.TODAY.atTime(LocalTime.of(18, 0)).atZone(AMSTERDAM).toInstant());
		return ticket;
	}

	List<TaskView> guardTasks(String ticketKey) {
		return this.tickets.get(ticketKey).tasks().stream().filter(t -> t.kind().startsWith("guard.")).toList();
	}

	TaskView guardTask(String ticketKey, String kind) {
		return guardTasks(ticketKey).stream().filter(t -> t.kind().equals(kind)).findFirst().orElseThrow();
	}

	@Test
	void someoneOutsideItIsRefusedAndNothingIsObservedOrChanged() {
		TicketView ticket = leftToday();
		int graphCalls = GRAPH.calls().size();
		int passCalls = PASSES.requests().size();
		int tasksBefore = this.tickets.get(ticket.key()).tasks().size();

		assertThatThrownBy(() -> this.guard.check(ticket.key(), MARIEKE)).isInstanceOf(NotAllowed.class)
			.hasMessageContaining("Only IT staff and Administrators");
		assertThatThrownBy(() -> this.guard.check(ticket.key(),
				Actor.unverified("someone@contoso.example", "Someone", Channel.TEAMS)))
			.isInstanceOf(NotAllowed.class);

		assertThat(GRAPH.calls()).hasSize(graphCalls);
		assertThat(PASSES.requests()).hasSize(passCalls);
		assertThat(this.tickets.get(ticket.key()).tasks()).hasSize(tasksBefore);
		assertThat(this.audit.historyOf("ticket", ticket.key())).extracting(AuditEntry::action)
			.contains("guard-check-refused")
			.doesNotContain("guard-checked");
	}

	@Test
	void eachKindOfResidueIsDetectedAndGetsExactlyOneTask() {
		TicketView ticket = leftToday();
		// issued after the notice: no task of the ticket collects it
		String headset = holds("headset", "headset-pro");
		Holding headsetHolding = this.assets.holdingsOf(this.employee.id())
			.stream()
			.filter(h -> h.serialNumber().equals(headset))
			.findFirst()
			.orElseThrow();

		GuardReview review = this.guard.check(ticket.key(), JOOST);

		assertThat(review.afterLastDay()).isTrue();
		assertThat(review.nothingLeftBehind()).isFalse();
		assertThat(guardTasks(ticket.key())).extracting(TaskView::kind, TaskView::subject, TaskView::department)
			.containsExactlyInAnyOrder(tuple("guard.account.enabled", this.user, "IT"),
					tuple("guard.sessions.valid", this.user, "IT"), tuple("guard.group.member", "g-staff", "IT"),
					tuple("guard.group.member", "g-sales", "IT"), tuple("guard.licence.assigned", E3, "IT"),
					tuple("guard.device.managed", "dev-laptop", "IT"),
					tuple("guard.access-pass.usable", "tap-" + this.suffix, "IT"),
					tuple("guard.mail.forward", "rule-private:jan.private@gmail.example", "IT"),
					tuple("guard.mail.auto-reply", this.user, "IT"),
					tuple("guard.application.grant", "ara-" + this.suffix, "IT"),
					tuple("guard.application.grant", "grant-" + this.suffix, "IT"),
					tuple("guard.asset.assigned", headsetHolding.assignmentId(), "IT"),
					tuple("guard.badge.active", this.badge, "FM"));
		assertThat(guardTasks(ticket.key())).allMatch(t -> t.status() == TaskStatus.OPEN)
			.extracting(TaskView::title)
			.contains("Disable the account " + this.upn + ": it is still enabled",
					"Remove " + ticket.employee().name() + " from group All Staff",
					"Remove licence ENTERPRISEPACK from " + ticket.employee().name(),
					"Wipe or collect LAPTOP-JB01 (PF3" + this.suffix + "): still managed for "
							+ ticket.employee().name(),
					"Deactivate " + ticket.employee().name() + "'s access badge " + this.badge);
		assertThat(review.opened()).hasSize(13);

		// what tasks of the ticket already name gets no second task: the monitor's
		// collection, each standalone application's owner
		TicketView after = this.tickets.get(ticket.key());
		assertThat(review.residues()).allSatisfy(finding -> {
			assertThat(finding.taskId()).as(finding.text()).isNotNull();
			long naming = after.tasks()
				.stream()
				.filter(t -> t.id().equals(finding.taskId()) && t.status().isOpen())
				.count();
			assertThat(naming).isEqualTo(1);
		});
		assertThat(review.residues()).extracting(GuardReview.Finding::text)
			.anySatisfy(text -> assertThat(text).startsWith("Collect monitor"))
			.anySatisfy(text -> assertThat(text).contains("LinkedIn Sales Navigator account is closed"))
			.anySatisfy(text -> assertThat(text).contains("Planon account is closed"));
		assertThat(review.residues()).hasSize(16);
		// not residues: the dynamic group, the group's licence, the phone being retired,
		// the forward to a colleague
		assertThat(review.residues()).extracting(GuardReview.Finding::text)
			.noneMatch(text -> text.contains("Amsterdam office") || text.contains("FLOW_FREE")
					|| text.contains("iPhone") || text.contains("mail to marieke.jansen"));
		assertThat(review.unobservable()).isEmpty();
		assertThat(this.audit.historyOf("ticket", ticket.key())).extracting(AuditEntry::action)
			.contains("guard-checked");
		assertThat(GRAPH.changes()).as("the guard only reads").isEmpty();
	}

	@Test
	void aSecondCheckChangesNothing() {
		TicketView ticket = leftToday();
		GuardReview first = this.guard.check(ticket.key(), JOOST);
		assertThat(first.opened()).isNotEmpty();
		List<String> before = this.tickets.get(ticket.key())
			.tasks()
			.stream()
			.map(t -> t.id() + " " + t.kind() + " " + t.status() + " " + t.result())
			.toList();

		GuardReview second = this.guard.check(ticket.key(), JOOST);

		assertThat(second.opened()).isEmpty();
		assertThat(second.closed()).isEmpty();
		assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
		assertThat(this.tickets.get(ticket.key())
			.tasks()
			.stream()
			.map(t -> t.id() + " " + t.kind() + " " + t.status() + " " + t.result())
			.toList()).isEqualTo(before);
	}

	@Test
	void theLastChecksFindingsAreKeptForTheOverview() {
		TicketView ticket = leftToday();
		assertThat(this.findings.of(List.of(ticket.key()))).as("not checked yet").isEmpty();

		GuardReview review = this.guard.check(ticket.key(), JOOST);

		LeaverFindings kept = this.findings.of(List.of(ticket.key())).get(ticket.key());
		assertThat(kept.checkedAt()).isEqualTo(review.checkedAt());
		assertThat(kept.afterLastDay()).isTrue();
		assertThat(kept.residues()).isEqualTo(review.residues()).isNotEmpty();
		assertThat(kept.unobservable()).isEqualTo(review.unobservable());
		assertThat(kept.nothingLeftBehind()).isFalse();
	}

	@Test
	void aResidueRemovedByHandClosesItsTaskWithTheEvidence() {
		TicketView ticket = leftToday();
		this.guard.check(ticket.key(), JOOST);
		String name = ticket.employee().name();

		// IT fixes things by hand, straight in the admin centres
		this.jan.accountEnabled = false;
		this.jan.sessionsValidFrom = this.clock.instant();
		GRAPH.group("g-staff").members.remove(this.user);
		this.jan.accessPasses.clear();
		this.jan.inboxRules.removeIf(rule -> rule.get("id").equals("rule-private"));
		PASSES.deactivate(this.upn, this.badge);
		this.clock.advance(java.time.Duration.ofHours(15));

		GuardReview review = this.guard.check(ticket.key(), JOOST);

		assertThat(review.opened()).isEmpty();
		assertThat(review.closed()).hasSize(6);
		TaskView account = guardTask(ticket.key(), "guard.account.enabled");
		assertThat(account.status()).isEqualTo(TaskStatus.DONE);
		assertThat(account.result()).contains("Gone").contains("Account " + this.upn + " disabled");
		assertThat(guardTask(ticket.key(), "guard.sessions.valid").result()).contains("Sign-in sessions revoked");
		assertThat(guardTask(ticket.key(), "guard.access-pass.usable").result())
			.contains("No usable Temporary Access Pass");
		assertThat(guardTask(ticket.key(), "guard.badge.active").result()).contains("none active");
		assertThat(guardTask(ticket.key(), "guard.mail.forward").status()).isEqualTo(TaskStatus.DONE);
		List<TaskView> groups = guardTasks(ticket.key()).stream()
			.filter(t -> t.kind().equals("guard.group.member"))
			.toList();
		assertThat(groups).extracting(TaskView::subject, TaskView::status)
			.containsExactlyInAnyOrder(tuple("g-staff", TaskStatus.DONE), tuple("g-sales", TaskStatus.OPEN));
		assertThat(review.residues()).extracting(GuardReview.Finding::text)
			.contains("Remove " + name + " from group Sales")
			.doesNotContain("Remove " + name + " from group All Staff");
		assertThat(review.evidence()).contains("Account " + this.upn + " disabled", "No usable Temporary Access Pass");
	}

	@Test
	void anAreaTheGuardCannotObserveIsReportedAsSuchAndNeverAsFine() {
		TicketView ticket = leftToday();
		GRAPH.failNext("GET", "temporaryAccessPassMethods", 403, null, 10, "Authorization_RequestDenied",
				"Insufficient privileges to complete the operation.");
		PASSES.failWith(503);

		GuardReview review = this.guard.check(ticket.key(), JOOST);

		assertThat(review.unobservable()).extracting(GuardReview.Finding::area, GuardReview.Finding::department)
			.containsExactlyInAnyOrder(tuple("access-passes", "IT"), tuple("badges", "FM"));
		assertThat(review.unobservable()).extracting(GuardReview.Finding::text)
			.anySatisfy(text -> assertThat(text).contains("403")
				.contains("Insufficient privileges")
				.contains("UserAuthenticationMethod.Read.All"))
			.anySatisfy(text -> assertThat(text).contains("503"));
		assertThat(review.evidence()).noneMatch(e -> e.contains("Temporary Access Pass") || e.contains("badge"));
		assertThat(review.nothingLeftBehind()).isFalse();
		assertThat(guardTasks(ticket.key()).stream().filter(t -> t.kind().equals("guard.unobservable")))
			.extracting(TaskView::subject, TaskView::department)
			.containsExactlyInAnyOrder(tuple("access-passes", "IT"), tuple("badges", "FM"));
		assertThat(guardTasks(ticket.key())).extracting(TaskView::kind)
			.doesNotContain("guard.access-pass.usable", "guard.badge.active");

		// the permission is granted, the pass system is back: the guard sees the
		// residues
		GRAPH.clearFailures();
		PASSES.failWith(0);
		GuardReview again = this.guard.check(ticket.key(), JOOST);

		assertThat(again.unobservable()).isEmpty();
		assertThat(guardTasks(ticket.key()).stream().filter(t -> t.kind().equals("guard.unobservable")))
			.allMatch(t -> t.status() == TaskStatus.DONE);
		assertThat(guardTasks(ticket.key())).extracting(TaskView::kind)
			.contains("guard.access-pass.usable", "guard.badge.active");
	}

	@Test
	void aReadThrottledOnceInsideTheParallelLookIsRetriedAndARefusedOneIsStillNotObservable() {
		TicketView ticket = leftToday();
		// one read of the look is throttled once (Retry-After: 1 s): the SDK asks again
		// and the finding is what it would have been; another read is refused
		GRAPH.failNext("GET", "temporaryAccessPassMethods", 429, 1, 1, "TooManyRequests", "Too many requests");
		GRAPH.failNext("GET", "managedDevices", 403, null, 10, "Authorization_RequestDenied",
				"Insufficient privileges to complete the operation.");
		int before = GRAPH.calls().size();

		GuardReview review = this.guard.check(ticket.key(), JOOST);

		assertThat(GRAPH.calls().subList(before, GRAPH.calls().size()))
			.filteredOn(call -> call.path().contains("temporaryAccessPassMethods"))
			.extracting(GraphStub.Call::status)
			.containsExactly(429, 200);
		assertThat(review.deferred()).as("retried within the look, not deferred").isEmpty();
		assertThat(guardTasks(ticket.key())).extracting(TaskView::kind, TaskView::subject)
			.contains(tuple("guard.access-pass.usable", "tap-" + this.suffix), tuple("guard.group.member", "g-staff"),
					tuple("guard.licence.assigned", E3),
					tuple("guard.mail.forward", "rule-private:jan.private@gmail.example"),
					tuple("guard.application.grant", "grant-" + this.suffix))
			.doesNotContain(tuple("guard.device.managed", "dev-laptop"));
		assertThat(review.unobservable()).extracting(GuardReview.Finding::area).containsExactly("devices");
		assertThat(review.unobservable()).extracting(GuardReview.Finding::text)
			.singleElement()
			.satisfies(text -> assertThat(text).contains("403", "DeviceManagementManagedDevices.Read.All"));
		assertThat(review.evidence()).noneMatch(e -> e.contains("device"));
		assertThat(guardTasks(ticket.key())).filteredOn(t -> t.kind().equals("guard.unobservable"))
			.extracting(TaskView::subject)
			.containsExactly("devices");
	}

	@Test
	void aSecondCheckOfALeaverUnderCheckWaitsEvenWhenTheLeaseRanOut() throws Exception {
		TicketView ticket = leftToday();
		// the first check is slow; meanwhile the (accelerated) clock runs past the lease
		GRAPH.slowDown("GET", "managedDevices", java.time.Duration.ofSeconds(2));
		java.util.concurrent.CompletableFuture<Optional<GuardReview>> first = java.util.concurrent.CompletableFuture
			.supplyAsync(() -> this.guard.review(ticket, OffboardingGuard.GUARD, "schedule"));
		long deadline = System.nanoTime() + 20_000_000_000L;
		while (GRAPH.slowCallsArrived() == 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(GRAPH.slowCallsArrived()).isPositive();
		this.clock.advance(GuardStore.LEASE.plusMinutes(1));

		Optional<GuardReview> second = this.guard.review(ticket, OffboardingGuard.GUARD, "after the runbook");

		assertThat(second).as("held by the first check").isEmpty();
		assertThat(first.get(30, java.util.concurrent.TimeUnit.SECONDS)).isPresent();
		assertThat(guardTasks(ticket.key())).filteredOn(t -> t.kind().equals("guard.badge.active")).hasSize(1);
	}

	@Test
	void aLeaversAreasAreReadAtTheSameTime() {
		TicketView ticket = leftToday();
		// every read takes 600 ms: one after another, the dozen would take over 7 s
		GRAPH.slowDown("GET", "^/users/|^/oauth2PermissionGrants|^/organization|^/subscribedSkus",
				java.time.Duration.ofMillis(600));
		long started = System.nanoTime();

		GuardReview review = this.guard.check(ticket.key(), JOOST);

		long tookMillis = (System.nanoTime() - started) / 1_000_000;
		assertThat(GRAPH.slowCallsArrived()).isGreaterThanOrEqualTo(10);
		assertThat(tookMillis).as("the look costs its slowest reads, not their sum").isLessThan(5_000);
		assertThat(review.residues()).hasSize(15);
		assertThat(review.unobservable()).isEmpty();
	}

	@Test
	void aThrottledReadIsLookedAtAgainShortlyNeverReportedAsAFailure() {
		TicketView ticket = leftToday();
		// Graph throttles every read of the account, past the SDK's own retries
		GRAPH.failNext("GET", "^/users/[^/]+$", 429, 1, 100, "TooManyRequests", "Too many requests");

		GuardReview review = this.guard.check(ticket.key(), JOOST);

		assertThat(review.unobservable()).as("nothing for a person to fix").isEmpty();
		assertThat(review.deferred()).extracting(GuardReview.Finding::area)
			.containsExactly("account", "sessions", "groups", "licences", "devices", "access-passes", "mailbox",
					"application-grants");
		assertThat(review.deferred()).extracting(GuardReview.Finding::text)
			.allSatisfy(text -> assertThat(text).contains("429").contains("looks again"));
		assertThat(review.nothingLeftBehind()).as("not seen is never in order").isFalse();
		assertThat(review.evidence()).noneMatch(e -> e.contains("disabled") || e.contains("revoked"));
		assertThat(guardTasks(ticket.key())).extracting(TaskView::kind)
			.doesNotContain("guard.unobservable", "guard.account.enabled", "guard.group.member")
			// what could be read was judged: the badge in the pass system
			.contains("guard.badge.active");
		assertThat(this.audit.historyOf("ticket", ticket.key())).filteredOn(e -> "guard-checked".equals(e.action()))
			.last()
			.satisfies(entry -> assertThat(entry.why()).contains("8 area(s) throttled"));

		// not tomorrow: shortly
		assertThat(this.guard.due(ticket)).as("right after the throttled check").isFalse();
		this.clock.advance(java.time.Duration.ofMinutes(5));
		assertThat(this.guard.due(ticket)).as("once the throttled retry is due").isTrue();

		GRAPH.clearFailures();
		GuardReview again = this.guard.review(ticket, OffboardingGuard.GUARD, "schedule").orElseThrow();

		assertThat(again.deferred()).isEmpty();
		assertThat(guardTasks(ticket.key())).extracting(TaskView::kind)
			.contains("guard.account.enabled", "guard.group.member")
			.doesNotContain("guard.unobservable");
		assertThat(this.guard.due(ticket)).as("seen in full: tomorrow again").isFalse();
	}

	@Test
	void aThrottledAreaKeepsWhatTheLastCheckSawAndItsTasks() {
		TicketView ticket = leftToday();
		GuardReview first = this.guard.check(ticket.key(), JOOST);
		List<GuardReview.Finding> groups = first.residues().stream().filter(f -> f.area().equals("groups")).toList();
		assertThat(groups).hasSize(2);
		GRAPH.failNext("GET", "memberOf", 429, 1, 100, "TooManyRequests", "Too many requests");

		GuardReview throttled = this.guard.check(ticket.key(), JOOST);

		assertThat(throttled.residues()).containsAll(groups);
		assertThat(throttled.deferred()).extracting(GuardReview.Finding::area).containsExactly("groups");
		assertThat(throttled.closed()).isEmpty();
		assertThat(guardTasks(ticket.key())).filteredOn(t -> t.kind().equals("guard.group.member"))
			.hasSize(2)
			.allMatch(t -> t.status() == TaskStatus.OPEN);
	}

	@Test
	void theScheduledChecksLogsCarryTheTicketAndACorrelationId() {
		TicketView ticket = leftToday();
		ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
			.getLogger(OffboardingGuard.class);
		ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logs = new ch.qos.logback.core.read.ListAppender<>();
		logs.start();
		logger.addAppender(logs);
		try {
			this.guard.review(ticket, OffboardingGuard.GUARD, "schedule").orElseThrow();
		}
		finally {
			logger.detachAppender(logs);
		}

		assertThat(logs.list).filteredOn(e -> e.getFormattedMessage().startsWith("Guard checked " + ticket.key()))
			.singleElement()
			.satisfies(event -> {
				assertThat(event.getMDCPropertyMap()).containsEntry("ticketKey", ticket.key());
				assertThat(event.getMDCPropertyMap().get("correlationId")).startsWith("guard-" + ticket.key() + "-");
			});
		assertThat(org.slf4j.MDC.get("correlationId")).as("put back after the check").isNull();
	}

	@Test
	void withoutGraphEveryDirectoryAreaIsNotObservable() {
		TicketView ticket = leftToday();
		GRAPH.failNext("GET", "^/users/", 403, null, 100, "Authorization_RequestDenied",
				"Insufficient privileges to complete the operation.");

		GuardReview review = this.guard.check(ticket.key(), JOOST);

		assertThat(review.unobservable()).extracting(GuardReview.Finding::area)
			.contains("account", "sessions", "groups", "licences", "devices", "access-passes", "mailbox",
					"application-grants");
		assertThat(review.evidence()).noneMatch(e -> e.contains("disabled") || e.contains("revoked"));
		// one cause, one task naming every area it hides
		List<TaskView> unobservable = guardTasks(ticket.key()).stream()
			.filter(t -> t.kind().equals("guard.unobservable"))
			.toList();
		assertThat(unobservable).singleElement().satisfies(task -> {
			assertThat(task.department()).isEqualTo("IT");
			assertThat(task.subject())
				.isEqualTo("account,sessions,groups,licences,devices,access-passes,mailbox,application-grants");
			assertThat(task.title()).contains("the directory account", "the sign-in sessions",
					"the Temporary Access Passes");
			assertThat(task.notes()).contains("403", "Insufficient privileges");
		});
		assertThat(guardTasks(ticket.key())).extracting(TaskView::kind)
			.doesNotContain("guard.account.enabled", "guard.group.member");
	}

	@Test
	void beforeTheLastDayItShowsWhatIsStillToDoAndOpensNoTask() {
		TicketView ticket = leaves(TestClockConfiguration.TODAY.plusDays(14));

		GuardReview review = this.guard.check(ticket.key(), JOOST);

		assertThat(review.afterLastDay()).isFalse();
		assertThat(review.residues()).extracting(GuardReview.Finding::text)
			.contains("Disable the account " + this.upn + ": it is still enabled");
		assertThat(review.opened()).isEmpty();
		assertThat(guardTasks(ticket.key())).isEmpty();
	}

	@Test
	void theScheduleChecksAtTheNoticeAndThenDaily() {
		TicketView ticket = leaves(TestClockConfiguration.TODAY.plusDays(14));
		assertThat(this.guard.due(ticket)).as("at the notice").isTrue();

		this.guard.review(ticket, OffboardingGuard.GUARD, "schedule");
		assertThat(this.guard.due(ticket)).as("checked today").isFalse();

		// an immediate departure: the runbook runs today, the guard looks right after
		this.runbook.run(ticket.key(), JOOST);
		assertThat(this.guard.due(ticket)).as("right after the runbook").isTrue();
		GuardReview afterRunbook = this.guard.review(ticket, OffboardingGuard.GUARD, "schedule").orElseThrow();
		assertThat(afterRunbook.afterLastDay()).isTrue();
		assertThat(afterRunbook.evidence()).contains("Account " + this.upn + " disabled");
		assertThat(this.guard.due(ticket)).as("checked after the runbook").isFalse();

		this.clock.setDay(TestClockConfiguration.TODAY.plusDays(1));
		assertThat(this.guard.due(ticket)).as("the next day").isTrue();
	}

	/** Every open task of the ticket is handled: the ticket completes. */
	void everyTaskHandled(String ticketKey) {
		for (int round = 0; round < 3; round++) {
			List<io.handover.ticket.TaskOutcome> outcomes = this.tickets.get(ticketKey)
				.tasks()
				.stream()
				.filter(t -> t.status().isOpen())
				.map(t -> io.handover.ticket.TaskOutcome.done(t.id(), "Handled by IT"))
				.toList();
			this.tasks.settle(ticketKey, outcomes, JOOST);
		}
		assertThat(this.tickets.get(ticketKey).state()).isEqualTo(io.handover.ticket.TicketState.COMPLETED);
	}

	@Test
	void aCompletedLeaverIsStillCheckedDailyAndWhatCameBackReopensTheTicket() {
		TicketView ticket = leftToday();
		this.guard.check(ticket.key(), JOOST);
		// IT takes Jan out of All Staff and every task is resolved: the ticket completes
		GRAPH.group("g-staff").members.remove(this.user);
		everyTaskHandled(ticket.key());

		// three days later someone adds him to All Staff again
		this.clock.setDay(TestClockConfiguration.TODAY.plusDays(3));
		GRAPH.group("g-staff").members.add(this.user);
		TicketView completed = this.tickets.get(ticket.key());
		assertThat(this.guard.completedLeaversWatched()).extracting(TicketView::key).contains(ticket.key());
		assertThat(this.guard.due(completed)).isTrue();

		GuardReview review = this.guard.review(completed, OffboardingGuard.GUARD, "schedule").orElseThrow();

		TicketView reopened = this.tickets.get(ticket.key());
		assertThat(reopened.state()).isEqualTo(io.handover.ticket.TicketState.IN_PROGRESS);
		assertThat(reopened.tasks()).filteredOn(t -> t.status().isOpen() && t.kind().equals("guard.group.member"))
			.extracting(TaskView::subject)
			.contains("g-staff");
		assertThat(review.residues()).extracting(GuardReview.Finding::text)
			.contains("Remove " + ticket.employee().name() + " from group All Staff");
		assertThat(review.residues()).allSatisfy(finding -> assertThat(finding.taskId()).isNotNull());
		assertThat(this.audit.historyOf("ticket", ticket.key())).extracting(AuditEntry::action).contains("reopened");
		// active again: the daily checks of active leavers follow it from here
		assertThat(this.guard.activeLeaverTicketsOf(this.employee.id())).extracting(TicketView::key)
			.contains(ticket.key());
	}

	@Test
	void aCompletedLeaverIsWatchedUntilThirtyDaysAfterTheLastDayAndThenOnlyOnDemand() {
		TicketView ticket = leftToday();
		everyTaskHandled(ticket.key());

		this.clock.setDay(TestClockConfiguration.TODAY.plusDays(30));
		assertThat(this.guard.completedLeaversWatched()).extracting(TicketView::key).contains(ticket.key());
		this.clock.setDay(TestClockConfiguration.TODAY.plusDays(31));
		assertThat(this.guard.completedLeaversWatched()).extracting(TicketView::key).doesNotContain(ticket.key());
		// IT can still ask, and what is found reopens the ticket
		GuardReview asked = this.guard.check(ticket.key(), JOOST);
		assertThat(asked.opened()).isNotEmpty();
		assertThat(this.tickets.get(ticket.key()).state()).isEqualTo(io.handover.ticket.TicketState.IN_PROGRESS);
	}

	@Test
	void aCancelledLeaverIsNeverChecked() {
		// Jan stays after all: the leaver ticket is cancelled, nothing is looked at
		TicketView staying = leaves(TestClockConfiguration.TODAY.plusDays(20));
		this.tickets.cancel(staying.key(), "Jan stays", JOOST, null);
		int graphCalls = GRAPH.calls().size();
		assertThatThrownBy(() -> this.guard.check(staying.key(), JOOST)).isInstanceOf(io.handover.common.Refusal.class)
			.hasMessageContaining("cancelled");
		assertThat(GRAPH.calls()).hasSize(graphCalls);
	}

	@Test
	void theAuditTrailAsTheApiAnswersItNamesTheLookOfEachCheckAndTheTasksItOpened() throws Exception {
		TicketView ticket = leftToday();
		GuardReview review = this.guard.check(ticket.key(), JOOST);
		assertThat(review.opened()).isNotEmpty();

		String answer = this.mvc
			.perform(get("/api/audit").param("subjectType", "ticket").param("subjectId", ticket.key()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		tools.jackson.databind.JsonNode checked = null;
		for (tools.jackson.databind.JsonNode entry : new tools.jackson.databind.ObjectMapper().readTree(answer)) {
			if ("guard-checked".equals(entry.path("action").asString())) {
				checked = entry;
			}
		}
		assertThat(checked).as("the check's entry").isNotNull();
		// each change's after is JSON text: the look, and the ids of the tasks opened
		tools.jackson.databind.ObjectMapper json = new tools.jackson.databind.ObjectMapper();
		assertThat(json.readTree(checked.path("changes").path("look").path("after").asString()).asString())
			.isEqualTo("on demand");
		List<String> opened = new ArrayList<>();
		json.readTree(checked.path("changes").path("tasksOpened").path("after").asString())
			.forEach(id -> opened.add(id.asString()));
		assertThat(opened).containsExactlyElementsOf(review.opened());
		assertThat(checked.path("why").asString()).startsWith("on demand: ");
	}

	@Test
	void theRestCheckAnswersTheReview() throws Exception {
		TicketView ticket = leftToday();

		this.mvc.perform(post("/api/leavers/{id}/check", ticket.key()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ticketKey").value(ticket.key()))
			.andExpect(jsonPath("$.afterLastDay").value(true))
			.andExpect(jsonPath("$.residues.length()").value(15));
		assertThat(guardTasks(ticket.key())).hasSize(12);
	}

}
