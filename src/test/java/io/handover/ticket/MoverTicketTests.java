package io.handover.ticket;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.handover.asset.AssetRegister;
import io.handover.asset.IssueRequest;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.ticket.TicketFixtures.mover;
import static io.handover.ticket.TicketFixtures.task;
import static io.handover.ticket.TicketFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An account manager becomes a software engineer on Monday 14 December: they get what the
 * new role adds and give back what it takes away; nothing happens for what both share
 * (the office access pass, All Staff, Microsoft 365).
 */
@ApiTest
class MoverTicketTests {

	static final Actor IT_STAFF = new Actor("joost", "Joost Willems", Channel.API);

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	AssetRegister assets;

	TicketFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new TicketFixtures(this.mvc, this.json);
	}

	@Test
	void anAccountManagerBecomingASoftwareEngineerGetsExactlyTheDifference() throws Exception {
		Employee anna = this.employees
			.register(new NewEmployee(unique("Anna de Vries"), null, null, "HR-" + UUID.randomUUID(), null), IT_STAFF);
		String laptop = holds(anna, "laptop", "laptop-standard");
		String phone = holds(anna, "phone", "phone-standard");
		holds(anna, "access-pass", "access-pass-office");

		JsonNode ticket = this.fixtures
			.opened(mover(Map.of("id", anna.id()), "Account Manager", "developer", LocalDate.of(2026, 12, 14)));

		assertThat(ticket.get("previousProfile").asString()).isEqualTo("account-manager");
		assertThat(ticket.get("profile").asString()).isEqualTo("software-engineer");
		assertThat(lines(ticket)).containsExactly("IT it.access.grant Engineering 2026-12-11",
				"IT it.access.grant GitHub Users 2026-12-11", "IT it.access.remove Sales 2026-12-14",
				"IT it.access.remove CRM Users 2026-12-14", "IT it.application.grant github 2026-12-11",
				"IT it.application.grant jira 2026-12-11", "IT it.application.grant aws-console 2026-12-11",
				"IT it.application.revoke linkedin-sales-navigator 2026-12-14", "HR hr.role-change.process 2026-12-07",
				"IT it.laptop.issue laptop-developer 2026-12-09", "IT it.laptop.collect " + laptop + " 2026-12-14",
				"IT it.laptop.wipe " + laptop + " 2026-12-15", "IT it.phone.collect " + phone + " 2026-12-14");
		assertThat(task(ticket, "it.access.grant").get("title").asString()).isEqualTo("Add to group Engineering");
	}

	@Test
	void aMoverToTheSameRoleIsRefused() throws Exception {
		this.fixtures
			.open(mover(TicketFixtures.person(unique("Sven Mulder")), "developer", "software-engineer",
					LocalDate.of(2026, 12, 14)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("same-profile"));
	}

	/**
	 * Each task as department, kind, what it concerns (group, application, serial or
	 * model), due date.
	 */
	static List<String> lines(JsonNode ticket) {
		List<String> lines = new ArrayList<>();
		for (JsonNode task : ticket.get("tasks")) {
			String about = task.hasNonNull("subject") ? task.get("subject").asString()
					: task.at("/asset/serialNumber").isMissingNode() ? task.at("/asset/model").asString()
							: task.at("/asset/serialNumber").asString();
			lines.add(
					String
						.join(" ", task.get("department").asString(), task.get("kind").asString(), about,
								task.get("dueOn").asString())
						.replace("  ", " "));
		}
		return lines;
	}

	String holds(Employee employee, String type, String model) {
		String serial = ("MV-" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase();
		this.assets.issue(new IssueRequest(employee.id(), type, model, serial, null, null), IT_STAFF);
		return serial;
	}

}
