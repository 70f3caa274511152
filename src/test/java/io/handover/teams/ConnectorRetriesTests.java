package io.handover.teams;

import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card post a gateway answered with an error may be in the channel already: it is not
 * sent again at once. Everything the same again does no harm to is retried as the SDK
 * did.
 */
class ConnectorRetriesTests {

	final ConnectorRetries retries = new ConnectorRetries();

	@Test
	void aPostAGatewayAnsweredWithAnErrorIsNotSentAgain() {
		for (int status : new int[] { 500, 502, 504 }) {
			assertThat(this.retries.shouldRetry(0, answer("POST", status))).as("POST %s", status).isFalse();
		}
	}

	@Test
	void aPostTheConnectorRefusedForNowIsRetried() {
		assertThat(this.retries.shouldRetry(0, answer("POST", 503))).isTrue();
		assertThat(this.retries.shouldRetry(0, answer("POST", 408))).isTrue();
	}

	@Test
	void anUpdateOrAReadIsRetriedAfterAGatewayErrorThreeTimesAtMost() {
		assertThat(this.retries.shouldRetry(0, answer("PUT", 502))).isTrue();
		assertThat(this.retries.shouldRetry(2, answer("GET", 504))).isTrue();
		assertThat(this.retries.shouldRetry(3, answer("GET", 504))).isFalse();
	}

	@Test
	void answersThatWillNotChangeAreNotRetried() {
		for (int status : new int[] { 400, 403, 404, 429, 501, 505 }) {
			assertThat(this.retries.shouldRetry(0, answer("PUT", status))).as("PUT %s", status).isFalse();
		}
	}

	private static Response answer(String method, int status) {
		RequestBody body = "GET".equals(method) ? null : RequestBody.create("{}", MediaType.get("application/json"));
		Request request = new Request.Builder()
			.url("https://smba.trafficmanager.net/emea/v3/conversations/19:x/activities")
			.method(method, body)
			.build();
		return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(status).message("").build();
	}

}
