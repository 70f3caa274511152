package io.handover.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A generic REST pass (badge) system on loopback, as the offboarding guard's HTTP adapter
 * expects it: {@code GET /people/{upn}/badges} answers the person's badges, 404 for
 * someone it does not know. It can be told to answer everyone with an error.
 */
public final class PassSystemStub implements AutoCloseable {

	public static final String TOKEN = "pass-system-token";

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final Pattern BADGES = Pattern.compile("^/people/([^/]+)/badges$");

	private final HttpServer server;

	private final Map<String, List<Map<String, String>>> badges = new ConcurrentHashMap<>();

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private volatile int failWith;

	public PassSystemStub() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			this.server.setExecutor(Executors.newFixedThreadPool(2));
			this.server.createContext("/", this::handle);
			this.server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/api";
	}

	/** The person holds an active badge. */
	public void issue(String upn, String badgeId) {
		this.badges.computeIfAbsent(upn.toLowerCase(), u -> new CopyOnWriteArrayList<>())
			.add(new ConcurrentHashMap<>(Map.of("id", badgeId, "status", "active")));
	}

	/** Someone deactivated the badge in the pass system. */
	public void deactivate(String upn, String badgeId) {
		this.badges.getOrDefault(upn.toLowerCase(), List.of())
			.stream()
			.filter(b -> b.get("id").equals(badgeId))
			.forEach(b -> b.put("status", "deactivated"));
	}

	/** The ids of the person's badges that are active now. */
	public List<String> activeBadges(String upn) {
		return this.badges.getOrDefault(upn.toLowerCase(), List.of())
			.stream()
			.filter(b -> "active".equals(b.get("status")))
			.map(b -> b.get("id"))
			.toList();
	}

	/** Every request is answered with this status from now on; 0: served normally. */
	public void failWith(int status) {
		this.failWith = status;
	}

	/** The paths asked, in order. */
	public List<String> requests() {
		return List.copyOf(this.requests);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8)
			.replaceFirst("^/api", "");
		this.requests.add(exchange.getRequestMethod() + " " + path);
		int status;
		String body;
		Matcher badge = BADGES.matcher(path);
		if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			status = 401;
			body = "{\"error\":\"unauthorized\"}";
		}
		else if (this.failWith != 0) {
			status = this.failWith;
			body = "{\"error\":\"pass system unavailable\"}";
		}
		else if (exchange.getRequestMethod().equals("GET") && badge.matches()) {
			List<Map<String, String>> held = this.badges.get(badge.group(1).toLowerCase());
			status = held != null ? 200 : 404;
			body = held != null ? JSON.writeValueAsString(held) : "{\"error\":\"unknown person\"}";
		}
		else {
			status = 404;
			body = "{\"error\":\"no such route\"}";
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
