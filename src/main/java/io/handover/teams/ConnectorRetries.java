package io.handover.teams;

import com.microsoft.bot.restclient.retry.RetryStrategy;
import okhttp3.Response;

/**
 * The SDK's retries on the connector's timeouts and server errors (at once, up to three
 * times), except for a post a gateway answered 500, 502 or 504: Teams may have taken it,
 * and a card sent again would show twice. Such a post fails to its caller, whose next
 * delivery looks for the card in the channel first ({@link PostedCards}).
 */
final class ConnectorRetries extends RetryStrategy {

	private static final int RETRIES = 3;

	ConnectorRetries() {
		super("handover-connector", true);
	}

	@Override
	public boolean shouldRetry(int retryCount, Response response) {
		int status = response.code();
		if ("POST".equals(response.request().method()) && ConnectorFailure.mayHaveTakenEffect(status)) {
			return false;
		}
		return retryCount < RETRIES && (status == 408 || status >= 500 && status != 501 && status != 505);
	}

}
