package io.handover.hr;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * What HR's webhooks ({@link HrWebhook}, YouForce's in {@code hr.youforce}) share: the
 * digest that recognises a body sent again, and the problem details (RFC 9457) every
 * refusal is answered with. Public only because Java has no visibility for a sub-package;
 * nothing outside {@code io.handover.hr} uses it.
 */
public final class WebhookAnswers {

	private WebhookAnswers() {
	}

	/** The hex SHA-256 of a request body. */
	public static String digest(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/**
	 * A refusal as problem details with its {@code code}; the detail says nothing was
	 * changed.
	 */
	public static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(detail(status, code, detail));
	}

	/** The problem details of {@link #problem}, for a caller that adds properties. */
	public static ProblemDetail detail(HttpStatus status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail + "; nothing was changed");
		problem.setTitle(status.getReasonPhrase());
		problem.setProperty("code", code);
		return problem;
	}

}
