package io.handover.teams;

import java.util.Optional;

import com.auth0.jwt.exceptions.JWTDecodeException;
import tools.jackson.databind.JsonNode;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.schema.Activity;
import io.handover.common.LogSafe;
import io.handover.system.ActivityBody;
import io.handover.system.PeerAddress;
import io.handover.system.StoreOutage;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/messages}: the one door of the bot. Refuses before anything is
 * processed or stored: a stranger in local mode, a request without a valid Bot Framework
 * token in production, a body that is not an activity.
 */
@RestController
class BotEndpoint {

	private static final Logger log = LoggerFactory.getLogger(BotEndpoint.class);

	private final HandoverAdapter adapter;

	private final Bot bot;

	private final BotSettings settings;

	private final BotTokenCheck tokens;

	private final ServiceUrls serviceUrls;

	BotEndpoint(HandoverAdapter adapter, Bot bot, BotSettings settings, BotTokenCheck tokens, ServiceUrls serviceUrls) {
		this.adapter = adapter;
		this.bot = bot;
		this.settings = settings;
		this.tokens = tokens;
		this.serviceUrls = serviceUrls;
	}

	@PostMapping(path = "/api/messages", consumes = MediaType.ALL_VALUE)
	ResponseEntity<?> receive(@RequestBody(required = false) String body,
			@RequestHeader(name = "Authorization", required = false) String authorization, HttpServletRequest request) {
		if (!this.settings.production() && !PeerAddress.isLoopback(request)) {
			// the TCP peer, never an address taken from X-Forwarded-For or Forwarded
			log.warn("Refused an anonymous activity from {}: local mode answers this machine only",
					PeerAddress.of(request));
			return problem(HttpStatus.UNAUTHORIZED, "Not authenticated",
					"Handover runs in local mode (no MicrosoftAppId) and accepts activities from this machine only.");
		}
		if (!isJson(request.getContentType())) {
			return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type",
					"An activity is sent as application/json, not " + (request.getContentType() == null
							? "without a Content-Type" : "as '" + abbreviated(request.getContentType()) + "'") + ".");
		}
		Activity activity;
		try {
			JsonNode parsed = ActivityBody.parsed(request);
			activity = parsed != null ? IncomingActivity.read(parsed) : IncomingActivity.read(body == null ? "" : body);
		}
		catch (IncomingActivity.MalformedActivity ex) {
			return problem(HttpStatus.BAD_REQUEST, "Malformed activity", ex.getMessage());
		}
		Optional<String> unsafe = this.serviceUrls.refusal(activity.getServiceUrl());
		if (unsafe.isPresent()) {
			log.warn("Refused activity {} from {}: {}", LogSafe.of(activity.getId()), PeerAddress.of(request),
					unsafe.get());
			return problem(HttpStatus.BAD_REQUEST, "Malformed activity",
					"The bot does not answer this activity: " + unsafe.get() + ".");
		}
		if (this.settings.production()) {
			Optional<String> refused = this.tokens.refusal(authorization, activity.getChannelId());
			if (refused.isPresent()) {
				log.warn("Refused activity {} from {}: {}", LogSafe.of(activity.getId()), PeerAddress.of(request),
						refused.get());
				return problem(HttpStatus.UNAUTHORIZED, "Not authenticated",
						"The request does not carry a valid Bot Framework token: " + refused.get() + ".");
			}
		}
		try {
			InvokeResponse invoke = this.adapter.processIncomingActivity(authorization, activity, this.bot).join();
			if (invoke == null) {
				return ResponseEntity.status(HttpStatus.ACCEPTED).build();
			}
			Object responseBody = invoke.getBody();
			return ResponseEntity.status(invoke.getStatus())
				.contentType(MediaType.APPLICATION_JSON)
				.body(responseBody == null ? null : SdkJson.fromSdk(responseBody));
		}
		catch (RuntimeException ex) {
			if (isAuthenticationFailure(ex)) {
				return unauthorized(ex);
			}
			if (StoreOutage.causedBy(ex)) {
				// The Bot Connector redelivers an activity answered with a 5xx: by then
				// the
				// store is likely back.
				log.warn("Store unavailable, activity {} refused with 503 for redelivery: {}",
						LogSafe.of(activity.getId()), LogSafe.of(ex.getMessage()));
				return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
					.header(HttpHeaders.RETRY_AFTER, String.valueOf(StoreOutage.RETRY_AFTER_SECONDS))
					.contentType(MediaType.APPLICATION_PROBLEM_JSON)
					.body(problemOf(HttpStatus.SERVICE_UNAVAILABLE, "Store unavailable",
							"The store is not reachable at the moment; the activity was not processed. Send it again."));
			}
			return failed(activity, ex);
		}
	}

	/**
	 * A failure past the bot's own handling (one thrown before or around the turn, or an
	 * {@code Error} the turn did not catch): a problem with a reference the log holds the
	 * cause under, never Spring's bare error page. The status stays 500 so the connector
	 * and our fault suite see that the service failed.
	 */
	private static ResponseEntity<ProblemDetail> failed(Activity activity, RuntimeException ex) {
		String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
		log.error("Activity {} of type {} failed outside the turn, reference {}", LogSafe.of(activity.getId()),
				LogSafe.of(activity.getType()), reference, ex);
		ProblemDetail problem = problemOf(HttpStatus.INTERNAL_SERVER_ERROR, "Activity failed",
				"The activity could not be processed. Please quote reference " + reference + " when you ask for help.");
		problem.setProperty("reference", reference);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * The SDK reports a bad token as its own exception, or a garbled one as a JWT
	 * decoding error.
	 */
	private static boolean isAuthenticationFailure(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof AuthenticationException || cause instanceof JWTDecodeException) {
				return true;
			}
		}
		return false;
	}

	private ResponseEntity<ProblemDetail> unauthorized(RuntimeException ex) {
		log.warn("Refused an activity: {}", LogSafe.of(ex.getMessage()));
		return problem(HttpStatus.UNAUTHORIZED, "Not authenticated",
				"The request does not carry a valid Bot Framework token.");
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problemOf(status, title, detail));
	}

	private static ProblemDetail problemOf(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	/** The Bot Connector sends {@code application/json}; a JSON subtype is fine too. */
	static boolean isJson(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return MediaType.APPLICATION_JSON.isCompatibleWith(type) && !type.isWildcardType()
					&& !type.isWildcardSubtype() || "json".equals(type.getSubtypeSuffix());
		}
		catch (org.springframework.http.InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static String abbreviated(String text) {
		return text.length() <= 100 ? text : text.substring(0, 100) + "…";
	}

}
