package io.handover;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.handover.HostileInput.Expect;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.task.TaskStatus;
import io.handover.testing.Surnames;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.TeamsActivity;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Issue 8, bad input: thousands of generated malformed and hostile requests against
 * {@code /api/messages} and the REST API (see {@link HostileInputs} for the classes).
 * None may get a server error or show a stack trace; every refusal says what was wrong (a
 * problem detail with a detail, an invoke error with a message, or a card with the
 * corrections); and the store holds exactly what it held before.
 *
 * <p>
 * {@code ./mvnw verify} runs 2,000 inputs. The full run:
 * {@code ./mvnw -B verify -Dtest=BadInputTests -Dhandover.bad-input.cases=12000} (and
 * {@code -Dhandover.bad-input.seed=N} for other inputs). Either prints the figures and
 * writes them to {@code target/bad-input-report.md}.
 */
@BotTest
class BadInputTests {

	static final int CASES = Integer.getInteger("handover.bad-input.cases", 2_000);

	static final long SEED = Long.getLong("handover.bad-input.seed", 8);

	private static final ObjectMapper JSON = new ObjectMapper();

	/** A Java stack frame or an exception's class name. */
	private static final Pattern STACK_TRACE = Pattern.compile(
			"\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(|[A-Z]\\w*(Exception|Error)\\b|\\bjava\\.[a-z]+\\.|\\bio\\.handover\\.");

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TicketManagement tickets;

	ConnectorStub connector = ConnectorStub.shared();

	@Test
	void malformedAndHostileInputsAreRefusedSayingWhyAndChangeNothing() throws Exception {
		HostileInputs generator = new HostileInputs(SEED, fixture());
		List<HostileInput> inputs = generator.generate(CASES);
		StoreSnapshot before = StoreSnapshot.settled(this.mongo);

		Map<String, Figures> figures = new LinkedHashMap<>();
		generator.kinds().forEach(kind -> figures.put(kind, new Figures()));
		List<String> failures = new ArrayList<>();
		long started = System.nanoTime();
		for (HostileInput input : inputs) {
			Outcome outcome = send(input);
			figures.get(input.kind()).add(outcome, input.expect());
			if (outcome.failure(input.expect()) != null && failures.size() < 25) {
				failures.add(outcome.failure(input.expect()) + "\n    input: " + input.describe() + "\n    answer: "
						+ outcome.status() + " " + abbreviated(outcome.body()));
			}
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		List<String> changes = StoreSnapshot.settled(this.mongo).changesSince(before);

		String report = report(figures, changes, took, before.size());
		System.out.println(report);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/bad-input-report.md"), report, StandardCharsets.UTF_8);

		assertThat(inputs).hasSizeGreaterThanOrEqualTo(CASES - generator.kinds().size());
		assertThat(failures).as("inputs answered wrongly").isEmpty();
		assertThat(changes).as("state changed by invalid inputs").isEmpty();
	}

	private Outcome send(HostileInput input) throws Exception {
		String path = input.pathVariable() == null ? input.path() : input.path()
			.replace("{id}", UriUtils.encodePathSegment(input.pathVariable(), StandardCharsets.UTF_8));
		URI uri = URI.create(path + (input.query() != null ? "?" + input.query() : ""));
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(input.method()), uri);
		if (input.contentType() != null) {
			request.contentType(input.contentType());
		}
		if (input.body() != null) {
			request.content(input.body().getBytes(StandardCharsets.UTF_8));
		}
		MvcResult result;
		try {
			result = this.mvc.perform(request).andReturn();
		}
		catch (Exception ex) {
			// Escaped every handler: a real server answers 500.
			Throwable root = ex;
			while (root.getCause() != null) {
				root = root.getCause();
			}
			StackTraceElement where = root.getStackTrace().length > 0 ? root.getStackTrace()[0] : null;
			return new Outcome(500, null, "(unhandled " + root + " at " + where + ")");
		}
		return new Outcome(result.getResponse().getStatus(), result.getResponse().getContentType(),
				result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/**
	 * A team with General linked to IT and Facilities, in another team, to FM, one staff
	 * member each (ids no other test uses), and an open joiner ticket.
	 */
	private HostileInputs.Fixture fixture() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Member it = new Member("29:bad-input-it-" + suffix, "aad-bad-input-it-" + suffix, "Peter de Boer",
				"peter." + suffix + "@contoso.example");
		Member fm = new Member("29:bad-input-fm-" + suffix, "aad-bad-input-fm-" + suffix, "Fenna Smit",
				"fenna." + suffix + "@contoso.example");
		String itTeam = "19:bad-input-it-" + suffix + "@thread.tacv2";
		String fmTeam = "19:bad-input-fm-" + suffix + "@thread.tacv2";
		install(itTeam, it, "IT");
		install(fmTeam, fm, "FM");

		String name = "Anna de Vries Badinput" + Surnames.letters();
		NewTicket joiner = new NewTicket(TicketKind.JOINER,
				new NewTicket.Person(null, name, "anna." + suffix + "@contoso.example", null, null),
				new ManagerRef("maria.jansen@contoso.example", "Maria Jansen"), "account-manager", null,
				LocalDate.of(2027, 3, 1), WorkLocation.OFFICE, null, null, null);
		TicketView ticket = this.tickets.open(joiner, new Actor("aad-maria", "Maria Jansen", Channel.TEAMS), null);
		return new HostileInputs.Fixture(this.connector.serviceUrl(), itTeam, it, fm, ticket.key(),
				openTask(ticket, "IT").id(), openTask(ticket, "FM").id(), ticket.employee().id());
	}

	private void install(String teamId, Member member, String department) throws Exception {
		this.connector.channels(teamId, List.of(new ConnectorStub.Channel(teamId, null)));
		this.connector.roster(teamId, List.of(member));
		post(TeamsActivity.botAddedToTeam().team(teamId, "Bad input " + department));
		// the Administrator of the test configuration: only an Administrator's link
		// counts
		TeamsActivity link = TeamsActivity.channelMessage("link " + department)
			.team(teamId, "Bad input")
			.from("29:ada-admin", "aad-ada-admin", "Ada Admin");
		link.node().withObjectProperty("channelData").putObject("channel").put("id", teamId);
		link.conversation(teamId + ";messageid=" + UUID.randomUUID());
		post(link);
	}

	private void post(TeamsActivity activity) throws Exception {
		int status = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/messages")
				.contentType(MediaType.APPLICATION_JSON)
				.content(activity.serviceUrl(this.connector.serviceUrl()).json()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isLessThan(300);
	}

	private static TaskView openTask(TicketView ticket, String department) {
		return ticket.tasks()
			.stream()
			.filter(t -> t.department().equals(department) && t.status() == TaskStatus.OPEN
					&& t.inputsNeeded().isEmpty())
			.findFirst()
			.orElseThrow();
	}

	private static String report(Map<String, Figures> figures, List<String> changes, Duration took, int collections) {
		StringBuilder table = new StringBuilder();
		table.append("| class of input | sent | refused, saying why | answered harmlessly | 5xx | stack trace | "
				+ "refused without a reason | accepted though invalid |\n");
		table.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
		Figures total = new Figures();
		figures.forEach((kind, f) -> {
			table.append(f.row(kind));
			total.addAll(f);
		});
		table.append(total.row("**all**"));
		table.append("\nState changes (")
			.append(collections)
			.append(" collections compared by count and hash, the audit trail without its refusal entries): ")
			.append(changes.isEmpty() ? "0" : changes.size() + " — " + String.join("; ", changes))
			.append("\n\nSeed ")
			.append(SEED)
			.append(", ")
			.append(total.sent)
			.append(" inputs in ")
			.append(took.toSeconds())
			.append(" s (MockMvc, in-memory embedded store).\n");
		return table.toString();
	}

	private static String abbreviated(String text) {
		return text.length() > 400 ? text.substring(0, 400) + "…" : text;
	}

	/** The answer to one input, judged. */
	record Outcome(int status, String contentType, String body) {

		boolean serverError() {
			return this.status >= 500 || invokeStatus() >= 500;
		}

		boolean leaksInternals() {
			return STACK_TRACE.matcher(this.body).find();
		}

		/** Refused, and the answer says why. */
		boolean explainedRefusal() {
			if (this.status >= 400 && this.status < 500) {
				return !problemDetail().isBlank() || !invokeMessage().isBlank();
			}
			int invoke = invokeStatus();
			if (invoke >= 400 && invoke < 500) {
				return !invokeMessage().isBlank();
			}
			// a card that shows corrections next to their fields, or a refusal card
			return invoke == 200 && this.body.contains("\"color\":\"Attention\"");
		}

		boolean refused() {
			return this.status >= 400 && this.status < 500 || invokeStatus() >= 400 && invokeStatus() < 500
					|| explainedRefusal();
		}

		/** Why this answer is wrong, or null. */
		String failure(Expect expect) {
			if (serverError()) {
				return "a server error";
			}
			if (leaksInternals()) {
				return "a stack trace or exception name in the answer";
			}
			if (refused() && !explainedRefusal()) {
				return "a refusal that does not say what was wrong";
			}
			if (expect == Expect.REFUSED && !refused()) {
				return "an invalid input was accepted";
			}
			return null;
		}

		private JsonNode json() {
			try {
				return this.body.isBlank() ? JSON.missingNode() : JSON.readTree(this.body);
			}
			catch (Exception ex) {
				return JSON.missingNode();
			}
		}

		private String problemDetail() {
			return this.contentType != null && this.contentType.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
					? json().path("detail").asString("") : "";
		}

		private int invokeStatus() {
			return json().path("statusCode").asInt(0);
		}

		private String invokeMessage() {
			return json().path("value").path("message").asString("");
		}

	}

	/** The figures of one class of input. */
	static final class Figures {

		int sent;

		int refused;

		int answered;

		int serverErrors;

		int leaks;

		int unexplained;

		int accepted;

		void add(Outcome outcome, Expect expect) {
			this.sent++;
			if (outcome.serverError()) {
				this.serverErrors++;
			}
			if (outcome.leaksInternals()) {
				this.leaks++;
			}
			if (outcome.refused() && outcome.explainedRefusal()) {
				this.refused++;
			}
			else if (outcome.refused()) {
				this.unexplained++;
			}
			else if (!outcome.serverError() && expect == Expect.REFUSED) {
				this.accepted++;
			}
			else if (!outcome.serverError()) {
				this.answered++;
			}
		}

		void addAll(Figures other) {
			this.sent += other.sent;
			this.refused += other.refused;
			this.answered += other.answered;
			this.serverErrors += other.serverErrors;
			this.leaks += other.leaks;
			this.unexplained += other.unexplained;
			this.accepted += other.accepted;
		}

		String row(String kind) {
			return "| " + kind + " | " + this.sent + " | " + this.refused + " | " + this.answered + " | "
					+ this.serverErrors + " | " + this.leaks + " | " + this.unexplained + " | " + this.accepted
					+ " |\n";
		}

	}

}
