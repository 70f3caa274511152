package io.handover.ticket;

import java.time.LocalDate;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.handover.employee.EmployeeDirectory;
import io.handover.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.ticket.TicketFixtures.joiner;
import static io.handover.ticket.TicketFixtures.plan;
import static io.handover.ticket.TicketFixtures.task;
import static io.handover.ticket.TicketFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A manager announces a starter: the ticket gets the profile's tasks per department, due
 * in working days before the start date. Today is Monday 23 November 2026; the start date
 * Monday 14 December is three weeks away, so 3 working days before it is Wednesday 9
 * December (the weekend skipped).
 */
@ApiTest
class JoinerTicketTests {

	static final LocalDate MONDAY_14_DECEMBER = LocalDate.of(2026, 12, 14);

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	EmployeeDirectory employees;

	TicketFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new TicketFixtures(this.mvc, this.json);
	}

	@Test
	void anAccountManagerGetsLaptopPhonePassAndALeaseCar() throws Exception {
		JsonNode ticket = this.fixtures.opened(joiner(unique("Anna de Vries"), "accountmanager", MONDAY_14_DECEMBER));

		assertThat(ticket.get("key").asString()).matches("JML-\\d{4}");
		assertThat(ticket.get("profile").asString()).isEqualTo("account-manager");
		assertThat(ticket.get("state").asString()).isEqualTo("OPEN");
		assertThat(ticket.get("lateNotice").asBoolean()).isFalse();
		assertThat(plan(ticket)).containsExactly("IT it.accounts.create 2026-12-07", "IT it.laptop.issue 2026-12-09",
				"IT it.phone.issue 2026-12-09", "IT it.software.assign 2026-12-10", "FM fm.pass.issue 2026-12-10",
				"FM fm.workspace.setup 2026-12-11", "HR hr.contract.process 2026-11-30",
				"HR hr.lease-car.arrange 2026-11-30");
		assertThat(task(ticket, "it.laptop.issue").get("title").asString())
			.isEqualTo("Set up laptop (laptop-standard) and register its serial number");
		assertThat(task(ticket, "it.laptop.issue").at("/inputsNeeded/0/name").asString()).isEqualTo("serialNumber");
		assertThat(task(ticket, "it.laptop.issue").at("/asset/model").asString()).isEqualTo("laptop-standard");
		assertThat(ticket.get("tasks").findValues("urgent")).allMatch(urgent -> !urgent.asBoolean());
	}

	@Test
	void aSoftwareEngineerAnnouncedInDutchGetsADeveloperLaptopAndNoPhone() throws Exception {
		JsonNode ticket = this.fixtures.opened(joiner(unique("Sven Mulder"), "Ontwikkelaar", MONDAY_14_DECEMBER));

		assertThat(ticket.get("profile").asString()).isEqualTo("software-engineer");
		assertThat(plan(ticket)).containsExactly("IT it.accounts.create 2026-12-07", "IT it.laptop.issue 2026-12-09",
				"IT it.software.assign 2026-12-10", "FM fm.pass.issue 2026-12-10", "FM fm.workspace.setup 2026-12-11",
				"HR hr.contract.process 2026-11-30", "IT it.dev-environment.setup 2026-12-11");
		assertThat(task(ticket, "it.laptop.issue").at("/asset/model").asString()).isEqualTo("laptop-developer");
	}

	@Test
	void aCareWorkerGetsPhonePassKeyUniformAndAVogCheck() throws Exception {
		JsonNode ticket = this.fixtures
			.opened(joiner(unique("Fatima El Amrani"), "zorgmedewerker", MONDAY_14_DECEMBER));

		assertThat(ticket.get("profile").asString()).isEqualTo("care-worker");
		assertThat(plan(ticket)).containsExactly("IT it.accounts.create 2026-12-07", "IT it.phone.issue 2026-12-09",
				"IT it.software.assign 2026-12-10", "FM fm.pass.issue 2026-12-10", "FM fm.keys.issue 2026-12-11",
				"FM fm.workspace.setup 2026-12-11", "HR hr.contract.process 2026-11-30",
				"HR hr.certificate-of-conduct.check 2026-11-30", "HR hr.contract-end.record 2026-12-07",
				"FM fm.uniform.issue 2026-12-11");
	}

	@Test
	void aFacilityCoordinatorGetsMasterKeyAndAlarmCode() throws Exception {
		JsonNode ticket = this.fixtures
			.opened(joiner(unique("Kees Visser"), "Facility Coordinator", MONDAY_14_DECEMBER));

		assertThat(ticket.get("profile").asString()).isEqualTo("facility-coordinator");
		assertThat(plan(ticket)).containsExactly("IT it.accounts.create 2026-12-07", "IT it.laptop.issue 2026-12-09",
				"IT it.phone.issue 2026-12-09", "IT it.software.assign 2026-12-10", "FM fm.pass.issue 2026-12-10",
				"FM fm.keys.issue 2026-12-11", "FM fm.workspace.setup 2026-12-11", "HR hr.contract.process 2026-11-30",
				"FM fm.alarm-code.assign 2026-12-11");
		assertThat(task(ticket, "fm.keys.issue").at("/asset/model").asString()).isEqualTo("key-master");
	}

	@Test
	void aRoleWithoutProfileGetsTheDefaultProfile() throws Exception {
		Map<String, Object> request = joiner(unique("Eva Smit"), null, MONDAY_14_DECEMBER);

		JsonNode ticket = this.fixtures.opened(request);

		assertThat(ticket.get("profile").asString()).isEqualTo("default");
		assertThat(plan(ticket)).containsExactly("IT it.accounts.create 2026-12-07", "IT it.laptop.issue 2026-12-09",
				"IT it.software.assign 2026-12-10", "FM fm.pass.issue 2026-12-10", "FM fm.workspace.setup 2026-12-11",
				"HR hr.contract.process 2026-11-30");
	}

	@Test
	void tasksThatNeedAnotherTaskFirstWaitForIt() throws Exception {
		JsonNode ticket = this.fixtures.opened(joiner(unique("Anna de Vries"), "account-manager", MONDAY_14_DECEMBER));

		JsonNode accounts = task(ticket, "it.accounts.create");
		JsonNode laptop = task(ticket, "it.laptop.issue");
		JsonNode pass = task(ticket, "fm.pass.issue");
		assertThat(accounts.get("status").asString()).isEqualTo("OPEN");
		assertThat(laptop.get("status").asString()).isEqualTo("BLOCKED");
		assertThat(laptop.get("waitingFor")).extracting(JsonNode::asText)
			.containsExactly(accounts.get("id").asString());
		assertThat(pass.get("waitingFor")).extracting(JsonNode::asText)
			.containsExactly(task(ticket, "hr.contract.process").get("id").asString());

		this.fixtures.act(laptop.get("id").asString(), "claim", null)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("blocked"));
		this.fixtures.complete(accounts.get("id").asString(), Map.of()).andExpect(status().isOk());

		JsonNode after = this.fixtures.ticket(ticket.get("key").asString());
		assertThat(task(after, "it.laptop.issue").get("status").asString()).isEqualTo("OPEN");
		assertThat(task(after, "it.software.assign").get("status").asString()).isEqualTo("OPEN");
		assertThat(task(after, "fm.pass.issue").get("status").asString()).isEqualTo("BLOCKED");
		assertThat(after.get("state").asString()).isEqualTo("IN_PROGRESS");
	}

	@Test
	void aStarterAnnouncedByNameTwiceForTheSameDayIsOnePersonWithOneTicket() throws Exception {
		String name = unique("Bram Smit");
		Map<String, Object> byName = joiner(name, "default", MONDAY_14_DECEMBER);
		byName.put("employee", Map.of("name", name));
		JsonNode first = this.fixtures.opened(byName);

		this.fixtures.open(byName)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("duplicate-ticket"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(first.get("key").asString())));

		assertThat(this.employees.named(name)).singleElement()
			.satisfies(e -> assertThat(e.id()).isEqualTo(first.at("/employee/id").asString()));
	}

	@Test
	void theHrHireOfAStarterAnnouncedByNameGivesThatRecordItsIdentities() throws Exception {
		String name = unique("Sara Bakker");
		Map<String, Object> byName = joiner(name, "default", MONDAY_14_DECEMBER);
		byName.put("employee", Map.of("name", name));
		JsonNode announced = this.fixtures.opened(byName);
		Map<String, Object> hire = joiner(name, "default", MONDAY_14_DECEMBER);
		String upn = TicketFixtures.person(name).get("upn").toString();
		hire.put("employee", Map.of("name", name, "upn", upn, "hrEmployeeId", "HR-" + upn.hashCode()));

		this.fixtures.open(hire)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("duplicate-ticket"))
			.andExpect(
					jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(announced.get("key").asString())));

		assertThat(this.employees.named(name)).singleElement().satisfies(e -> {
			assertThat(e.id()).isEqualTo(announced.at("/employee/id").asString());
			assertThat(e.upn()).isEqualTo(upn);
			assertThat(e.hrEmployeeId()).isEqualTo("HR-" + upn.hashCode());
		});
	}

	@Test
	void aNamesakeStartingOnAnotherDayIsAnotherPerson() throws Exception {
		String name = unique("Tim de Jong");
		Map<String, Object> byName = joiner(name, "default", MONDAY_14_DECEMBER);
		byName.put("employee", Map.of("name", name));
		this.fixtures.opened(byName);
		Map<String, Object> later = joiner(name, "default", MONDAY_14_DECEMBER.plusWeeks(1));
		later.put("employee", Map.of("name", name));

		this.fixtures.opened(later);

		assertThat(this.employees.named(name)).hasSize(2);
	}

	@Test
	void aTenDayNoticeIsAcceptedFlaggedLateAndItsTasksUrgent() throws Exception {
		LocalDate thursday3December = LocalDate.of(2026, 12, 3);

		JsonNode ticket = this.fixtures.opened(joiner(unique("Noah Bos"), "default", thursday3December));

		assertThat(ticket.get("lateNotice").asBoolean()).isTrue();
		assertThat(ticket.get("noticeDays").asInt()).isEqualTo(10);
		assertThat(ticket.get("tasks").findValues("urgent")).isNotEmpty().allMatch(JsonNode::asBoolean);
		// nothing is due before today, the day of the notice
		assertThat(plan(ticket)).containsExactly("IT it.accounts.create 2026-11-26", "IT it.laptop.issue 2026-11-30",
				"IT it.software.assign 2026-12-01", "FM fm.pass.issue 2026-12-01", "FM fm.workspace.setup 2026-12-02",
				"HR hr.contract.process 2026-11-23");
	}

	@Test
	void aFourteenDayNoticeIsOnTime() throws Exception {
		JsonNode ticket = this.fixtures.opened(joiner(unique("Lotte Vos"), "default", LocalDate.of(2026, 12, 7)));

		assertThat(ticket.get("lateNotice").asBoolean()).isFalse();
		assertThat(ticket.get("tasks").findValues("urgent")).allMatch(urgent -> !urgent.asBoolean());
	}

	@Test
	void christmasIsNotAWorkingDay() throws Exception {
		JsonNode ticket = this.fixtures.opened(joiner(unique("Daan Kok"), "default", LocalDate.of(2026, 12, 28)));

		assertThat(plan(ticket)).containsExactly("IT it.accounts.create 2026-12-18", "IT it.laptop.issue 2026-12-22",
				"IT it.software.assign 2026-12-23", "FM fm.pass.issue 2026-12-23", "FM fm.workspace.setup 2026-12-24",
				"HR hr.contract.process 2026-12-11");
	}

	@Test
	void aRemoteJoinerNeedsAShippingAddressAndGetsNoWorkspace() throws Exception {
		Map<String, Object> request = joiner(unique("Mila Dekker"), "software engineer", MONDAY_14_DECEMBER);
		request.put("workLocation", "REMOTE");

		this.fixtures.open(request)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("shippingAddress"));

		request.put("shippingAddress", "Dorpsstraat 1, 1234 AB Ergens");
		JsonNode ticket = this.fixtures.opened(request);
		assertThat(plan(ticket)).contains("IT it.access-pass.temporary 2026-12-11")
			.noneMatch(line -> line.contains("fm.workspace.setup"));
		assertThat(task(ticket, "it.laptop.issue").get("notes").asString())
			.isEqualTo("Remote joiner: ship to Dorpsstraat 1, 1234 AB Ergens");
	}

	@Test
	void anUnknownRoleIsRefusedNamingTheKnownOnes() throws Exception {
		this.fixtures.open(joiner(unique("Piet Hein"), "astronaut", MONDAY_14_DECEMBER))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("unknown-profile"))
			.andExpect(jsonPath("$.field").value("profile"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Account Manager")));
	}

	@Test
	void aRequestWithoutDateIsInvalid() throws Exception {
		Map<String, Object> request = joiner(unique("Piet Hein"), "default", MONDAY_14_DECEMBER);
		request.remove("date");

		this.fixtures.open(request)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
	}

}
