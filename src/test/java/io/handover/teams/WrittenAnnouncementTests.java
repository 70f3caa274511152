package io.handover.teams;

import java.util.List;

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

}
