package io.handover.runbook;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import io.handover.access.Roles;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.common.Refusal;
import io.handover.employee.EmployeeDirectory;
import io.handover.task.TaskStatus;
import io.handover.testing.GraphStub;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.Authority;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Someone announces "Sanne de Wit" as a new remote starter — but sanne.dewit@ is an
 * account that exists already. A joiner ticket creates a new account; it never takes over
 * an existing one on its own: IT sees the account (created, last sign-in, groups) and
 * says whether it is the same person. One in use in the last 30 days, or holding an admin
 * role, is never linked. And a Temporary Access Pass is only made for an account the
 * ticket created (or IT confirmed), only on HR's or the manager of record's word, and
 * only for the manager of record.
 */
class ExistingAccountTests extends GraphIntegrationTest {

	static final LocalDate MONDAY_7_DECEMBER = LocalDate.of(2026, 12, 7);

	/** Announces the starter and names himself the manager: the attack of issue 16. */
	static final Actor KEES = Actor.person("c0000000-0000-4000-8000-00000000cee5", "kees@contoso.example",
			"Kees Announcer", Channel.TEAMS);

	static final Actor HANNA_HR = Actor.person("a0000000-0000-4000-8000-0000000000a1", "hanna@contoso.example",
			"Hanna (HR)", Channel.API, Set.of(Roles.HR));

	static final Actor JOOST_IT = Actor.person("b0000000-0000-4000-8000-0000000001e5", "joost@contoso.example",
			"Joost (IT)", Channel.API, Set.of(Roles.IT));

	static final Actor FENNA_IT = Actor.person("b0000000-0000-4000-8000-00000000fe11", "fenna@contoso.example",
			"Fenna (IT)", Channel.TEAMS, Set.of(Roles.IT));

	@Autowired
	JoinerProvisioning joiners;

	@Autowired
	DirectorySchedule schedule;

	@Autowired
	TicketManagement tickets;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEvents events;

	String suffix;

	String upn;

	GraphStub.User sanne;

	@BeforeEach
	void sanneHasAnAccountAlready() {
		// Joiners other test classes left open in the shared store would be provisioned
		// by the schedule here (one waits for IT on an account the Graph reset removes,
		// so a new one is rightly created): each test sees its own joiner only.
		this.clock.setDay(TestClockConfiguration.TODAY);
		for (TicketView other : this.tickets.activeUntil(TicketKind.JOINER, MONDAY_7_DECEMBER.plusYears(1))) {
			this.tickets.cancel(other.key(), "isolating ExistingAccountTests", Actor.system("test"), null);
		}
		GRAPH.reset();
		GRAPH.addGroup("g-staff", "All Staff", null);
		GRAPH.addGroup("g-sales", "Sales", null);
		GRAPH.addGroup("g-crm", "CRM Users", null);
		GRAPH.addGroup("g-finance", "Finance", null);
		// letters only (a name), and every hex digit kept distinct so two tests never
		// collide
		this.suffix = UUID.randomUUID()
			.toString()
			.substring(0, 8)
			.chars()
			.mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + (c - '0') : c)))
			.collect(java.util.stream.Collectors.joining());
		this.upn = "sanne.dewit" + this.suffix + "@contoso.example";
		this.sanne = GRAPH.addUser(UUID.randomUUID().toString(), this.upn, "Sanne de Wit")
			.createdAt(Instant.parse("2024-03-04T09:00:00Z"))
			.signedInAt(TestClockConfiguration.TODAY.minusDays(90).atStartOfDay(this.clock.getZone()).toInstant());
		GRAPH.group("g-finance").members.add(this.sanne.id);
	}

	@Test
	void anAnnouncerGetsNoPassAndTheExistingAccountNothingUntilItSaysItIsTheSamePerson() {
		TicketView ticket = announcedBy(KEES, "kees@contoso.example", "Kees Announcer");
		onTheStartDay();

		this.schedule.runDue();
		this.schedule.runDue();

		assertThat(GRAPH.changes()).as("no account created, no group, no licence, no pass").isEmpty();
		assertThat(this.events.stream(TemporaryAccessPassCreated.class)).isEmpty();
		TaskView account = accountTask(ticket);
		assertThat(account.status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(account.blockedReason()).contains("An account " + this.upn + " exists already")
			.contains("waiting for IT to confirm")
			.contains("Nothing was granted");
		assertThat(this.employees.find(ticket.employee().id()).orElseThrow().entraObjectId()).isNull();
		// what IT is shown, read through Graph as published in v1.0
		assertThat(this.joiners.existingAccountAwaiting(account)).hasValueSatisfying(shown -> {
			assertThat(shown.upn()).isEqualTo(this.upn);
			assertThat(shown.createdAt()).isEqualTo(Instant.parse("2024-03-04T09:00:00Z"));
			assertThat(shown.lastSignInAt()).isEqualTo(this.sanne.lastSignInAt);
			assertThat(shown.groups()).containsExactly("Finance");
			assertThat(shown.refusal()).isNull();
		});
		assertThat(GRAPH.calls()).extracting(GraphStub.Call::path)
			.anySatisfy(path -> assertThat(path).startsWith("/users/" + this.sanne.id + "?")
				.contains("createdDateTime")
				.contains("signInActivity"))
			.anySatisfy(path -> assertThat(path)
				.matches("/users/" + this.sanne.id + "/transitiveMemberOf/(microsoft\\.)?graph\\.directoryRole\\?.*"));
		// the pass cannot be asked for either
		assertThatThrownBy(() -> this.joiners.renewPass(ticket.key(), JOOST_IT)).isInstanceOf(Refusal.class);
		assertThat(GRAPH.changes()).noneMatch(c -> c.path().contains("temporaryAccessPass"));
	}

	@Test
	void onlyAnotherVerifiedItStaffMemberMayConfirmAndEveryRefusalIsAudited() {
		TicketView ticket = announcedBy(JOOST_IT, "marieke.jansen@contoso.example", "Marieke Jansen");
		this.schedule.runDue();

		assertThatThrownBy(() -> this.joiners.confirmExistingAccount(ticket.key(), JOOST_IT, null))
			.isInstanceOf(Refusal.class)
			.hasMessageContaining("Joost (IT) asked for this joiner");
		Actor joostByEmailUpperCase = Actor.person(JOOST_IT.id().toUpperCase(), "JOOST@contoso.example", "Joost",
				Channel.EMAIL, Set.of(Roles.IT));
		assertThatThrownBy(() -> this.joiners.confirmExistingAccount(ticket.key(), joostByEmailUpperCase, null))
			.isInstanceOf(Refusal.class)
			.hasMessageContaining("asked for this joiner");
		assertThatThrownBy(() -> this.joiners.confirmExistingAccount(ticket.key(), HANNA_HR, null))
			.isInstanceOf(Refusal.class)
			.hasMessageContaining("Only IT staff");
		Actor tokenWithoutOid = Actor.unverified("sub-fenna", "Fenna (IT)", Channel.API);
		assertThatThrownBy(() -> this.joiners.confirmExistingAccount(ticket.key(), tokenWithoutOid, null))
			.isInstanceOf(Refusal.class)
			.hasMessageContaining("verified");

		assertThat(GRAPH.changes()).isEmpty();
		assertThat(this.audit.historyOf("ticket", ticket.key())).filteredOn(e -> e.action().equals("refused"))
			.extracting(AuditEntry::actorName)
			.containsExactly("Joost (IT)", "Joost", "Hanna (HR)", "Fenna (IT)");
	}

	@Test
	void itsConfirmationLinksAnAccountNotRecentlyUsedAndTheManagerGetsThePass() {
		TicketView ticket = announcedBy(HANNA_HR, "marieke.jansen@contoso.example", "Marieke Jansen");
		this.tickets.authorise(ticket.key(), Authority.HR, HANNA_HR, null);
		onTheStartDay();
		this.schedule.runDue();

		this.joiners.confirmExistingAccount(ticket.key(), FENNA_IT, null);

		assertThat(this.employees.find(ticket.employee().id()).orElseThrow().entraObjectId()).isEqualTo(this.sanne.id);
		assertThat(GRAPH.group("g-staff").members).containsExactly(this.sanne.id);
		assertThat(GRAPH.changes()).noneMatch(c -> c.path().equals("/users") && c.method().equals("POST"));
		assertThat(accountTask(ticket).status()).isEqualTo(TaskStatus.DONE);
		assertThat(this.events.stream(TemporaryAccessPassCreated.class)).singleElement()
			.satisfies(pass -> assertThat(pass.managerUpn()).isEqualTo("marieke.jansen@contoso.example"));
		assertThat(this.audit.historyOf("ticket", ticket.key()))
			.filteredOn(e -> e.action().equals("account-link-confirmed"))
			.singleElement()
			.satisfies(confirmed -> {
				assertThat(confirmed.actorName()).isEqualTo("Fenna (IT)");
				assertThat(confirmed.changes().toString()).contains("Hanna (HR)").contains(this.upn);
			});
	}

	@Test
	void anAccountSignedIntoThisMonthIsNeverLinkedEvenIfItSaysSo() {
		this.sanne.signedInAt(this.clock.instant().minus(Duration.ofDays(3)));
		TicketView ticket = announcedBy(HANNA_HR, "marieke.jansen@contoso.example", "Marieke Jansen");
		this.tickets.authorise(ticket.key(), Authority.HR, HANNA_HR, null);
		onTheStartDay();

		this.schedule.runDue();

		TaskView account = accountTask(ticket);
		assertThat(account.blockedReason()).contains("a joiner ticket never takes it over")
			.contains("enabled and was signed into on")
			.contains("different sign-in name");
		assertThatThrownBy(() -> this.joiners.confirmExistingAccount(ticket.key(), FENNA_IT, null))
			.isInstanceOf(Refusal.class)
			.hasMessageContaining("never takes over " + this.upn);
		assertThat(GRAPH.changes()).isEmpty();
		assertThat(this.events.stream(TemporaryAccessPassCreated.class)).isEmpty();
	}

	@Test
	void anAccountUsedBetweenTheCardAndTheClickIsNotLinked() {
		TicketView ticket = announcedBy(HANNA_HR, "marieke.jansen@contoso.example", "Marieke Jansen");
		this.tickets.authorise(ticket.key(), Authority.HR, HANNA_HR, null);
		this.schedule.runDue();
		assertThat(this.joiners.existingAccountAwaiting(accountTask(ticket))).isPresent();

		this.sanne.signedInAt(this.clock.instant().minus(Duration.ofHours(1)));

		assertThatThrownBy(() -> this.joiners.confirmExistingAccount(ticket.key(), FENNA_IT, null))
			.isInstanceOf(Refusal.class)
			.hasMessageContaining("signed into");
		assertThat(GRAPH.changes()).isEmpty();
		assertThat(this.joiners.existingAccountAwaiting(accountTask(ticket)))
			.hasValueSatisfying(shown -> assertThat(shown.refusal()).contains("signed into"));
	}

	@Test
	void anAdminAccountIsNeverLinked() {
		this.sanne.accountEnabled = false;
		this.sanne.withAdminRole("Global Administrator");
		TicketView ticket = announcedBy(HANNA_HR, "marieke.jansen@contoso.example", "Marieke Jansen");
		this.tickets.authorise(ticket.key(), Authority.HR, HANNA_HR, null);

		this.schedule.runDue();

		assertThat(accountTask(ticket).blockedReason()).contains("holds the admin role Global Administrator");
		assertThatThrownBy(() -> this.joiners.confirmExistingAccount(ticket.key(), FENNA_IT, null))
			.isInstanceOf(Refusal.class)
			.hasMessageContaining("Global Administrator");
		assertThat(GRAPH.changes()).isEmpty();
	}

	@Test
	void aDifferentPersonsAccountStaysUntouchedAndTheTaskSaysWhatItDoesNext() {
		TicketView ticket = announcedBy(HANNA_HR, "marieke.jansen@contoso.example", "Marieke Jansen");
		this.tickets.authorise(ticket.key(), Authority.HR, HANNA_HR, null);
		onTheStartDay();
		this.schedule.runDue();

		this.joiners.declineExistingAccount(ticket.key(), FENNA_IT, null);
		this.schedule.runDue();

		assertThat(GRAPH.changes()).isEmpty();
		assertThat(this.events.stream(TemporaryAccessPassCreated.class)).isEmpty();
		assertThat(accountTask(ticket).blockedReason())
			.contains(this.upn + " is someone else's account (Fenna (IT), IT)")
			.contains("another sign-in name");
		assertThat(this.joiners.existingAccountAwaiting(accountTask(ticket))).as("no buttons any more").isEmpty();
		assertThatThrownBy(() -> this.joiners.confirmExistingAccount(ticket.key(), JOOST_IT, null))
			.isInstanceOf(Refusal.class)
			.hasMessageContaining("decided about");
		assertThat(this.audit.historyOf("ticket", ticket.key()))
			.filteredOn(e -> e.action().equals("account-link-declined"))
			.singleElement()
			.satisfies(declined -> assertThat(declined.actorName()).isEqualTo("Fenna (IT)"));
	}

	@Test
	void noPassOnATicketOfNoOnesOrAnAdminsAuthorityAndThenOnlyForTheManagerOfRecord() {
		String fresh = "bram.kok" + this.suffix + "@contoso.example";
		TicketView ticket = this.tickets.open(new NewTicket(TicketKind.JOINER,
				new NewTicket.Person(null, "Bram Kok" + this.suffix, fresh, null, null),
				new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "account-manager", null,
				MONDAY_7_DECEMBER, WorkLocation.REMOTE, "Keizersgracht 1, Amsterdam", null, null), KEES, null);
		onTheStartDay();

		this.schedule.runDue();

		assertThat(GRAPH.user(fresh)).as("a new account is created").isPresent();
		assertThat(GRAPH.changes()).noneMatch(c -> c.path().contains("temporaryAccessPass"));
		TaskView pass = passTask(ticket);
		assertThat(pass.status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(pass.blockedReason()).contains("No Temporary Access Pass")
			.contains("not opened or confirmed by HR or")
			.contains("authority: none");
		assertThatThrownBy(() -> this.joiners.renewPass(ticket.key(), JOOST_IT)).isInstanceOf(Refusal.class)
			.hasMessageContaining("authority: none");

		this.tickets.authorise(ticket.key(), Authority.ADMIN, JOOST_IT, null);
		this.schedule.runDue();
		assertThat(GRAPH.changes()).noneMatch(c -> c.path().contains("temporaryAccessPass"));
		assertThatThrownBy(() -> this.joiners.renewPass(ticket.key(), JOOST_IT)).isInstanceOf(Refusal.class)
			.hasMessageContaining("authority: admin");

		this.tickets.authorise(ticket.key(), Authority.MANAGER_OF_RECORD,
				Actor.person("d0000000-0000-4000-8000-0000000000aa", "marieke.jansen@contoso.example", "Marieke Jansen",
						Channel.TEAMS),
				null);
		this.schedule.runDue();
		assertThat(GRAPH.changes()).filteredOn(c -> c.path().endsWith("/temporaryAccessPassMethods")).hasSize(1);
		assertThat(this.events.stream(TemporaryAccessPassCreated.class)).singleElement()
			.satisfies(created -> assertThat(created.managerUpn()).isEqualTo("marieke.jansen@contoso.example")
				.isNotEqualTo(KEES.upn()));
	}

	private TicketView announcedBy(Actor who, String managerUpn, String managerName) {
		return this.tickets.open(new NewTicket(TicketKind.JOINER,
				new NewTicket.Person(null, "Sanne de Wit" + this.suffix, this.upn, null, null),
				new ManagerRef(managerUpn, managerName), "account-manager", null, MONDAY_7_DECEMBER,
				WorkLocation.REMOTE, "Keizersgracht 1, Amsterdam", null, null), who, null);
	}

	private void onTheStartDay() {
		this.clock.set(MONDAY_7_DECEMBER.atTime(8, 0).atZone(this.clock.getZone()).toInstant());
	}

	private TaskView accountTask(TicketView ticket) {
		return LeaverRunbookTests.task(this.tickets.get(ticket.key()), "it.accounts.create");
	}

	private TaskView passTask(TicketView ticket) {
		return LeaverRunbookTests.task(this.tickets.get(ticket.key()), "it.access-pass.temporary");
	}

}
