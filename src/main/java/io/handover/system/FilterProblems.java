package io.handover.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.ObjectMapper;

/**
 * RFC 7807 problem details written by a servlet filter or a security handler, which
 * answer before {@link ProblemDetails} (the MVC advice) can: the same shape, one place.
 */
final class FilterProblems {

	private static final ObjectMapper JSON = new ObjectMapper();

	private FilterProblems() {
	}

	/** The body's members in RFC 7807's order; callers may add their own. */
	static Map<String, Object> problem(HttpStatus status, String title, String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		return problem;
	}

	/** Sets the status and writes the body (JSON is UTF-8). */
	static void write(HttpServletResponse response, Map<String, Object> problem) throws IOException {
		write(response, problem, false);
	}

	/** As {@link #write}, with the charset named in the content type as well. */
	static void writeNamingCharset(HttpServletResponse response, Map<String, Object> problem) throws IOException {
		write(response, problem, true);
	}

	private static void write(HttpServletResponse response, Map<String, Object> problem, boolean namingCharset)
			throws IOException {
		response.setStatus((int) problem.get("status"));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (namingCharset) {
			response.setCharacterEncoding("UTF-8");
		}
		JSON.writeValue(response.getOutputStream(), problem);
	}

}
