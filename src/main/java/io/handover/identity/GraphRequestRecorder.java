package io.handover.identity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * Notes every request the Graph client sends (method, path, body; a batch as its inner
 * requests) for the calling thread, so an outcome can say exactly what went out. It sits
 * outside the retry handler: a retried request counts once. Passwords are masked; tokens
 * are headers and never noted.
 */
final class GraphRequestRecorder implements Interceptor {

	private static final Pattern PASSWORD = Pattern.compile("(\"password\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final ThreadLocal<List<DirectoryRequest>> current = new ThreadLocal<>();

	private final String basePath;

	GraphRequestRecorder(String baseUrl) {
		HttpUrl base = HttpUrl.get(baseUrl);
		String path = base.encodedPath();
		this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
	}

	/** Runs the call and answers what it returned with the requests it sent. */
	<T> Recorded<T> record(Supplier<T> call) {
		List<DirectoryRequest> outer = this.current.get();
		List<DirectoryRequest> mine = new ArrayList<>();
		this.current.set(mine);
		try {
			T value = call.get();
			return new Recorded<>(value, List.copyOf(mine));
		}
		finally {
			if (outer != null) {
				outer.addAll(mine);
			}
			this.current.set(outer);
		}
	}

	/** The requests sent so far by the call being recorded on this thread. */
	List<DirectoryRequest> sofar() {
		List<DirectoryRequest> mine = this.current.get();
		return mine != null ? List.copyOf(mine) : List.of();
	}

	@Override
	public Response intercept(Chain chain) throws IOException {
		Request request = chain.request();
		List<DirectoryRequest> into = this.current.get();
		if (into != null) {
			String path = path(request.url());
			String body = body(request);
			if (path.equals("/$batch") && body != null) {
				into.addAll(inner(body));
			}
			else {
				into.add(new DirectoryRequest(request.method(), path, body));
			}
		}
		return chain.proceed(request);
	}

	private String path(HttpUrl url) {
		String path = url.encodedPath();
		if (path.startsWith(this.basePath)) {
			path = path.substring(this.basePath.length());
		}
		path = HttpUrl.get("http://x" + path).pathSegments().stream().reduce("", (a, b) -> a + "/" + b);
		String query = url.query();
		return query != null ? path + "?" + query : path;
	}

	private static String body(Request request) throws IOException {
		if (request.body() == null || request.body().contentLength() == 0) {
			return null;
		}
		Buffer buffer = new Buffer();
		request.body().writeTo(buffer);
		return mask(buffer.readUtf8());
	}

	private static List<DirectoryRequest> inner(String batch) throws IOException {
		List<DirectoryRequest> requests = new ArrayList<>();
		for (JsonNode step : JSON.readTree(batch).path("requests")) {
			JsonNode body = step.get("body");
			String url = step.path("url").asString("");
			requests.add(new DirectoryRequest(step.path("method").asString(""), url.startsWith("/") ? url : "/" + url,
					body != null && !body.isNull() ? mask(JSON.writeValueAsString(body)) : null));
		}
		return requests;
	}

	static String mask(String json) {
		return PASSWORD.matcher(json).replaceAll("$1\"***\"");
	}

	/** A call's result with the requests it sent. */
	record Recorded<T>(T value, List<DirectoryRequest> requests) {
	}

}
