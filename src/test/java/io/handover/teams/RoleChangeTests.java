package io.handover.teams;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import io.handover.common.Actor;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.teams.IntakeChat.errors;
import static io.handover.teams.IntakeChat.inputs;
import static io.handover.teams.IntakeChat.text;
import static io.handover.teams.IntakeChat.ticketKey;
import static io.handover.teams.IntakeChat.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * J3: a manager announces a role change; the form asks for the current and the new role,
 * and the ticket holds only the difference between the two profiles.
 */
@BotTest
class RoleChangeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	TestClock clock;

	ConnectorStub connector = ConnectorStub.shared();

	IntakeChat chat;

	String piet;

	@BeforeEach
	void setUp() {
		this.connector.reset();
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.chat = new IntakeChat(new BotConversation(this.mvc, this.connector), this.connector);
		this.piet = unique("Piet Jansen");
		// Maria, who writes in the chat, is Piet's manager of record.
		AnnouncementTests.registerMaria(this.employees);
		this.employees.register(
				new NewEmployee(this.piet, AnnouncementTests.upn(this.piet), null, null, AnnouncementTests.MARIA_UPN),
				Actor.system("test"));
	}

	@Test
	void aRoleChangeOpensATicketWithOnlyTheDifferenceBetweenTheProfiles() throws Exception {
		JsonNode form = this.chat.say(this.piet + " becomes software engineer on 4 January");

		assertThat(text(form)).contains("Role change");
		assertThat(inputs(form)).containsEntry("employeeName", this.piet)
			.containsEntry("newRoleProfile", "software-engineer")
			.containsEntry("currentRoleProfile", "")
			.containsEntry("effectiveDate", "2027-01-04");

		JsonNode status = this.chat.submit(form, Map.of("currentRoleProfile", "account-manager"));

		TicketView ticket = this.tickets.get(ticketKey(status));
		assertThat(ticket.kind()).isEqualTo(TicketKind.MOVER);
		assertThat(ticket.authority()).isEqualTo(io.handover.ticket.Authority.MANAGER_OF_RECORD);
		assertThat(ticket.previousProfile()).isEqualTo("account-manager");
		assertThat(ticket.profile()).isEqualTo("software-engineer");
		assertThat(ticket.date()).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(text(status)).contains("Account Manager → Software Engineer");
		// What both roles share (All Staff, Microsoft 365, the office pass) is left
		// alone.
		assertThat(ticket.tasks()).extracting(TaskView::subject)
			.filteredOn(Objects::nonNull)
			.contains("Engineering", "GitHub Users", "Sales", "CRM Users", "github")
			.doesNotContain("All Staff", "microsoft-365");
		// The developer laptop comes in, the standard laptop and the phone go back.
		assertThat(ticket.tasks()).filteredOn(task -> task.asset() != null)
			.extracting(task -> task.kind() + " " + task.asset().model())
			.contains("it.laptop.issue laptop-developer", "it.laptop.collect laptop-standard",
					"it.phone.collect phone-standard")
			.noneMatch(task -> task.contains("access-pass"))
			.noneMatch(task -> task.equals("it.laptop.issue laptop-standard"));
	}

	@Test
	void functiewijzigingAsksForBothRolesAndRefusesTheSameOne() throws Exception {
		JsonNode form = this.chat.say(TeamsActivity.personalMessage("functiewijziging").locale("nl-NL"));
		assertThat(text(form)).contains("Functiewijziging");

		JsonNode missing = this.chat.submit(form, Map.of("employeeName", this.piet, "effectiveDate", "2027-01-04"));
		assertThat(errors(missing)).containsEntry("currentRoleProfile", "Kies de huidige functie.")
			.containsEntry("newRoleProfile", "Kies de nieuwe functie.");

		JsonNode same = this.chat.submit(missing,
				Map.of("currentRoleProfile", "care-worker", "newRoleProfile", "care-worker"));
		assertThat(errors(same).get("newRoleProfile")).contains("moet verschillen");
	}

}
