package io.handover.system;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code handover.limits.concurrent-imports} CSV uploads at once on this
 * instance. Runs after Spring Security (its filter order is
 * {@value SecurityFilterProperties#DEFAULT_FILTER_ORDER}), so only a caller allowed to
 * import takes a place; one more is answered 503 with {@code Retry-After} before its body
 * is read.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class ImportGate extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(ImportGate.class);

	static final int RETRY_AFTER_SECONDS = 5;

	private final Semaphore places;

	private final int size;

	ImportGate(@Value("${handover.limits.concurrent-imports:2}") int size) {
		this.size = Math.max(1, size);
		this.places = new Semaphore(this.size);
	}

	/** How many imports could start now. */
	int freePlaces() {
		return this.places.availablePermits();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && RequestSizeLimit.isImport(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.places.tryAcquire()) {
			log.warn("Refused an import: {} are running already", this.size);
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
			response.setHeader(HttpHeaders.CONNECTION, "close");
			FilterProblems.write(response,
					FilterProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, "Too many imports at once",
							"Handover is importing " + this.size + " files already; this one was not read "
									+ "and nothing was changed. Send it again in a few seconds."));
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.places.release();
		}
	}

}
