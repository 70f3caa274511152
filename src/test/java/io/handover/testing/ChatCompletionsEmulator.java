package io.handover.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAI-compatible chat completions API on loopback ({@code POST
 * /v1/chat/completions}), as a language model service answers: the bearer key checked,
 * the request's shape checked (a model, messages with a role and text content; else 400
 * with OpenAI's error body), the answer in OpenAI's response shape. It can be told to
 * fail the next requests with a status (429 with {@code Retry-After}, 500, 503, 401 …),
 * to answer slowly, or with no text. Every request is kept.
 */
public final class ChatCompletionsEmulator implements AutoCloseable {

	public static final String KEY = "sk-test-emulator";

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final List<Fault> faults = new CopyOnWriteArrayList<>();

	private volatile Function<Request, String> answer = request -> "A summary.";

	private volatile Duration delay = Duration.ZERO;

	/**
	 * One request as the model received it.
	 *
	 * @param model the model asked for
	 * @param system the system message (instructions)
	 * @param user the user message (the input)
	 * @param maxCompletionTokens the most it may write, or null
	 * @param authorization the Authorization header, or null
	 * @param responseFormat the {@code response_format} asked for (a JSON schema), as
	 * JSON, or null
	 */
	public record Request(String model, String system, String user, Integer maxCompletionTokens, String authorization,
			String responseFormat) {
	}

	private static final class Fault {

		final int status;

		final Long retryAfterMillis;

		final String message;

		int remaining;

		Fault(int status, Long retryAfterMillis, int times, String message) {
			this.status = status;
			this.retryAfterMillis = retryAfterMillis;
			this.remaining = times;
			this.message = message;
		}

	}

	public ChatCompletionsEmulator() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			this.server.setExecutor(Executors.newFixedThreadPool(4));
			this.server.createContext("/", this::handle);
			this.server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The base URL to configure as {@code handover.language.endpoint}. */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/v1";
	}

	/** How the model answers each request from now on. */
	public void answer(Function<Request, String> answer) {
		this.answer = answer;
	}

	/** Answers every request after this long (a slow model). */
	public void delay(Duration delay) {
		this.delay = delay;
	}

	/**
	 * Answers the next {@code times} requests with this status and OpenAI's error body;
	 * for 429 and 503 with {@code retry-after-ms} and {@code Retry-After} when given.
	 */
	public void failNext(int status, Long retryAfterMillis, int times, String message) {
		this.faults.add(new Fault(status, retryAfterMillis, times, message));
	}

	/** Forgets answers, faults, delay and requests. */
	public void reset() {
		this.faults.clear();
		this.requests.clear();
		this.delay = Duration.ZERO;
		this.answer = request -> "A summary.";
	}

	/** Every request received (those answered with a fault too), oldest first. */
	public List<Request> requests() {
		return List.copyOf(this.requests);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!"POST".equals(exchange.getRequestMethod())
					|| !exchange.getRequestURI().getPath().equals("/v1/chat/completions")) {
				error(exchange, 404, "invalid_request_error", "Unknown request URL: " + exchange.getRequestMethod()
						+ " " + exchange.getRequestURI().getPath());
				return;
			}
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			byte[] body = exchange.getRequestBody().readAllBytes();
			JsonNode json;
			try {
				json = JSON.readTree(body);
			}
			catch (RuntimeException unreadable) {
				error(exchange, 400, "invalid_request_error", "We could not parse the JSON body of your request.");
				return;
			}
			Request request = request(json, authorization);
			this.requests.add(request);
			if (!("Bearer " + KEY).equals(authorization)) {
				error(exchange, 401, "invalid_request_error", "Incorrect API key provided.");
				return;
			}
			String invalid = invalid(json);
			if (invalid != null) {
				error(exchange, 400, "invalid_request_error", invalid);
				return;
			}
			for (Fault fault : this.faults) {
				synchronized (fault) {
					if (fault.remaining > 0) {
						fault.remaining--;
						if (fault.retryAfterMillis != null) {
							exchange.getResponseHeaders().add("retry-after-ms", String.valueOf(fault.retryAfterMillis));
							exchange.getResponseHeaders()
								.add("Retry-After", String.valueOf(Math.max(1, (fault.retryAfterMillis + 999) / 1000)));
						}
						error(exchange, fault.status, fault.status == 429 ? "requests" : "server_error", fault.message);
						return;
					}
				}
			}
			if (!this.delay.isZero()) {
				Thread.sleep(this.delay.toMillis());
			}
			String text = this.answer.apply(request);
			Map<String, Object> message = new LinkedHashMap<>();
			message.put("role", "assistant");
			message.put("content", text);
			message.put("refusal", null);
			Map<String, Object> choice = new LinkedHashMap<>();
			choice.put("index", 0);
			choice.put("message", message);
			choice.put("logprobs", null);
			choice.put("finish_reason", "stop");
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("id", "chatcmpl-" + UUID.randomUUID());
			answer.put("object", "chat.completion");
			answer.put("created", System.currentTimeMillis() / 1000);
			answer.put("model", request.model());
			answer.put("choices", text != null ? List.of(choice) : List.of());
			answer.put("usage", Map.of("prompt_tokens", 100, "completion_tokens", 40, "total_tokens", 140));
			send(exchange, 200, JSON.writeValueAsBytes(answer));
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private static Request request(JsonNode json, String authorization) {
		String system = null;
		String user = null;
		for (JsonNode message : json.path("messages")) {
			String role = message.path("role").asString("");
			if ("system".equals(role) || "developer".equals(role)) {
				system = message.path("content").asString(null);
			}
			else if ("user".equals(role)) {
				user = message.path("content").asString(null);
			}
		}
		JsonNode max = json.path("max_completion_tokens");
		JsonNode format = json.path("response_format");
		return new Request(json.path("model").asString(null), system, user, max.isNumber() ? max.asInt() : null,
				authorization, format.isObject() ? format.toString() : null);
	}

	/** What is wrong with the request, as OpenAI says it, or null. */
	private static String invalid(JsonNode json) {
		if (!json.path("model").isString() || json.path("model").asString().isBlank()) {
			return "you must provide a model parameter";
		}
		JsonNode messages = json.path("messages");
		if (!messages.isArray() || messages.isEmpty()) {
			return "[] is too short - 'messages'";
		}
		List<String> roles = new ArrayList<>();
		for (JsonNode message : messages) {
			String role = message.path("role").asString("");
			if (!List.of("system", "developer", "user", "assistant").contains(role)) {
				return "Invalid value: '" + role
						+ "'. Supported values are: 'system', 'developer', 'user', 'assistant'.";
			}
			if (!message.path("content").isString()) {
				return "Invalid type for 'messages[" + roles.size() + "].content': expected a string.";
			}
			roles.add(role);
		}
		return null;
	}

	private static void error(HttpExchange exchange, int status, String type, String message) throws IOException {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("type", type);
		error.put("param", null);
		error.put("code", status == 429 ? "rate_limit_exceeded" : null);
		send(exchange, status, JSON.writeValueAsBytes(Map.of("error", error)));
	}

	private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		exchange.getResponseBody().write(body);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
