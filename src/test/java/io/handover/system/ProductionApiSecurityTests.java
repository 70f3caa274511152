package io.handover.system;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jwt.JWTClaimsSet;
import io.handover.testing.EntraTokens;
import io.handover.testing.ProductionApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Production mode: Entra ID bearer tokens, checked against a JWK set served on loopback
 * and signed here with a key generated for the test.
 */
class ProductionApiSecurityTests extends ProductionApiTest {

	static final String ISSUER = EntraTokens.ISSUER;

	static final String AUDIENCE = EntraTokens.AUDIENCE;

	private static final EntraTokens TOKENS = EntraTokens.shared();

	@Autowired
	MockMvc mvc;

	@Test
	void noTokenIs401EvenFromLoopback() throws Exception {
		this.mvc.perform(get("/api/assets")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/audit/verify")).andExpect(status().isUnauthorized());
	}

	@Test
	void aForgedExpiredOrForeignTokenIs401() throws Exception {
		call(get("/api/assets"), forged(List.of("Handover.Admin"))).andExpect(status().isUnauthorized());
		call(get("/api/assets"), token(ISSUER, AUDIENCE, List.of("Handover.Admin"), -120L))
			.andExpect(status().isUnauthorized());
		call(get("/api/assets"), token(ISSUER, "api://someone-else", List.of("Handover.Admin"), 3600L))
			.andExpect(status().isUnauthorized());
		call(get("/api/assets"), token("https://login.microsoftonline.com/other-tenant/v2.0", AUDIENCE,
				List.of("Handover.Admin"), 3600L))
			.andExpect(status().isUnauthorized());
	}

	/** Issue 24, finding 4: a token that never expires is refused, saying why. */
	@Test
	void aTokenWithoutExpiryIs401SayingWhy() throws Exception {
		var answer = call(get("/api/assets"), token(ISSUER, AUDIENCE, List.of("Handover.Admin"), null))
			.andExpect(status().isUnauthorized())
			.andReturn()
			.getResponse();

		assertThat(answer.getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
		assertThat(answer.getContentType()).startsWith("application/problem+json");
		assertThat(answer.getContentAsString()).contains("no expiry (exp)");
		// the same token with an expiry is fine
		call(get("/api/assets"), token(ISSUER, AUDIENCE, List.of("Handover.Admin"), 3600L)).andExpect(status().isOk());
	}

	@Test
	void aMissingTokenIs401SayingWhy() throws Exception {
		var answer = this.mvc.perform(get("/api/assets"))
			.andExpect(status().isUnauthorized())
			.andReturn()
			.getResponse();

		assertThat(answer.getContentAsString()).contains("carries no bearer token");
	}

	@Test
	void theWrongRoleIs403() throws Exception {
		String manager = token(ISSUER, AUDIENCE, List.of("Handover.Manager"), 3600L);
		call(post("/api/assets/import").contentType("text/csv").content("type,serial\nlaptop,X"), manager)
			.andExpect(status().isForbidden());
		call(get("/api/assets"), manager).andExpect(status().isForbidden());
		call(get("/api/audit/verify"), token(ISSUER, AUDIENCE, List.of("Handover.IT"), 3600L))
			.andExpect(status().isForbidden());
		call(post("/api/employees/import").contentType("text/csv").content("name\nX"),
				token(ISSUER, AUDIENCE, List.of("Handover.FM"), 3600L))
			.andExpect(status().isForbidden());
		call(get("/api/assets"), token(ISSUER, AUDIENCE, List.of(), 3600L)).andExpect(status().isForbidden());
		// a new Temporary Access Pass is IT's to ask for, not the manager's
		call(post("/api/tickets/JML-0001/temporary-access-pass"), manager).andExpect(status().isForbidden());
	}

	@Test
	void theRightRoleIs200() throws Exception {
		String serial = "PROD" + UUID.randomUUID().toString().substring(0, 8);
		call(post("/api/assets/import").contentType("text/csv").content("type,serialNumber\nlaptop," + serial),
				token(ISSUER, AUDIENCE, List.of("Handover.FM"), 3600L))
			.andExpect(status().isOk());
		call(get("/api/assets/{serial}", serial), token(ISSUER, AUDIENCE, List.of("Handover.HR"), 3600L))
			.andExpect(status().isOk());
		call(get("/api/employees").param("name", "anna"), token(ISSUER, AUDIENCE, List.of("Handover.Manager"), 3600L))
			.andExpect(status().isOk());
		String admin = token(ISSUER, AUDIENCE, List.of("Handover.Admin"), 3600L);
		call(get("/api/audit/verify"), admin).andExpect(status().isOk());
		// the token's user is the actor in the audit trail
		String body = call(get("/api/audit").param("subjectType", "asset").param("subjectId", assetId(serial, admin)),
				admin)
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("\"actorId\":\"oid-of-the-caller\"").contains("\"actorName\":\"Fenna FM\"");
	}

	/**
	 * Issue 24, finding 9: a valid token is not enough for the actuator; only health is
	 * open, the rest is the Administrators' (and Prometheus' scrape credential's).
	 */
	@Test
	void theActuatorBeyondHealthIsForAdministratorsOnly() throws Exception {
		String noRole = token(ISSUER, AUDIENCE, List.of(), 3600L);
		String it = token(ISSUER, AUDIENCE, List.of("Handover.IT"), 3600L);
		String metrics = token(ISSUER, AUDIENCE, List.of("Handover.Metrics"), 3600L);
		String admin = token(ISSUER, AUDIENCE, List.of("Handover.Admin"), 3600L);
		for (String path : new String[] { "/actuator", "/actuator/info", "/actuator/prometheus" }) {
			call(get(path), noRole).andExpect(status().isForbidden());
			call(get(path), it).andExpect(status().isForbidden());
			this.mvc.perform(get(path)).andExpect(status().isUnauthorized());
			assertThat(call(get(path), admin).andReturn().getResponse().getStatus()).as(path).isNotIn(401, 403);
		}
		// the scrape credential reads metrics and nothing else
		assertThat(call(get("/actuator/prometheus"), metrics).andReturn().getResponse().getStatus()).isNotIn(401, 403);
		call(get("/actuator/info"), metrics).andExpect(status().isForbidden());
		call(get("/api/assets"), metrics).andExpect(status().isForbidden());
		String refusal = call(get("/actuator/info"), it).andReturn().getResponse().getContentAsString();
		assertThat(refusal).contains("may call GET /actuator/info");
		assertThat(call(get("/actuator/health"), noRole).andReturn().getResponse().getStatus()).isNotIn(401, 403);
	}

	@Test
	void theBotEndpointHealthAndDocsNeedNoToken() throws Exception {
		int bot = this.mvc.perform(post("/api/messages").contentType("application/json").content("{}"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(bot).isNotIn(401, 403);
		assertThat(this.mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isNotIn(401, 403);
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
	}

	@Test
	void theHrWebhooksNeedNoTokenTheirSignatureIsTheCredential() throws Exception {
		// past the token check: the webhooks themselves answer (issue 21)
		this.mvc.perform(post("/api/hr/events").contentType("application/json").content("{}"))
			.andExpect(jsonPath("$.code").value("signature-missing"));
		this.mvc.perform(post("/api/hr/youforce/events").contentType("application/json").content("{}"))
			.andExpect(jsonPath("$.code").value("webhook-disabled"));
	}

	private String assetId(String serial, String token) throws Exception {
		String body = call(get("/api/assets/{serial}", serial), token).andReturn().getResponse().getContentAsString();
		return body.replaceAll(".*\"assetId\":\"([^\"]+)\".*", "$1");
	}

	private ResultActions call(MockHttpServletRequestBuilder request, String token) throws Exception {
		return this.mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	/**
	 * @param validSeconds null: a token without {@code exp}
	 */
	private static String token(String issuer, String audience, List<String> roles, Long validSeconds) {
		return TOKENS.signed(caller(roles).issuer(issuer)
			.audience(audience)
			.expirationTime(validSeconds == null ? null : Date.from(Instant.now().plusSeconds(validSeconds)))
			.build());
	}

	private static String forged(List<String> roles) {
		return EntraTokens.forged(caller(roles).build());
	}

	private static JWTClaimsSet.Builder caller(List<String> roles) {
		return EntraTokens.claims("oid-of-the-caller", "Fenna FM", null, roles);
	}

}
