package io.handover.cards;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue as the bot uses it: languages, dates, actions, size and start-up checks.
 */
class CardsTests {

	private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	private final Cards cards = CardFixtures.cards();

	@Test
	void aDutchUserGetsDutchTextsAndDayMonthYearDates() {
		CardFixtures.Fixture fixture = CardFixtures.one(CardName.DEPARTMENT_TASKS, "mixed", DUTCH);
		String card = this.cards.render(CardName.DEPARTMENT_TASKS, fixture.data(), DUTCH).toString();
		assertThat(card).contains("Taken voor IT · JML-0042", "Oppakken", "Niet nodig", "Overdragen", "SPOED",
				"\"07-12-2026\"", "Afgerond door Omar Haddad op 23-11-2026 10:15");
		assertThat(card).doesNotContain("Claim", "Dec", "${");
	}

	@Test
	void anEnglishOrUnknownLocaleGetsEnglish() {
		CardFixtures.Fixture fixture = CardFixtures.one(CardName.DEPARTMENT_TASKS, "mixed", Locale.ENGLISH);
		for (Locale locale : List.of(Locale.UK, Locale.GERMAN, Locale.forLanguageTag("fr-FR"))) {
			String card = this.cards.render(CardName.DEPARTMENT_TASKS, fixture.data(), locale).toString();
			assertThat(card).contains("Tasks for IT · JML-0042", "Claim", "\"7 Dec 2026\"",
					"Done by Omar Haddad on 23 Nov 2026 10:15");
		}
	}

	@Test
	void everyTaskActionIsAnExecuteWithAVerbAndTheTaskId() {
		CardFixtures.Fixture fixture = CardFixtures.one(CardName.DEPARTMENT_TASKS, "mixed", Locale.ENGLISH);
		ObjectNode card = this.cards.render(CardName.DEPARTMENT_TASKS, fixture.data(), Locale.ENGLISH);
		List<JsonNode> executes = card.findParents("verb");
		assertThat(executes)
			.allSatisfy(action -> assertThat(action.get("type").stringValue(null)).isEqualTo("Action.Execute"));
		assertThat(executes).extracting(action -> action.get("verb").stringValue(null))
			.contains("task.claim", "task.done", "task.notNeeded", "task.reassign", "refresh");
		JsonNode claim = executes.stream()
			.filter(a -> a.get("verb").stringValue(null).equals("task.claim"))
			.findFirst()
			.get();
		assertThat(claim.get("data").toString()).contains("\"taskId\":\"t-1\"", "\"ticketKey\":\"JML-0042\"",
				"\"departmentKey\":\"IT\"");
		assertThat(card.at("/refresh/userIds")).hasSize(2);
		assertThat(card.at("/refresh/action/data/ticketKey").stringValue(null)).isEqualTo("JML-0042");
		assertThat(card.toString()).contains("\"id\":\"serial-t-1\"", "\"id\":\"reason-t-1\"",
				"\"id\":\"assignee-t-1\"");
	}

	@Test
	void aDepartmentCardWithTwentyTasksFitsInATeamsMessage() throws Exception {
		CardFixtures.Fixture fixture = CardFixtures.one(CardName.DEPARTMENT_TASKS, "twenty", DUTCH);
		ObjectNode card = this.cards.render(CardName.DEPARTMENT_TASKS, fixture.data(), DUTCH);
		int bytes = new ObjectMapper().writeValueAsString(card).getBytes(StandardCharsets.UTF_8).length;
		assertThat(card.at("/body").toString()).contains("Task number 20");
		assertThat(bytes).as("card size in bytes").isLessThan(80_000);
	}

	@Test
	void aLongListIsPagedWithActionsToTheOtherPages() {
		CardFixtures.Fixture fixture = CardFixtures.one(CardName.DEPARTMENT_TASKS, "page-two", Locale.ENGLISH);
		String card = this.cards.render(CardName.DEPARTMENT_TASKS, fixture.data(), Locale.ENGLISH).toString();
		assertThat(card).contains("Page 2/3 · Showing tasks 9–16 of 20", "\"verb\":\"tasks.page\"", "\"page\":1",
				"\"page\":3");
	}

	@Test
	void timestampsAreShownInTheOrganisationsZone() {
		Map<String, Object> data = Map.of("employeeName", "Jan Bakker", "asOf", Instant.parse("2026-11-23T08:00:00Z"),
				"assets", List.of(Map.of("type", "Laptop", "model", "T14", "since", LocalDate.of(2024, 3, 1))));
		String card = this.cards.render(CardName.HOLDINGS, data, Locale.ENGLISH).toString();
		assertThat(card).contains("As of 23 Nov 2026 09:00", "since 1 Mar 2024");
	}

	@Test
	void missingDataNeverFailsARender() {
		for (CardName name : CardName.values()) {
			assertThat(this.cards.render(name, Map.of(), Locale.ENGLISH).get("version").stringValue(null))
				.isEqualTo("1.5");
			assertThat(this.cards.render(name, null, DUTCH).get("type").stringValue(null)).isEqualTo("AdaptiveCard");
		}
	}

	@Test
	void bothLanguagesHaveTheSameTexts() {
		assertThat(CardTexts.texts(DUTCH).keySet()).isEqualTo(CardTexts.texts(Locale.ENGLISH).keySet());
	}

	@Test
	void aBrokenTemplateStopsTheApplicationNamingTemplatePathAndExpression(@TempDir Path folder) throws Exception {
		copyTemplates(folder);
		Files.writeString(folder.resolve("teams-message.json"), """
				{"type": "AdaptiveCard", "version": "1.5", "body": [
				  {"type": "TextBlock", "text": "ok"},
				  {"type": "TextBlock", "text": "Hello ${shout(name)}"}]}
				""");
		new ApplicationContextRunner().withBean(ObjectMapper.class)
			.withBean(java.time.Clock.class, java.time.Clock::systemUTC)
			.withBean(Cards.class)
			.withPropertyValues("handover.cards.location=file:" + folder + "/")
			.run(context -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(TemplateException.class)
					.hasMessageContaining("teams-message.json")
					.hasMessageContaining("/body/1/text")
					.hasMessageContaining("unknown function 'shout'")
					.hasMessageContaining("Hello ${shout(name)}");
			});
	}

	@Test
	void aTemplateWithBadSyntaxOrAnUnknownTextFailsAtLoad(@TempDir Path folder) throws Exception {
		copyTemplates(folder);
		Files.writeString(folder.resolve("teams-refusal.json"), """
				{"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "TextBlock", "text": "${reason ==}"}]}
				""");
		assertThat(failureLoading(folder)).isInstanceOf(TemplateException.class)
			.hasMessageContaining("teams-refusal.json")
			.hasMessageContaining("/body/0/text")
			.hasMessageContaining("${reason ==}");
		Files.writeString(folder.resolve("teams-refusal.json"),
				"""
						{"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "TextBlock", "text": "${$host.text.refusal.nope}"}]}
						""");
		assertThat(failureLoading(folder)).hasMessageContaining("no text 'refusal.nope'");
	}

	private static Throwable failureLoading(Path folder) {
		try {
			new Cards(new ObjectMapper(), java.time.ZoneOffset.UTC,
					new org.springframework.core.io.DefaultResourceLoader(), "file:" + folder + "/");
			return null;
		}
		catch (RuntimeException ex) {
			return ex;
		}
	}

	private static void copyTemplates(Path folder) throws Exception {
		try (var files = Files.list(Path.of("cards"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
	}

}
