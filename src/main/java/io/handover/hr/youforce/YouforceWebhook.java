package io.handover.hr.youforce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import io.handover.hr.HrSync;
import io.handover.hr.WebhookAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * YouForce's webhooks: Visma's webhook dispatcher posts a change of the customer's
 * subscription, signed with the subscription's key ({@link YouforceWebhookSignature}).
 * The message is taken as a signal only, never as data: a verified, fresh message makes
 * YouForce due, so the polling reads the changes through the IAM API within a minute (a
 * rate limit's Retry-After still stands). Unsigned, forged and old messages are refused
 * with problem details and change nothing; the same message twice is answered once.
 */
@RestController
@Tag(name = "HR", description = "HR sources and the job to role profile table")
class YouforceWebhook {

	private static final Logger log = LoggerFactory.getLogger(YouforceWebhook.class);

	static final String PATH = "/api/hr/youforce/events";

	/** Where a message says when it was sent, in the order they are looked for. */
	static final List<String> TIME_FIELDS = List.of("timestamp", "eventTime", "publishedAt", "createdAt");

	private static final String SEEN = "hrWebhookSignatures";

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final ObjectProvider<YouforceWebhookSignature> signature;

	private final ObjectProvider<YouforceHrConnector> source;

	private final HrSync sync;

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Duration tolerance;

	YouforceWebhook(ObjectProvider<YouforceWebhookSignature> signature, ObjectProvider<YouforceHrConnector> source,
			HrSync sync, MongoTemplate mongo, Clock clock,
			@Value("${handover.hr.youforce.webhook-tolerance:15m}") Duration tolerance) {
		this.signature = signature;
		this.source = source;
		this.sync = sync;
		this.mongo = mongo;
		this.clock = clock;
		this.tolerance = tolerance;
		mongo.indexOps(SEEN).ensureIndex(new Index().on("at", Sort.Direction.ASC).expire(Duration.ofDays(1)));
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A change notice from YouForce's webhook dispatcher, signed with the subscription's key",
			description = "Authenticated by its signature, not a token; YouForce is then read within a minute.")
	ResponseEntity<?> receive(@RequestHeader HttpHeaders headers, @RequestBody(required = false) byte[] body) {
		byte[] bytes = body == null ? new byte[0] : body;
		YouforceWebhookSignature key = this.signature.getIfAvailable();
		if (key == null || this.source.getIfAvailable() == null) {
			return WebhookAnswers.problem(HttpStatus.FORBIDDEN, "webhook-disabled",
					"YouForce's webhook is not set up here (handover.hr.youforce.webhook-signature-key and the "
							+ "client's credentials): it accepts nothing");
		}
		String signed = headers.getFirst(key.header());
		if (signed == null || signed.isBlank()) {
			return WebhookAnswers.problem(HttpStatus.UNAUTHORIZED, "signature-missing", "Sign the message: "
					+ key.header() + " (Base64 HMAC-SHA256 of the body with the subscription's key)");
		}
		if (!key.verifies(bytes, signed)) {
			log.warn("Refused a YouForce webhook message with a signature that does not match");
			return WebhookAnswers.problem(HttpStatus.UNAUTHORIZED, "signature-invalid",
					"The signature does not match the body under the subscription's key");
		}
		Instant sentAt;
		try {
			sentAt = sentAt(JSON.readTree(bytes));
		}
		catch (JacksonException unreadable) {
			return WebhookAnswers.problem(HttpStatus.BAD_REQUEST, "invalid", "The body is not JSON");
		}
		if (sentAt == null) {
			return WebhookAnswers.problem(HttpStatus.BAD_REQUEST, "timestamp-missing",
					"The message says not when it was sent (one of " + TIME_FIELDS + ", ISO 8601)");
		}
		Instant now = this.clock.instant();
		if (Duration.between(sentAt, now).abs().compareTo(this.tolerance) > 0) {
			return WebhookAnswers.problem(HttpStatus.UNAUTHORIZED, "timestamp-stale", "The message was sent at "
					+ sentAt + ", more than " + this.tolerance.toMinutes() + " minutes from now (" + now + ")");
		}
		try {
			this.mongo.insert(new Document("_id", "youforce:" + WebhookAnswers.digest(bytes)).append("at",
					java.util.Date.from(now)), SEEN);
		}
		catch (DuplicateKeyException again) {
			return ResponseEntity.ok()
				.header("Idempotent-Replayed", "true")
				.body(Map.of("accepted", true, "duplicate", true));
		}
		boolean due = this.sync.dueNow(YouforceHrConnector.SYSTEM);
		log.info("YouForce's webhook announced a change: YouForce is {}",
				due ? "read within a minute" : "read after the wait it asked for (rate limit)");
		return ResponseEntity.accepted().body(Map.of("accepted", true, "readWithinAMinute", due));
	}

	private static Instant sentAt(JsonNode message) {
		for (String field : TIME_FIELDS) {
			String text = message.path(field).asString("");
			if (!text.isBlank()) {
				try {
					return OffsetDateTime.parse(text.strip()).toInstant();
				}
				catch (DateTimeParseException notATime) {
					return null;
				}
			}
		}
		return null;
	}

}
