package io.handover.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.handover.e2e.Playground.Sent;
import io.handover.testing.TestClockConfiguration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: the README's "The first hour", followed word for word by a newcomer. The
 * steps are read from the README (between its {@code first-hour} markers), so the
 * walkthrough and this test cannot drift: every shell command of it is run as written
 * (pointed at this run's ports), every message it says to write is written in the chat it
 * names, every button it says to click is clicked. Handover runs as the walkthrough
 * starts it: the {@code trial} profile, local mode, no Microsoft Graph (the directory
 * runs dry); the Playground runs with the repository's {@code .m365agentsplayground.yml}.
 * Today is Monday 23 November 2026.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("trial")
@Import(TestClockConfiguration.class)
@ExtendWith(PlaygroundExtension.class)
@Tag("e2e")
class FirstHourInPlaygroundTests {

	private static final Pattern WALKTHROUGH = Pattern
		.compile("<!-- first-hour:start -->\\n(.*?)<!-- first-hour:end -->", Pattern.DOTALL);

	/** A shell block, a message written in a chat, a button clicked, a page opened. */
	private static final Pattern STEP = Pattern
		.compile("```bash\\n(.*?)```" + "|In \\*\\*([^*]+)\\*\\*, write\\s+`([^`]+)`" + "|click\\s+\\*\\*([^*]+)\\*\\*"
				+ "|open\\s+(http://localhost:3978/trial)\\b", Pattern.DOTALL);

	private static final Duration DELIVERY = Duration.ofSeconds(30);

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	Environment environment;

	/** What the newcomer saw last in the chat they wrote in: its card is clicked next. */
	private PlaygroundMessage lastReply;

	private final List<String> done = new ArrayList<>();

	@Test
	void aNewcomerFollowsTheFirstHourOfTheReadmeWordForWord(Playground playground) throws Exception {
		List<Step> steps = steps();
		assertThat(steps).as("the walkthrough's steps").hasSizeGreaterThanOrEqualTo(12);

		for (Step step : steps) {
			step.run(this, playground);
			this.done.add(step.toString());
		}

		// What the README promises at the end: Jan's return card, in his own chat, shows
		// the laptop returned, and the ticket's IT card in General shows Iris's work.
		JsonNode jan = awaitSent(
				card -> "Jan Bakker".equals(card.path("chat").asString()) && card.toString().contains("Returned on"),
				"Jan's return card with the laptop returned");
		assertThat(jan.path("kind").asString()).isEqualTo("PERSONAL");
		assertThat(jan.toString()).contains("PF-JB-2211", "F2LX-JB-7781", "PASS-4711");
		JsonNode it = awaitSent(card -> "General".equals(card.path("chat").asString())
				&& card.toString().contains("Lotte de Wit") && card.toString().contains("PF3XK9Q2"),
				"IT's card for Lotte with the laptop");
		assertThat(it.toString()).contains("Done by Iris van Dam");
	}

	/** The walkthrough's steps, in the README's order. */
	static List<Step> steps() throws IOException {
		Matcher walkthrough = WALKTHROUGH.matcher(Files.readString(Path.of("README.md")));
		assertThat(walkthrough.find()).as("the README marks its first hour").isTrue();
		List<Step> steps = new ArrayList<>();
		Matcher step = STEP.matcher(walkthrough.group(1));
		while (step.find()) {
			if (step.group(1) != null) {
				step.group(1)
					.lines()
					.map(String::strip)
					.filter(line -> !line.isEmpty())
					.forEach(line -> steps.add(new Command(line)));
			}
			else if (step.group(2) != null) {
				steps.add(new Write(step.group(2), step.group(3).replaceAll("\\s+", " ")));
			}
			else if (step.group(4) != null) {
				steps.add(new Click(step.group(4)));
			}
			else {
				steps.add(new Open(step.group(5)));
			}
		}
		return steps;
	}

	sealed interface Step permits Command, Write, Click, Open {

		void run(FirstHourInPlaygroundTests test, Playground playground) throws Exception;

	}

	/** A line of a shell block, run as written. */
	record Command(String line) implements Step {

		@Override
		public void run(FirstHourInPlaygroundTests test, Playground playground) throws Exception {
			test.command(this.line, playground);
		}

	}

	/** "In **chat**, write `text`". */
	record Write(String chat, String text) implements Step {

		@Override
		public void run(FirstHourInPlaygroundTests test, Playground playground) {
			test.write(this.chat, this.text, playground);
		}

	}

	/** "click **button**" on the card last seen. */
	record Click(String button) implements Step {

		@Override
		public void run(FirstHourInPlaygroundTests test, Playground playground) {
			test.click(this.button, playground);
		}

	}

	/** "open http://localhost:3978/trial". */
	record Open(String url) implements Step {

		@Override
		public void run(FirstHourInPlaygroundTests test, Playground playground) throws Exception {
			test.open(this.url);
		}

	}

	private void command(String line, Playground playground) throws Exception {
		if (line.startsWith("./mvnw ")) {
			// This run is that Handover: the command must start it as this test runs it.
			assertThat(line).startsWith("./mvnw spring-boot:run ");
			Matcher profile = Pattern.compile("-Dspring-boot\\.run\\.profiles=(\\S+)").matcher(line);
			assertThat(profile.find()).as(line).isTrue();
			assertThat(this.environment.getActiveProfiles()).contains(profile.group(1).split(","));
			return;
		}
		if (line.startsWith("npx ")) {
			// This run's Playground: the version the tests install, the repository's
			// configuration, the bot endpoint of the walkthrough.
			String pinned = JSON.readTree(Files.readString(Path.of("src", "test", "node", "package.json")))
				.path("dependencies")
				.path("@microsoft/m365agentsplayground")
				.asString();
			assertThat(line).contains("@microsoft/m365agentsplayground@" + pinned + " ")
				.endsWith("-e http://localhost:3978/api/messages -c msteams");
			assertThat(playground.config().path("bot").path("name").asString()).isEqualTo("Handover");
			assertThat(playground.config().path("currentUser").path("name").asString())
				.isEqualTo(MockTenant.MANAGER.name());
			return;
		}
		assertThat(line).as("a command the walkthrough may run").matches("(curl|node) .*");
		Instant deadline = Instant.now().plus(DELIVERY);
		while (true) {
			Result result = shell(line, playground);
			if (result.exit() == 0) {
				if (line.startsWith("curl ")) {
					assertThat(result.output()).as(line).contains("\"rejected\":0").doesNotContain("\"status\":4");
				}
				else {
					assertThat(result.output()).as(line).contains(" pressed ").doesNotContain("Not allowed");
				}
				return;
			}
			// the card the command presses is delivered in the background: wait for it
			if (!result.output().contains("No card Handover sent") || Instant.now().isAfter(deadline)) {
				throw new AssertionError("After " + this.done + ":\n" + line + " failed: " + result.output());
			}
			Thread.sleep(300);
		}
	}

	private void write(String chat, String text, Playground playground) {
		Sent sent;
		if (chat.equals("Personal Chat")) {
			sent = playground.say(MockTenant.PERSONAL_CHAT, text);
		}
		else {
			String channel = switch (chat) {
				case "General" -> MockTenant.GENERAL_CHANNEL;
				case "Facilities" -> MockTenant.FACILITIES_CHANNEL;
				default -> throw new AssertionError("No chat called " + chat + " in the Playground");
			};
			assertThat(text).as("in a channel the bot hears only a mention").startsWith("@Handover ");
			if (channel.equals(MockTenant.GENERAL_CHANNEL)) {
				// opening the team in the page installs the bot there; a reader does the
				// next step once the bot has greeted the team (the installation event and
				// the mention would otherwise race: "Install Handover in this team
				// first")
				playground.install(channel);
				playground.awaitMessage(m -> m.fromBot() && m.conversationId().startsWith(channel)
						&& m.cardText().contains("installed in this team"), Playground.DEFAULT_WAIT);
			}
			sent = playground.mention(channel, text.substring("@Handover ".length()));
		}
		this.lastReply = playground.replyTo(sent);
		assertThat(this.lastReply.cardText()).as("the answer to " + text)
			.doesNotContain("did not understand")
			.doesNotContain("Not allowed")
			.doesNotContain("employee register");
		if (text.startsWith("@Handover link")) {
			assertThat(this.lastReply.cardText()).as("Maria is the trial's Administrator").contains("Channel linked");
		}
	}

	private void click(String button, Playground playground) {
		assertThat(this.lastReply).as("a card to click " + button + " on").isNotNull();
		Map<String, String> shown = new LinkedHashMap<>();
		walk(this.lastReply.card(), node -> {
			if (node.path("type").asString().startsWith("Input.") && node.hasNonNull("id")) {
				shown.put(node.path("id").asString(), node.path("value").asString(""));
			}
		});
		JsonNode answer = playground.clickAction(MockTenant.MANAGER, this.lastReply, button, shown);
		assertThat(answer.toString()).as("the status card after " + button).contains("JML-").doesNotContain("error");
	}

	private void open(String url) throws Exception {
		String port = this.environment.getProperty("local.server.port");
		HttpResponse<String> page = get(url.replace(":3978", ":" + port));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("What Handover sent");
		awaitSent(card -> "Jan Bakker".equals(card.path("chat").asString())
				&& card.toString().contains("I returned this"), "Jan's return card");
	}

	private JsonNode awaitSent(java.util.function.Predicate<JsonNode> matching, String what) throws Exception {
		String port = this.environment.getProperty("local.server.port");
		Instant deadline = Instant.now().plus(DELIVERY);
		while (true) {
			JsonNode sent = JSON.readTree(get("http://localhost:" + port + "/trial/messages").body());
			for (JsonNode card : sent) {
				if (matching.test(card)) {
					return card;
				}
			}
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("No " + what + " in /trial/messages after " + this.done + ": " + sent);
			}
			Thread.sleep(300);
		}
	}

	private Result shell(String line, Playground playground) throws Exception {
		String port = this.environment.getProperty("local.server.port");
		ProcessBuilder builder = new ProcessBuilder("bash", "-c", line.replace("localhost:3978", "localhost:" + port))
			.redirectErrorStream(true);
		builder.environment().put("HANDOVER_URL", "http://localhost:" + port);
		builder.environment().put("PLAYGROUND_URL", playground.url().toString().replaceAll("/$", ""));
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

	private record Result(int exit, String output) {
	}

	private HttpResponse<String> get(String url) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void walk(JsonNode node, Consumer<JsonNode> visit) {
		if (node.isObject()) {
			visit.accept(node);
		}
		if (node.isContainer()) {
			for (JsonNode child : node) {
				walk(child, visit);
			}
		}
	}

}
