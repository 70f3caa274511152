package io.handover.hr;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.handover.common.Limits;
import io.handover.common.LogSafe;
import io.handover.common.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed webhook any HR system can call: one employment as HR now holds it, which
 * Handover compares with what it saw before, like a sync. The caller is authenticated by
 * its signature alone (no bearer token): HMAC-SHA256 with the configured shared secret
 * over {@code <timestamp>.<body>}, the timestamp at most the tolerance (5 minutes) from
 * now. A signature is accepted once (a replay is refused); an {@code Idempotency-Key}
 * sent again with a new signature answers the first outcome and changes nothing. Every
 * refusal is a problem detail (RFC 9457) and changes nothing.
 */
@RestController
@Tag(name = "HR", description = "HR sources and the job to role profile table")
class HrWebhook {

	private static final Logger log = LoggerFactory.getLogger(HrWebhook.class);

	static final String TIMESTAMP = "X-Handover-Timestamp";

	static final String SIGNATURE = "X-Handover-Signature";

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	static final String REQUESTS = "hrWebhookRequests";

	static final String SIGNATURES = "hrWebhookSignatures";

	private static final ObjectMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final HrSync sync;

	private final MongoTemplate mongo;

	private final Clock clock;

	private final byte[] secret;

	private final Duration tolerance;

	HrWebhook(HrSync sync, MongoTemplate mongo, Clock clock, @Value("${handover.hr.webhook.secret:}") String secret,
			@Value("${handover.hr.webhook.tolerance:5m}") Duration tolerance) {
		this.sync = sync;
		this.mongo = mongo;
		this.clock = clock;
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.tolerance = tolerance;
		// a signature older than the window is refused as stale anyway: kept a day, for
		// the replay check and the record
		mongo.indexOps(SIGNATURES).ensureIndex(new Index().on("at", Sort.Direction.ASC).expire(Duration.ofDays(1)));
	}

	/**
	 * One HR event.
	 *
	 * @param system the HR system's name (the key its events and state are filed under)
	 * @param withdrawn the hire will not start (the system deleted it)
	 */
	record Event(String system, String employeeId, String givenName, String familyName, String email, String jobCode,
			String jobTitle, String managerEmployeeId, String managerEmail, LocalDate startDate, LocalDate endDate,
			Boolean withdrawn) {

		HrEmployment employment(Instant receivedAt) {
			return new HrEmployment(this.system == null ? null : this.system.trim(), trim(this.employeeId),
					trim(this.givenName), trim(this.familyName), trim(this.email), trim(this.jobCode),
					trim(this.jobTitle), trim(this.managerEmployeeId), trim(this.managerEmail), this.startDate,
					this.endDate, receivedAt);
		}

		private static String trim(String value) {
			return value == null || value.isBlank() ? null : value.trim();
		}

	}

	@PostMapping(path = "/api/hr/events", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "One HR event, signed with the shared secret (docs/hr.md)",
			description = "Authenticated by its HMAC-SHA256 signature, not a token.")
	ResponseEntity<?> receive(@RequestHeader(name = TIMESTAMP, required = false) String timestamp,
			@RequestHeader(name = SIGNATURE, required = false) String signature,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
			@RequestBody(required = false) byte[] body) {
		byte[] bytes = body == null ? new byte[0] : body;
		if (this.secret.length == 0) {
			return WebhookAnswers.problem(HttpStatus.FORBIDDEN, "webhook-disabled",
					"The HR webhook has no shared secret configured (handover.hr.webhook.secret): it accepts nothing");
		}
		if (timestamp == null || signature == null) {
			return WebhookAnswers.problem(HttpStatus.UNAUTHORIZED, "signature-missing", "Sign the request: " + TIMESTAMP
					+ " (Unix seconds) and " + SIGNATURE + " (sha256=<hex HMAC-SHA256 of '<timestamp>.<body>'>)");
		}
		Instant signedAt;
		try {
			signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp.trim()));
		}
		catch (NumberFormatException | java.time.DateTimeException ex) {
			return WebhookAnswers.problem(HttpStatus.UNAUTHORIZED, "timestamp-invalid",
					TIMESTAMP + " must be the time of signing in Unix seconds");
		}
		String expected = sign(timestamp.trim(), bytes);
		if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				signature.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
			log.warn("Refused an HR event with a signature that does not match");
			return WebhookAnswers.problem(HttpStatus.UNAUTHORIZED, "signature-invalid",
					"The signature does not match the body and timestamp under the shared secret");
		}
		Instant now = this.clock.instant();
		if (Duration.between(signedAt, now).abs().compareTo(this.tolerance) > 0) {
			return WebhookAnswers.problem(HttpStatus.UNAUTHORIZED, "timestamp-stale",
					"The request was signed at " + signedAt + ", more than " + this.tolerance.toMinutes()
							+ " minutes from now (" + now + "): sign it again");
		}
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > Limits.IDEMPOTENCY_KEY) {
			return WebhookAnswers.problem(HttpStatus.BAD_REQUEST, "idempotency-key-required",
					"Give each event an " + IDEMPOTENCY_KEY + " of at most " + Limits.IDEMPOTENCY_KEY
							+ " characters; send it again with a retry");
		}
		try {
			this.mongo.insert(new Document("_id", expected).append("at", java.util.Date.from(now)), SIGNATURES);
		}
		catch (DuplicateKeyException replayed) {
			return WebhookAnswers.problem(HttpStatus.CONFLICT, "replayed",
					"This signed request was received before; a retry is signed again with a new timestamp");
		}
		String digest = WebhookAnswers.digest(bytes);
		Document earlier = this.mongo.findById(idempotencyKey, Document.class, REQUESTS);
		if (earlier != null) {
			if (!digest.equals(earlier.getString("digest"))) {
				return WebhookAnswers.problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "The "
						+ IDEMPOTENCY_KEY + " " + LogSafe.of(idempotencyKey) + " was used for a different event");
			}
			return ResponseEntity.ok()
				.header("Idempotent-Replayed", "true")
				.contentType(MediaType.APPLICATION_JSON)
				.body(earlier.getString("answer"));
		}
		Event event;
		try {
			event = JSON.readValue(bytes, Event.class);
		}
		catch (JacksonException unreadable) {
			return WebhookAnswers.problem(HttpStatus.BAD_REQUEST, "invalid", "The body is not an HR event: "
					+ LogSafe.of(unreadable.getOriginalMessage()) + " (fields: docs/hr.md)");
		}
		List<HrOutcome> outcomes;
		try {
			outcomes = this.sync.receive(event.employment(now), Boolean.TRUE.equals(event.withdrawn()));
		}
		catch (Refusal refused) {
			ProblemDetail problem = WebhookAnswers.detail(
					"invalid".equals(refused.code()) ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT,
					refused.code(), refused.getMessage());
			if (refused.field() != null) {
				problem.setProperty("field", refused.field());
			}
			return ResponseEntity.status(problem.getStatus())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		String answer = JSON.writeValueAsString(Map.of("outcomes", outcomes));
		try {
			this.mongo.insert(new Document("_id", idempotencyKey).append("digest", digest)
				.append("answer", answer)
				.append("at", java.util.Date.from(now)), REQUESTS);
		}
		catch (DuplicateKeyException sameKeyMeanwhile) {
			// the same event applied twice at once: its HR events' keys made it once
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
	}

	/** {@code sha256=<hex>} of {@code <timestamp>.<body>} under the shared secret. */
	String sign(String timestamp, byte[] body) {
		return "sha256=" + sign(this.secret, timestamp, body);
	}

	static String sign(byte[] secret, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
