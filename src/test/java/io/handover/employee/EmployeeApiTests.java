package io.handover.employee;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Registering and finding people through the REST API. */
@ApiTest
class EmployeeApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	EmployeeDirectory directory;

	@Autowired
	EmployeeImport employeeImport;

	@Autowired
	AuditTrail audit;

	@Test
	void registeringTheSamePersonTwiceReturnsTheFirstRecordAndFillsWhatWasMissing() throws Exception {
		String run = run();
		String upn = "Anna.de.Vries." + run + "@Example.org";
		JsonNode first = json(register(Map.of("name", "Anna de Vries", "upn", upn)).andExpect(status().isCreated()));

		JsonNode second = json(register(Map.of("name", "Anna de Vries", "upn", upn.toLowerCase(), "hrEmployeeId",
				"HR-" + run, "managerUpn", "boss." + run + "@example.org"))
			.andExpect(status().isOk()));

		assertThat(second.get("id")).isEqualTo(first.get("id"));
		assertThat(second.get("upn").asString()).isEqualTo(upn.toLowerCase());
		assertThat(second.get("hrEmployeeId").asString()).isEqualTo("HR-" + run);
		assertThat(second.get("managerUpn").asString()).isEqualTo("boss." + run + "@example.org");
		// known by the HR id alone, too
		JsonNode third = json(register(Map.of("name", "A. de Vries", "hrEmployeeId", "HR-" + run)));
		assertThat(third.get("id")).isEqualTo(first.get("id"));
		assertThat(this.mongo.count(Query.query(Criteria.where("hrEmployeeId").is("HR-" + run)), Employee.class))
			.isOne();
		assertThat(this.audit.historyOf("employee", first.get("id").asString())).extracting("action")
			.containsExactly("registered", "updated");
	}

	@Test
	void identitiesOfTwoDifferentPeopleAreRefused() throws Exception {
		String run = run();
		register(Map.of("name", "Jan Bakker", "upn", "jan." + run + "@example.org"));
		register(Map.of("name", "Piet Smit", "hrEmployeeId", "HR-" + run));

		register(Map.of("name", "Jan Bakker", "upn", "jan." + run + "@example.org", "hrEmployeeId", "HR-" + run))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("employee-conflict"));
	}

	@Test
	void aRegistrationWithoutNameOrIdentityNamesTheFields() throws Exception {
		register(Map.of("upn", "not-an-upn")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field=='name')].reason").value("must not be blank"));
		register(Map.of("name", "Nobody Known")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("invalid"))
			.andExpect(jsonPath("$.field").value("upn"));
		register(Map.of("name", "Bad Upn", "upn", "bad upn")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("upn"));
	}

	@Test
	void closestMatchesForgiveCaseAccentsAndTypos() throws Exception {
		String run = run();
		String wanted = "Zoë Van Der Berg-" + run;
		String id = json(register(Map.of("name", wanted, "hrEmployeeId", "HR-Z-" + run))).get("id").asString();
		register(Map.of("name", "Totally Different-" + run, "hrEmployeeId", "HR-T-" + run));

		for (String typed : List.of("zoe van der berg " + run, "ZOË VAN DER BERG-" + run, "Zoe van der Burg " + run,
				"zoe vna der berg " + run)) {
			this.mvc.perform(get("/api/employees").param("name", typed).param("max", "3"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].id").value(id));
		}
		assertThat(this.directory.closestMatches("qqqqqq xxxxx", 5)).isEmpty();
	}

	@Test
	void aLeaversLastWorkingDayIsRecordedAndCleared() throws Exception {
		String id = json(register(Map.of("name", "Lars Leaver", "hrEmployeeId", "HR-L-" + run()))).get("id").asString();

		this.mvc
			.perform(put("/api/employees/{id}/leaving", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"lastWorkingDay\":\"2026-11-30\"}"))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/employees/{id}", id)).andExpect(jsonPath("$.leavingOn").value("2026-11-30"));
		assertThat(this.directory.find(id).orElseThrow().leavingOn()).hasToString("2026-11-30");

		this.mvc.perform(delete("/api/employees/{id}/leaving", id)).andExpect(status().isNoContent());
		this.mvc.perform(get("/api/employees/{id}", id)).andExpect(jsonPath("$.leavingOn").doesNotExist());
		assertThat(this.audit.historyOf("employee", id)).extracting("action")
			.containsExactly("registered", "marked-leaving", "leaving-cleared");
		this.mvc
			.perform(put("/api/employees/{id}/leaving", "missing").contentType(MediaType.APPLICATION_JSON)
				.content("{\"lastWorkingDay\":\"2026-11-30\"}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/employees/{id}/leaving", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"lastWorkingDay\":\"30-11-2026\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lastWorkingDay"));
	}

	@Test
	void anEmployeeCsvWithGoodAndBadRowsStoresTheGoodOnesAndReportsTheBadOnesByRow() throws Exception {
		String run = run();
		String csv = """
				Name,UPN,HR Employee Id,Manager UPN
				Eva Eerste,eva.%1$s@example.org,HR-E-%1$s,
				,nameless.%1$s@example.org,,
				Gijs Geen Id,,,
				"Ruud, de Rare",ruud.%1$s@example.org,HR-R-%1$s,not-a-upn
				Fleur Fijn,,HR-F-%1$s,eva.%1$s@example.org
				""".formatted(run);

		JsonNode report = json(this.mvc.perform(post("/api/employees/import").contentType("text/csv").content(csv))
			.andExpect(status().isOk()));

		assertThat(report.get("created").asInt()).isEqualTo(2);
		assertThat(report.get("rejected").asInt()).isEqualTo(3);
		JsonNode rows = report.get("rows");
		assertThat(rows.get(1).get("row").asInt()).isEqualTo(3);
		assertThat(rows.get(1).get("problems").get(0).get("field").asString()).isEqualTo("name");
		assertThat(rows.get(2).get("problems").get(0).get("reason").asString()).contains("HR employee id is needed");
		assertThat(rows.get(3).get("problems").get(0).get("field").asString()).isEqualTo("managerUpn");
		assertThat(this.directory.findByUpn("eva." + run + "@example.org")).isPresent();
		assertThat(this.directory.findByUpn("ruud." + run + "@example.org")).isEmpty();

		var again = this.employeeImport.importCsv(new StringReader(csv), new Actor("hr", "HR", Channel.HR));
		assertThat(again.created()).isZero();
		assertThat(again.unchanged()).isEqualTo(2);
		assertThat(this.mongo.count(Query.query(Criteria.where("hrEmployeeId").is("HR-F-" + run)), Employee.class))
			.isOne();
	}

	@Test
	void anImportedNameWithMarkupIsRefusedAsTheApiRefusesIt() throws Exception {
		String run = run();
		String csv = """
				Name,UPN
				<script>alert(1)</script> Smit,smit.%1$s@example.org
				""".formatted(run);

		JsonNode report = json(this.mvc.perform(post("/api/employees/import").contentType("text/csv").content(csv))
			.andExpect(status().isOk()));

		assertThat(report.get("created").asInt()).isZero();
		assertThat(report.get("rejected").asInt()).isOne();
		JsonNode problem = report.get("rows").get(0).get("problems").get(0);
		assertThat(problem.get("field").asString()).isEqualTo("name");
		assertThat(problem.get("reason").asString()).isEqualTo("must not contain < or >");
		assertThat(this.directory.findByUpn("smit." + run + "@example.org")).isEmpty();
	}

	@Test
	void tenSimultaneousRegistrationsOfOnePersonMakeOneRecord() throws Exception {
		String upn = "gelijk." + run() + "@example.org";
		ExecutorService pool = Executors.newFixedThreadPool(10);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Employee>> results = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				String hrId = i == 0 ? "HR-G-" + upn : null;
				results.add(pool.submit(() -> {
					start.await();
					return this.directory.register(new NewEmployee("Gert Gelijk", upn, null, hrId, null),
							new Actor("hr", "HR", Channel.HR));
				}));
			}
			start.countDown();
			Set<String> ids = new HashSet<>();
			for (Future<Employee> result : results) {
				ids.add(result.get().id());
			}
			assertThat(ids).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.mongo.count(Query.query(Criteria.where("upn").is(upn)), Employee.class)).isOne();
		assertThat(this.directory.findByUpn(upn).orElseThrow().hrEmployeeId()).isEqualTo("HR-G-" + upn);
	}

	private ResultActions register(Map<String, String> employee) throws Exception {
		return this.mvc.perform(post("/api/employees").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(employee)));
	}

	private JsonNode json(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private static String run() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
