package io.handover.teams;

import java.time.Duration;

import io.handover.testing.ConnectorStub;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import static io.handover.teams.IntakeChat.inputs;
import static io.handover.teams.IntakeChat.notes;
import static io.handover.teams.IntakeChat.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18's language model through {@code /api/messages}, switched on
 * ({@code handover.intake.model.enabled}) against the chat completions emulator: what the
 * model reads otherwise is a note next to the field of the form, our reading stays
 * prefilled; a model slower than the timeout leaves the form as without it. Today is
 * Monday 23 November 2026.
 */
class AnnouncementModelInTeamsTests extends AnnouncementModelTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	ConnectorStub connector = ConnectorStub.shared();

	IntakeChat chat;

	@BeforeEach
	void setUp() {
		MODEL.reset();
		this.connector.reset();
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.chat = new IntakeChat(new BotConversation(this.mvc, this.connector), this.connector);
	}

	@Test
	void whereTheModelReadsAnotherDateTheFormKeepsOursWithTheModelsAsANote() throws Exception {
		String anna = unique("Anna de Vries");
		MODEL.answer(request -> "{\"people\":[{\"intent\":\"starter\",\"name\":\"" + anna
				+ "\",\"date\":\"2027-01-05\",\"role\":\"accountmanager\"}]}");
		String text = "Hoi! " + anna + " begint op 4 januari als accountmanager.";

		JsonNode form = this.chat.say(TeamsActivity.personalMessage(text).locale("en-US"));

		assertThat(inputs(form)).containsEntry("employeeName", anna)
			.containsEntry("startDate", "2027-01-04")
			.containsEntry("roleProfile", "account-manager");
		assertThat(notes(form)).containsOnlyKeys("startDate");
		assertThat(notes(form).get("startDate")).contains("Het taalmodel las de datum als dinsdag 5 januari 2027");
		assertThat(MODEL.requests()).singleElement().satisfies(request -> assertThat(request.user()).isEqualTo(text));
	}

	@Test
	void aModelSlowerThanTheTimeoutLeavesTheFormAsWithoutIt() throws Exception {
		String piet = unique("Piet Smit");
		MODEL.delay(Duration.ofSeconds(4));
		MODEL.answer(request -> "{\"people\":[{\"intent\":\"leaver\",\"name\":\"" + piet
				+ "\",\"date\":\"2027-01-05\",\"role\":null}]}");

		long started = System.nanoTime();
		JsonNode form = this.chat.say(piet + " starts on 4 January 2027 as account manager");

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
		assertThat(inputs(form)).containsEntry("startDate", "2027-01-04");
		assertThat(notes(form)).isEmpty();
	}

}
