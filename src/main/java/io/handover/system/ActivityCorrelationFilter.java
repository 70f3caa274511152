package io.handover.system;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import io.handover.common.Correlation;
import tools.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Gives every request a correlation id in the log context (MDC), so the structured logs
 * of one activity can be found together: on the bot endpoint the activity's id and
 * conversation, elsewhere a caller's {@code X-Correlation-Id} or a new one. It also
 * counts the bot endpoint's turns and card actions in {@link HandoverMetrics}, from the
 * activity and the answer, without touching the bot.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ActivityCorrelationFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Correlation-Id";

	static final String CORRELATION_ID = Correlation.ID;

	static final String ACTIVITY_ID = "activityId";

	static final String CONVERSATION_ID = "conversationId";

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9:;@._=-]{1,128}");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HandoverMetrics metrics;

	ActivityCorrelationFilter(HandoverMetrics metrics) {
		this.metrics = metrics;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean activity = "POST".equals(request.getMethod()) && "/api/messages".equals(request.getRequestURI());
		try {
			if (activity) {
				handleActivity(new ReadableBody(request), response, chain);
			}
			else {
				String incoming = request.getHeader(HEADER);
				String id = incoming != null && SAFE_ID.matcher(incoming).matches() ? incoming
						: UUID.randomUUID().toString();
				MDC.put(CORRELATION_ID, id);
				response.setHeader(HEADER, id);
				chain.doFilter(request, response);
			}
		}
		finally {
			MDC.remove(CORRELATION_ID);
			MDC.remove(ACTIVITY_ID);
			MDC.remove(CONVERSATION_ID);
		}
	}

	private void handleActivity(ReadableBody request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		JsonNode activity = request.json();
		ActivityBody.remember(request, activity);
		String activityId = safe(activity.path("id").asString(null));
		String conversationId = safe(activity.path("conversation").path("id").asString(null));
		String id = activityId != null ? activityId : UUID.randomUUID().toString();
		MDC.put(CORRELATION_ID, id);
		if (activityId != null) {
			MDC.put(ACTIVITY_ID, activityId);
		}
		if (conversationId != null) {
			MDC.put(CONVERSATION_ID, conversationId);
		}
		response.setHeader(HEADER, id);

		String type = activity.path("type").asString(null);
		if (!"invoke".equals(type)) {
			chain.doFilter(request, response);
			count(type, response.getStatus());
			return;
		}
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, answer);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			this.metrics.turn(type);
			this.metrics.invoke(verb(activity), "failed");
			this.metrics.error("bot-endpoint");
			throw ex;
		}
		count(type, answer.getStatus());
		if (answer.getStatus() < 300) {
			this.metrics.invoke(verb(activity), outcome(invokeStatus(answer)));
		}
		answer.copyBodyToResponse();
	}

	private void count(String type, int status) {
		if (status == HttpServletResponse.SC_UNAUTHORIZED) {
			// A stranger's request: not a turn.
			this.metrics.error("authentication");
			return;
		}
		this.metrics.turn(type == null ? "unknown" : type);
		if (status >= 500) {
			this.metrics.error("bot-endpoint");
		}
	}

	/** The card action's verb, or the name of any other invoke. */
	private static String verb(JsonNode activity) {
		String verb = activity.path("value").path("action").path("verb").asString(null);
		return verb != null ? verb : activity.path("name").asString("unknown");
	}

	/** Teams reads the invoke's own status from the body: {statusCode, type, value}. */
	private static int invokeStatus(ContentCachingResponseWrapper answer) {
		byte[] body = answer.getContentAsByteArray();
		if (body.length == 0) {
			return answer.getStatus();
		}
		try {
			return JSON.readTree(body).path("statusCode").asInt(answer.getStatus());
		}
		catch (JacksonException ex) {
			return answer.getStatus();
		}
	}

	private static String outcome(int status) {
		if (status < 300) {
			return "ok";
		}
		return status < 500 ? "refused" : "failed";
	}

	private static String safe(String value) {
		return value != null && SAFE_ID.matcher(value).matches() ? value : null;
	}

	/**
	 * The request with its body read once, so both this filter and the bot can read it.
	 */
	private static final class ReadableBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadableBody(HttpServletRequest request) throws IOException {
			super(request);
			this.body = request.getInputStream().readAllBytes();
		}

		JsonNode json() {
			try {
				JsonNode node = JSON.readTree(this.body);
				return node != null ? node : JSON.nullNode();
			}
			catch (JacksonException ex) {
				// The bot answers a malformed body itself.
				return JSON.nullNode();
			}
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("Synchronous reads only");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(this.body),
					encoding != null ? java.nio.charset.Charset.forName(encoding) : StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
