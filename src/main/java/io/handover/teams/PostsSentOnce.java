package io.handover.teams;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;

/**
 * Marks the body of every POST to the Bot Connector as one-shot, so OkHttp never resends
 * it after it went out on a connection that then failed: Teams may have taken the
 * message, and a card would show twice. The failure reaches the caller, which looks for
 * the card in the channel before posting it again ({@link PostedCards}). A request that
 * never went out is still sent on a fresh connection, and so is every GET, PUT and DELETE
 * (the same again does no harm).
 */
final class PostsSentOnce implements Interceptor {

	@Override
	public Response intercept(Chain chain) throws IOException {
		Request request = chain.request();
		RequestBody body = request.body();
		if (!"POST".equals(request.method()) || body == null || body.isOneShot()) {
			return chain.proceed(request);
		}
		return chain.proceed(request.newBuilder().post(new OneShot(body)).build());
	}

	private static final class OneShot extends RequestBody {

		private final RequestBody body;

		OneShot(RequestBody body) {
			this.body = body;
		}

		@Override
		public MediaType contentType() {
			return this.body.contentType();
		}

		@Override
		public long contentLength() throws IOException {
			return this.body.contentLength();
		}

		@Override
		public void writeTo(BufferedSink sink) throws IOException {
			this.body.writeTo(sink);
		}

		@Override
		public boolean isOneShot() {
			return true;
		}

	}

}
