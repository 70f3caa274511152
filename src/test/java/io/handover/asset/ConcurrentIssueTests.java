package io.handover.asset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.handover.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Many people issuing the same laptop at once: it ends up on exactly one name. */
@ApiTest
class ConcurrentIssueTests {

	private static final int THREADS = 20;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	MongoTemplate mongo;

	@Test
	void twentyThreadsIssuingTheSameUnknownSerialToDifferentEmployeesExactlyOneSucceeds() throws Exception {
		assertExactlyOneWins(AssetRegisterApiTests.serial());
	}

	@Test
	void twentyThreadsIssuingTheSameSerialFromStockExactlyOneSucceeds() throws Exception {
		String serial = AssetRegisterApiTests.serial();
		this.mvc
			.perform(post("/api/assets/import").contentType("text/csv")
				.content("type,serialNumber\nlaptop," + serial + "\n"))
			.andReturn();
		assertThat(this.mongo.count(Query.query(Criteria.where("serialNumber").is(serial)), Asset.class)).isOne();

		assertExactlyOneWins(serial);
	}

	private void assertExactlyOneWins(String serial) throws Exception {
		List<String> employees = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			employees.add(register("Racer " + i));
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<MockHttpServletResponse>> results = new ArrayList<>();
		try {
			for (String employee : employees) {
				Callable<MockHttpServletResponse> issue = () -> {
					start.await();
					return this.mvc
						.perform(post("/api/assets/issue").contentType(MediaType.APPLICATION_JSON)
							.content(this.json.writeValueAsString(
									Map.of("employeeId", employee, "type", "laptop", "serialNumber", serial))))
						.andReturn()
						.getResponse();
				};
				results.add(pool.submit(issue));
			}
			start.countDown();
			int ok = 0;
			int refused = 0;
			for (Future<MockHttpServletResponse> result : results) {
				MockHttpServletResponse response = result.get();
				if (response.getStatus() == 200) {
					ok++;
				}
				else {
					assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(409);
					assertThat(this.json.readTree(response.getContentAsString()).get("code").asString())
						.isEqualTo("asset-assigned");
					refused++;
				}
			}
			assertThat(ok).isOne();
			assertThat(refused).isEqualTo(THREADS - 1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.mongo.count(Query.query(Criteria.where("serialNumber").is(serial)), Asset.class)).isOne();
		assertThat(this.mongo.count(Query.query(Criteria.where("serialNumber").is(serial)), Assignment.class)).isOne();
		long holders = 0;
		for (String employee : employees) {
			holders += this.mongo.count(Query.query(Criteria.where("current.employeeId").is(employee)), Asset.class);
		}
		assertThat(holders).isOne();
	}

	private String register(String name) throws Exception {
		String response = this.mvc
			.perform(post("/api/employees").contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("name", name, "hrEmployeeId", "HR-" + UUID.randomUUID()))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode employee = this.json.readTree(response);
		return employee.get("id").asString();
	}

}
