package io.handover.teams;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.teams.IntakeChat.errors;
import static io.handover.teams.IntakeChat.inputs;
import static io.handover.teams.IntakeChat.notes;
import static io.handover.teams.IntakeChat.text;
import static io.handover.teams.IntakeChat.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 through {@code /api/messages}: the bot answers in the language the manager
 * wrote (the Teams locale only when the words give no clue), shows a note next to every
 * answer its words left uncertain, asks "starting, moving or leaving?" rather than "I did
 * not understand", and gives a form per person. Today is Monday 23 November 2026.
 */
@BotTest
class WrittenAnnouncementTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	ConnectorStub connector = ConnectorStub.shared();

	IntakeChat chat;

	String[] noOne;

	@BeforeEach
	void setUp() {
		this.connector.reset();
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.chat = new IntakeChat(new BotConversation(this.mvc, this.connector), this.connector);
	}

	@Test
	void aDutchMessageFromAnEnglishTeamsClientGetsTheDutchForm() throws Exception {
		String anna = unique("Anna de Vries");

		JsonNode form = this.chat.say(TeamsActivity
			.personalMessage("Hoi! " + anna + " komt per 1 maart ons team versterken als ontwikkelaar.")
			.locale("en-US"));

		assertThat(text(form)).contains("Nieuwe medewerker").doesNotContain("New starter");
		assertThat(inputs(form)).containsEntry("employeeName", anna)
			.containsEntry("roleProfile", "software-engineer")
			.containsEntry("startDate", "2027-03-01");
	}

	@Test
	void aDutchAnnouncementFromAnEnglishTeamsClientIsAnsweredInDutchToTheEnd() throws Exception {
		String anna = unique("Anna de Vries");

		JsonNode form = this.chat.say(TeamsActivity
			.personalMessage("Goedemorgen, " + anna + " begint op 4 januari bij ons als accountmanager.")
			.locale("en-US")
			.from(noOneYet()[0], noOneYet()[1], "Noor Bakker"));
		assertThat(text(form)).contains("Nieuwe medewerker").doesNotContain("New starter");

		// the client still says en-US when the form is submitted: the form's language
		// wins
		JsonNode corrected = this.chat.submit(form, Map.of("startDate", ""));
		assertThat(errors(corrected)).containsEntry("startDate", "Vul de startdatum in.");
		assertThat(text(corrected)).contains("Nieuwe medewerker");

		JsonNode status = this.chat.submit(corrected, Map.of("startDate", "2027-01-04"));
		// Noor manages no one, so she may not open it herself: the answer is a request,
		// in
		// Dutch
		assertThat(text(status)).contains("Verzoek", "ter bevestiging verstuurd", "Ik laat het je weten")
			.doesNotContain("Request");
	}

	@Test
	void anEnglishAnnouncementFromADutchTeamsClientIsAnsweredInEnglishToTheEnd() throws Exception {
		String piet = unique("Piet Smit");

		JsonNode form = this.chat
			.say(TeamsActivity.personalMessage("Hi, " + piet + " will join us on 4 January as an account manager.")
				.locale("nl-NL")
				.from(noOneYet()[0], noOneYet()[1], "Noor Bakker"));
		assertThat(text(form)).contains("New starter").doesNotContain("Nieuwe medewerker");

		JsonNode corrected = this.chat.submit(form, Map.of("startDate", ""));
		assertThat(errors(corrected)).containsEntry("startDate", "Enter the start date.");

		JsonNode status = this.chat.submit(corrected, Map.of("startDate", "2027-01-04"));
		assertThat(text(status)).contains("Request", "sent for confirmation").doesNotContain("Verzoek");
	}

	@Test
	void wordsWithoutAClueFollowTheTeamsLocaleFromTheQuestionToTheForm() throws Exception {
		for (String locale : List.of("nl-NL", "en-US")) {
			String sara = unique("Sara Visser");
			boolean dutch = locale.startsWith("nl");

			JsonNode question = this.chat.say(TeamsActivity.personalMessage(sara + " 04-01-2027").locale(locale));
			assertThat(text(question)).as(locale)
				.contains(dutch ? "Begint, wisselt of vertrekt?" : "Starting, moving or leaving?", sara);

			JsonNode action = question.path("actions").get(2);
			Map<String, Object> data = new java.util.LinkedHashMap<>();
			action.path("data").properties().forEach(field -> data.put(field.getKey(), field.getValue().asString()));
			JsonNode form = IntakeChat.answerCard(this.chat.bot()
				.invoke(TeamsActivity.cardAction(action.path("verb").asString(), data).locale(locale)));
			assertThat(text(form)).as(locale).contains(dutch ? "Uitdienst" : "Leaver");
			assertThat(inputs(form)).as(locale)
				.containsEntry("employeeName", sara)
				.containsEntry("lastWorkingDay", "2027-01-04");
		}
	}

	@Test
	void theQuestionsButtonsOpenTheFormInTheLanguageWrittenWhateverTheClient() throws Exception {
		String sara = unique("Sara Visser");

		JsonNode question = this.chat.say(TeamsActivity.personalMessage(sara + ", maandag 4 januari").locale("en-US"));
		assertThat(text(question)).contains("Begint, wisselt of vertrekt?", sara);
		JsonNode action = question.path("actions").get(0);
		Map<String, Object> data = new java.util.LinkedHashMap<>();
		action.path("data").properties().forEach(field -> data.put(field.getKey(), field.getValue().asString()));
		JsonNode form = IntakeChat.answerCard(
				this.chat.bot().invoke(TeamsActivity.cardAction(action.path("verb").asString(), data).locale("en-US")));

		assertThat(text(form)).contains("Nieuwe medewerker");
		assertThat(inputs(form)).containsEntry("employeeName", sara).containsEntry("startDate", "2027-01-04");
	}

	@Test
	void anEnglishMessageFromADutchTeamsClientGetsTheEnglishForm() throws Exception {
		String anna = unique("Anna de Vries");

		JsonNode form = this.chat.say(
				TeamsActivity.personalMessage("Hi! We hired " + anna + " as a developer, starting the 7th of December.")
					.locale("nl-NL"));

		assertThat(text(form)).contains("New starter").doesNotContain("Nieuwe medewerker");
		assertThat(inputs(form)).containsEntry("startDate", "2026-12-07");
	}

	@Test
	void wordsWithoutALanguageFollowTheTeamsLocale() throws Exception {
		JsonNode form = this.chat.say(TeamsActivity.personalMessage("functiewijziging").locale("nl-NL"));

		assertThat(text(form)).contains("Functiewijziging");
	}

	@Test
	void aWeekdayThatIsNotTheDatesKeepsTheWrittenDateWithANoteNextToIt() throws Exception {
		String jan = unique("Jan Bakker");

		JsonNode form = this.chat.say(jan + " starts on Wednesday 7 December as account manager");

		assertThat(inputs(form)).containsEntry("startDate", "2026-12-07");
		assertThat(notes(form)).containsOnlyKeys("startDate");
		assertThat(notes(form).get("startDate")).contains("Monday 7 December 2026", "check");
	}

	@Test
	void anAmbiguousNumericDateIsReadDayFirstAndSaysSoInDutch() throws Exception {
		String jan = unique("Jan Bakker");

		JsonNode form = this.chat.say(TeamsActivity.personalMessage(jan + " begint op 3/4/2027 als verkoper"));

		assertThat(inputs(form)).containsEntry("startDate", "2027-04-03");
		assertThat(notes(form).get("startDate")).contains("dag eerst", "zaterdag 3 april 2027");
	}

	@Test
	void aDateInThePastOrFarAheadIsShownWithANote() throws Exception {
		JsonNode past = this.chat.say(unique("Piet Smit") + " starts on 2 November 2026 as developer");
		JsonNode far = this.chat.say(unique("Piet Smit") + " starts on 2 November 2029 as developer");

		assertThat(inputs(past)).containsEntry("startDate", "2026-11-02");
		assertThat(notes(past).get("startDate")).contains("in the past");
		assertThat(inputs(far)).containsEntry("startDate", "2029-11-02");
		assertThat(notes(far).get("startDate")).contains("18 months");
	}

	@Test
	void aNameAndADateWithoutAnIntentAskStartingMovingOrLeaving() throws Exception {
		String sara = unique("Sara Visser");

		JsonNode card = this.chat.say(sara + ", 4 January");

		assertThat(text(card)).contains("Starting, moving or leaving?", sara, "4 January")
			.doesNotContain("did not understand");
		assertThat(card.path("actions").findValuesAsString("verb")).containsExactly("form.starter.open",
				"form.mover.open", "form.leaver.open");
	}

	@Test
	void twoPeopleInOneMessageGetAFormEach() throws Exception {
		String anna = unique("Anna de Vries");
		String piet = unique("Piet Smit");

		List<JsonNode> forms = this.chat.sayAll(TeamsActivity.personalMessage(
				anna + " begint op 4 januari als zorgmedewerker en " + piet + " gaat op 18 december uit dienst."));

		assertThat(forms).hasSize(2);
		assertThat(text(forms.get(0))).contains("Nieuwe medewerker");
		assertThat(inputs(forms.get(0))).containsEntry("employeeName", anna)
			.containsEntry("roleProfile", "care-worker")
			.containsEntry("startDate", "2027-01-04");
		assertThat(inputs(forms.get(1))).containsEntry("employeeName", piet)
			.containsEntry("lastWorkingDay", "2026-12-18");
		assertThat(IntakeChat.draftId(forms.get(0))).isNotEqualTo(IntakeChat.draftId(forms.get(1)));
	}

	/**
	 * A Teams user who manages no one and holds no role: Maria, the default sender, may
	 * manage people that other tests registered, and then opens the ticket herself.
	 */
	private String[] noOneYet() {
		if (this.noOne == null) {
			String key = java.util.UUID.randomUUID().toString();
			this.noOne = new String[] { "29:noor-" + key, "aad-noor-" + key };
		}
		return this.noOne;
	}

}
