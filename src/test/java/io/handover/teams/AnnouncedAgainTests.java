package io.handover.teams;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import io.handover.employee.EmployeeDirectory;
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
import static io.handover.teams.IntakeChat.ticketKey;
import static io.handover.teams.IntakeChat.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager asks about someone they announced before ("is everything ready for Anna? She
 * starts Monday"), or announces them again: the words read as an announcement, and the
 * answer puts the open ticket's status first, with a note on the form that it exists.
 * Only someone who may see that ticket learns of it. Today is Monday 23 November 2026.
 */
@BotTest
class AnnouncedAgainTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	EmployeeDirectory employees;

	ConnectorStub connector = ConnectorStub.shared();

	IntakeChat chat;

	@BeforeEach
	void setUp() {
		this.connector.reset();
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.chat = new IntakeChat(new BotConversation(this.mvc, this.connector), this.connector);
		// Maria, the default writer, manages people: she opens her own starters' tickets
		AnnouncementTests.registerMaria(this.employees);
	}

	@Test
	void someoneWhoMayNotSeeTheTicketGetsTheFormAloneAndLearnsNothingOfIt() throws Exception {
		String anna = unique("Anna de Vries");
		String key = announce(anna + " starts on 4 January as account manager");

		String stranger = UUID.randomUUID().toString();
		List<JsonNode> cards = this.chat.sayAll(TeamsActivity
			.personalMessage("Could you check whether everything is ready for " + anna + "? She starts on 4 January.")
			.from("29:noor-" + stranger, "aad-noor-" + stranger, "Noor Bakker"));

		assertThat(cards).hasSize(1);
		assertThat(inputs(cards.get(0))).containsEntry("employeeName", anna);
		assertThat(text(cards.get(0))).doesNotContain(key);
		assertThat(notes(cards.get(0))).doesNotContainKey("employeeName");
	}

	@Test
	void theManagerWhoAnnouncedAStarterAndAsksWhetherAllIsReadySeesItsStatusFirst() throws Exception {
		String anna = unique("Anna de Vries");
		String key = announce(anna + " starts on 4 January as account manager");

		List<JsonNode> cards = this.chat.sayAll(TeamsActivity
			.personalMessage("Could you check whether everything is ready for " + anna + "? She starts on 4 January."));

		assertThat(cards).hasSize(2);
		assertThat(ticketKey(cards.get(0))).isEqualTo(key);
		assertThat(inputs(cards.get(1))).containsEntry("employeeName", anna);
		assertThat(notes(cards.get(1)).get("employeeName")).contains("announced already", key, "refused");
	}

	@Test
	void aLeaverAnnouncedAgainInDutchGetsTheStatusAndADutchNote() throws Exception {
		String piet = unique("Piet Smit");
		String key = announce(piet + " starts on 7 December as account manager");
		// the same person leaving is another kind: the starter ticket is not the answer
		List<JsonNode> first = this.chat
			.sayAll(TeamsActivity.personalMessage(piet + " gaat op 29 januari uit dienst."));
		assertThat(first).hasSize(1);
		assertThat(text(first.get(0))).doesNotContain(key);
		String leaver = ticketKey(this.chat.submit(first.get(0), Map.of()));

		List<JsonNode> again = this.chat
			.sayAll(TeamsActivity.personalMessage("Hoi, " + piet + " gaat op 29 januari uit dienst."));

		assertThat(again).hasSize(2);
		assertThat(ticketKey(again.get(0))).isEqualTo(leaver);
		assertThat(notes(again.get(1)).get("employeeName")).contains("al afgemeld", leaver);
	}

	/** Announces and submits as the default manager; answers the ticket's key. */
	private String announce(String words) throws Exception {
		JsonNode form = this.chat.say(words);
		return ticketKey(this.chat.submit(form, Map.of()));
	}

}
