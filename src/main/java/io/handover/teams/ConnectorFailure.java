package io.handover.teams;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;

import com.microsoft.bot.restclient.RestException;

/**
 * What a failed Bot Connector call tells, read once from the failure's causes: the status
 * the connector answered (0 when no answer came), its Retry-After, and whether the call
 * may have taken effect all the same.
 *
 * @param status the HTTP status answered, or 0
 * @param retryAfter the wait the connector asked for (429 and some 503s)
 * @param mayHaveTakenEffect the answer was lost after the request went out, or was a
 * gateway's error: Teams may have taken a post
 * @param refusedUrl Handover refused to call the service URL at all
 */
record ConnectorFailure(int status, Optional<Duration> retryAfter, boolean mayHaveTakenEffect, boolean refusedUrl) {

	/**
	 * A gateway's 500, 502 or 504 comes from in front of the connector: the request may
	 * have reached Teams behind it. A post answered so is never resent blindly.
	 */
	static boolean mayHaveTakenEffect(int status) {
		return status == 500 || status == 502 || status == 504;
	}

	static ConnectorFailure of(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ServiceUrls.ServiceUrlRefused) {
				return new ConnectorFailure(0, Optional.empty(), false, true);
			}
			if (cause instanceof RestException rest && rest.response() != null) {
				int status = rest.response().code();
				return new ConnectorFailure(status, retryAfter(rest.response().headers().get("Retry-After")),
						mayHaveTakenEffect(status), false);
			}
			if (cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof NoRouteToHostException) {
				return new ConnectorFailure(0, Optional.empty(), false, false);
			}
			if (cause instanceof IOException) {
				// the request went out and its answer was lost
				return new ConnectorFailure(0, Optional.empty(), true, false);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return new ConnectorFailure(0, Optional.empty(), false, false);
	}

	/**
	 * The connector will answer the same next time: a service URL refused, or a 4xx other
	 * than a timeout, a lost race (412) or throttling.
	 */
	boolean lasting() {
		return this.refusedUrl || this.status >= 400 && this.status < 500 && this.status != 408 && this.status != 412
				&& this.status != 429;
	}

	private static Optional<Duration> retryAfter(String header) {
		if (header != null && header.trim().matches("\\d{1,9}")) {
			return Optional.of(Duration.ofSeconds(Long.parseLong(header.trim())));
		}
		return Optional.empty();
	}

}
