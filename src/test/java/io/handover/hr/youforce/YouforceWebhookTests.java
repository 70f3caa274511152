package io.handover.hr.youforce;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import io.handover.hr.HrSourceStatus;
import io.handover.testing.HrSourcesTest;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 21: {@code POST /api/hr/youforce/events}, YouForce's webhook. An unsigned, forged
 * or old message is refused with a problem detail and changes nothing; a signed, fresh
 * one makes YouForce due, so the polling reads its changes within a minute, unless
 * YouForce asked Handover to wait; the same message twice is answered once.
 */
@HrSourcesTest
class YouforceWebhookTests {

	static final String HEADER = "X-VWD-Signature-V1";

	final YouforceWebhookSignature subscription = new YouforceWebhookSignature(HrSourcesTest.YOUFORCE_WEBHOOK_KEY,
			HEADER);

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TestClock clock;

	Instant later;

	@BeforeEach
	void youforceIsDueInHalfAnHour() {
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.later = this.clock.instant().plus(Duration.ofMinutes(30));
		this.mongo.save(youforceState(null));
	}

	@Test
	void anUnsignedMessageIsRefusedAndChangesNothing() throws Exception {
		this.mvc.perform(post(YouforceWebhook.PATH).contentType(MediaType.APPLICATION_JSON).content(message(0)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("signature-missing"));

		assertThat(nextAttempt()).isEqualTo(this.later);
	}

	@Test
	void aForgedOrTamperedMessageIsRefusedAndChangesNothing() throws Exception {
		String body = message(0);
		String forged = new YouforceWebhookSignature("someone-elses-key", HEADER)
			.signatureOf(body.getBytes(StandardCharsets.UTF_8));
		this.mvc.perform(
				post(YouforceWebhook.PATH).contentType(MediaType.APPLICATION_JSON).header(HEADER, forged).content(body))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("signature-invalid"));

		String tampered = body.replace("1001", "1002");
		this.mvc
			.perform(post(YouforceWebhook.PATH).contentType(MediaType.APPLICATION_JSON)
				.header(HEADER, sign(body))
				.content(tampered))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("signature-invalid"));

		assertThat(nextAttempt()).isEqualTo(this.later);
	}

	@Test
	void anOldMessageIsRefusedEvenWithItsSignature() throws Exception {
		this.mvc.perform(signed(message(-20)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("timestamp-stale"));

		this.mvc.perform(signed("{\"eventType\":\"employment.changed\",\"personCode\":\"1001\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("timestamp-missing"));

		assertThat(nextAttempt()).isEqualTo(this.later);
	}

	@Test
	void aSignedFreshMessageMakesYouforceDueAndTheSameMessageTwiceIsAnsweredOnce() throws Exception {
		String body = message(-2);

		this.mvc.perform(signed(body))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.readWithinAMinute").value(true));
		assertThat(nextAttempt()).isEqualTo(this.clock.instant());

		this.mongo.save(youforceState(null));
		this.mvc.perform(signed(body))
			.andExpect(status().isOk())
			.andExpect(header().string("Idempotent-Replayed", "true"));
		assertThat(nextAttempt()).as("the repeat changed nothing").isEqualTo(this.later);
	}

	@Test
	void aRateLimitsWaitStands() throws Exception {
		this.mongo.save(youforceState("RATE_LIMITED"));

		this.mvc.perform(signed(message(-1)))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.readWithinAMinute").value(false));

		assertThat(nextAttempt()).isEqualTo(this.later);
	}

	private MockHttpServletRequestBuilder signed(String body) {
		return post(YouforceWebhook.PATH).contentType(MediaType.APPLICATION_JSON)
			.header(HEADER, sign(body))
			.content(body);
	}

	private String sign(String body) {
		return this.subscription.signatureOf(body.getBytes(StandardCharsets.UTF_8));
	}

	/** A change notice sent this many minutes from now, unique per call. */
	private String message(int minutes) {
		return "{\"messageId\":\"" + java.util.UUID.randomUUID() + "\",\"eventType\":\"employment.changed\","
				+ "\"timestamp\":\"" + this.clock.instant().plus(Duration.ofMinutes(minutes))
				+ "\",\"personCode\":\"1001\"}";
	}

	private HrSourceStatus youforceState(String failureKind) {
		return new HrSourceStatus(YouforceHrConnector.SYSTEM, this.clock.instant().minus(Duration.ofHours(1)), null,
				null, null, null, failureKind == null ? 0 : 1, failureKind == null ? null : this.clock.instant(),
				failureKind == null ? null : "Visma YouForce asked Handover to slow down (429)", failureKind,
				this.later, null);
	}

	private Instant nextAttempt() {
		return this.mongo.findById(YouforceHrConnector.SYSTEM, HrSourceStatus.class).nextAttemptAt();
	}

}
