package io.handover.system;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.ObjectMapper;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.TeamsActivity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Dependency fault of issue 8: the store goes away for a few seconds (the embedded
 * store's listener shut down, every connection dropped, then bound again on the same
 * port). Requests in that window are refused quickly with a 503 that says so — a problem
 * detail for the API, a 503 the Bot Connector redelivers for {@code /api/messages} —
 * nothing is half-written, and the service serves again without a restart.
 */
@BotTest
class StoreOutageTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * Not the driver's default 30 s: twice the server selection timeout (2 s; the driver
	 * retries a failed read or write once) and slack for a loaded build machine.
	 */
	private static final Duration QUICKLY = Duration.ofSeconds(10);

	@Autowired
	MockMvc mvc;

	@Autowired
	StoreConfiguration.EmbeddedStoreHolder store;

	@Autowired
	MongoTemplate mongo;

	@Test
	void whileTheStoreIsDownRequestsGetAQuick503AndTheServiceRecoversWithoutRestart() throws Exception {
		String upn = "sanne.outage." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		String chat = "a:outage-chat-" + UUID.randomUUID();
		TeamsActivity help = TeamsActivity.personalMessage("help")
			.conversation(chat)
			.serviceUrl(ConnectorStub.shared().serviceUrl());

		this.store.stopListening();
		Timed register;
		Timed list;
		Timed turn;
		try {
			register = timed(post("/api/employees").contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(Map.of("name", "Sanne Outage", "upn", upn))));
			list = timed(get("/api/tickets"));
			turn = timed(post("/api/messages").contentType(MediaType.APPLICATION_JSON).content(help.json()));
		}
		finally {
			this.store.listenAgain();
		}

		for (Timed refused : new Timed[] { register, list }) {
			assertThat(refused.result().getResponse().getStatus()).isEqualTo(503);
			assertThat(refused.result().getResponse().getContentType()).isEqualTo("application/problem+json");
			assertThat(refused.result().getResponse().getHeader("Retry-After")).isEqualTo("5");
			assertThat(refused.result().getResponse().getContentAsString()).contains("Store unavailable")
				.contains("nothing was changed")
				.doesNotContain("Exception");
			assertThat(refused.took()).isLessThan(QUICKLY);
		}
		assertThat(turn.result().getResponse().getStatus()).as("the connector redelivers a 503").isEqualTo(503);
		assertThat(turn.result().getResponse().getHeader("Retry-After")).isEqualTo("5");
		assertThat(turn.took()).isLessThan(QUICKLY);

		// Back without a restart: the same requests succeed, and the refused
		// registration left nothing behind.
		assertThat(this.mongo.exists(Query.query(Criteria.where("upn").is(upn)), "employees")).isFalse();
		assertThat(untilServed(post("/api/employees").contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("name", "Sanne Outage", "upn", upn)))).getResponse().getStatus())
			.isEqualTo(201);
		assertThat(untilServed(post("/api/messages").contentType(MediaType.APPLICATION_JSON).content(help.json()))
			.getResponse()
			.getStatus()).isEqualTo(202);
		assertThat(ConnectorStub.shared().sentTo(chat)).as("the redelivered help turn is answered").isNotEmpty();
		MvcResult chain = this.mvc.perform(get("/api/audit/verify")).andReturn();
		assertThat(JSON.readTree(chain.getResponse().getContentAsString()).path("intact").asBoolean()).isTrue();
	}

	private Timed timed(MockHttpServletRequestBuilder request) throws Exception {
		long start = System.nanoTime();
		MvcResult result = this.mvc.perform(request).andReturn();
		return new Timed(result, Duration.ofNanos(System.nanoTime() - start));
	}

	/** The driver finds the store again within its heartbeat; a 503 until then. */
	private MvcResult untilServed(MockHttpServletRequestBuilder request) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		MvcResult result = this.mvc.perform(request).andReturn();
		while (result.getResponse().getStatus() == 503 && System.nanoTime() < deadline) {
			Thread.sleep(200);
			result = this.mvc.perform(request).andReturn();
		}
		return result;
	}

	private record Timed(MvcResult result, Duration took) {
	}

}
