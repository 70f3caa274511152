package io.handover.system;

import io.handover.common.LogSafe;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the size of a request body before anything reads it. Tomcat limits only form
 * posts, so without this a JSON body of any size would be read into memory — on
 * {@code /api/messages} before the Bot Framework token is even checked, and a 2 MB
 * message text cost about 19 s of parsing. A body over the limit is answered 413 with a
 * problem detail naming the limit; a chunked body is read only up to the limit.
 * <p>
 * CSV imports (paths ending in {@code /import}, up to 50 MB) are not read here at all: a
 * declared length over the limit is refused at once, anything else is handed on as a
 * stream that stops at the limit ({@link BodyTooLarge}, answered 413). So Spring Security
 * decides who may upload before a byte of the body is read, the controller streams it to
 * a file, and {@link ImportGate} bounds how many run at once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class RequestSizeLimit extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestSizeLimit.class);

	private final long messages;

	private final long api;

	private final long imports;

	private final long hrEvents;

	RequestSizeLimit(@Value("${handover.limits.message-body:256KB}") DataSize messages,
			@Value("${handover.limits.api-body:1MB}") DataSize api,
			@Value("${handover.limits.import-body:50MB}") DataSize imports,
			@Value("${handover.limits.hr-event-body:64KB}") DataSize hrEvents) {
		this.messages = messages.toBytes();
		this.api = api.toBytes();
		this.imports = imports.toBytes();
		this.hrEvents = hrEvents.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBody(request)) {
			chain.doFilter(request, response);
			return;
		}
		long limit = limitFor(request.getRequestURI());
		long declared = request.getContentLengthLong();
		if (declared > limit) {
			tooLarge(request, response, limit);
			return;
		}
		if (isImport(request.getRequestURI())) {
			chain.doFilter(new LimitedBody(request, limit), response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
		if (body.length > limit) {
			tooLarge(request, response, limit);
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	private long limitFor(String path) {
		if ("/api/messages".equals(path)) {
			return this.messages;
		}
		if ("/api/hr/events".equals(path) || "/api/hr/youforce/events".equals(path)) {
			// one employment per event: anyone may send it (the signature is checked
			// after), so little is read
			return this.hrEvents;
		}
		return isImport(path) ? this.imports : this.api;
	}

	static boolean isImport(String path) {
		return path.endsWith("/import");
	}

	private static boolean hasBody(HttpServletRequest request) {
		String method = request.getMethod();
		return ("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method))
				&& (request.getContentLengthLong() != 0);
	}

	private static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit)
			throws IOException {
		log.warn("Refused a request body over {} to {}", DataSize.ofBytes(limit), LogSafe.of(request.getRequestURI()));
		// The rest of an oversized body is not worth reading: close the connection.
		response.setHeader("Connection", "close");
		FilterProblems.write(response, problem(request.getRequestURI(), limit));
	}

	static java.util.Map<String, Object> problem(String path, long limit) {
		java.util.Map<String, Object> problem = FilterProblems.problem(HttpStatus.PAYLOAD_TOO_LARGE,
				"Request too large", "The request body is larger than " + readable(limit) + ", the most " + path
						+ " accepts; nothing was changed.");
		problem.put("limit", limit);
		return problem;
	}

	private static String readable(long bytes) {
		if (bytes % (1024 * 1024) == 0) {
			return bytes / (1024 * 1024) + " MB";
		}
		return bytes % 1024 == 0 ? bytes / 1024 + " kB" : bytes + " bytes";
	}

	/**
	 * A body read past its limit while it streams (a chunked upload, or one longer than
	 * it declared): the request is answered 413 ({@code ProblemDetails}).
	 */
	static final class BodyTooLarge extends RuntimeException {

		private final String path;

		private final long limit;

		BodyTooLarge(String path, long limit) {
			super("The request body to " + path + " is larger than " + readable(limit));
			this.path = path;
			this.limit = limit;
		}

		java.util.Map<String, Object> problem() {
			return RequestSizeLimit.problem(this.path, this.limit);
		}

	}

	/** The request with a body that may be read up to the limit, as it arrives. */
	private static final class LimitedBody extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		LimitedBody(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				ServletInputStream in = super.getInputStream();
				String path = ((HttpServletRequest) getRequest()).getRequestURI();
				this.stream = new ServletInputStream() {

					private long read;

					@Override
					public int read() throws IOException {
						int b = in.read();
						if (b >= 0) {
							count(1);
						}
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = in.read(buffer, offset, length);
						if (n > 0) {
							count(n);
						}
						return n;
					}

					private void count(int n) {
						this.read += n;
						if (this.read > LimitedBody.this.limit) {
							throw new BodyTooLarge(path, LimitedBody.this.limit);
						}
					}

					@Override
					public boolean isFinished() {
						return in.isFinished();
					}

					@Override
					public boolean isReady() {
						return in.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						throw new UnsupportedOperationException("synchronous reads only");
					}

				};
			}
			return this.stream;
		}

		@Override
		public java.io.BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding != null
					? java.nio.charset.Charset.forName(encoding) : java.nio.charset.StandardCharsets.UTF_8));
		}

	}

	/** The request with the body already read (within the limit). */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			InputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return this.available() == 0;
				}

				@Override
				public int available() {
					try {
						return in.available();
					}
					catch (IOException ex) {
						return 0;
					}
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("synchronous reads only");
				}

			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			java.nio.charset.Charset charset = java.nio.charset.StandardCharsets.UTF_8;
			try {
				if (getCharacterEncoding() != null) {
					charset = java.nio.charset.Charset.forName(getCharacterEncoding());
				}
			}
			catch (IllegalArgumentException ex) {
				// an unknown charset in the Content-Type: read as UTF-8
			}
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), charset));
		}

	}

}
