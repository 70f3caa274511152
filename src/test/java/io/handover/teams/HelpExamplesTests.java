package io.handover.teams;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.handover.common.Actor;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.testing.TeamsActivity;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.teams.IntakeChat.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, finding 5: a newcomer types the help card's examples as they stand, and they
 * work: the leaver example names someone the employee register holds and a day ahead, so
 * it opens the leaver form instead of "no one called … is in the employee register" and a
 * date in the past; the card says how people get into the register.
 */
@BotTest
class HelpExamplesTests {

	private static final Pattern LEAVER = Pattern.compile("new leaver · uitdienst · (.+? leaves on \\d{1,2} \\w+)");

	private static final Pattern STARTER = Pattern
		.compile("(Anna de Vries starts on \\d{1,2} \\w+ as account manager)");

	@Autowired
	MockMvc mvc;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	TestClock clock;

	ConnectorStub connector = ConnectorStub.shared();

	IntakeChat chat;

	@BeforeEach
	void setUp() {
		this.connector.reset();
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.chat = new IntakeChat(new BotConversation(this.mvc, this.connector), this.connector);
		this.employees.register(new NewEmployee(IntakeChat.unique("Bram Visser"),
				"bram." + System.nanoTime() + "@contoso.example", null, null, null), Actor.system("test"));
	}

	@Test
	void theLeaverExampleOfTheHelpCardOpensTheLeaverFormForSomeoneInTheRegisterOnADayAhead() throws Exception {
		JsonNode help = this.chat.say("help");
		Matcher example = LEAVER.matcher(text(help));
		assertThat(example.find()).as(text(help)).isTrue();

		JsonNode form = this.chat.say(example.group(1));

		assertThat(text(form)).contains("Leaver").doesNotContain("employee register");
		String name = example.group(1).substring(0, example.group(1).indexOf(" leaves on "));
		assertThat(this.employees.named(name)).as("someone the register holds").isNotEmpty();
		assertThat(IntakeChat.inputs(form)).containsEntry("employeeName", name);
		assertThat(LocalDate.parse(IntakeChat.inputs(form).get("lastWorkingDay"))).isAfter(this.clock.today());
	}

	@Test
	void theStarterExampleIsNoLateNotice() throws Exception {
		Matcher example = STARTER.matcher(text(this.chat.say("help")));
		assertThat(example.find()).isTrue();

		JsonNode form = this.chat.say(example.group(1));

		LocalDate start = LocalDate.parse(IntakeChat.inputs(form).get("startDate"));
		assertThat(start).as("more than the 14 days' notice").isAfter(this.clock.today().plusDays(14));
	}

	@Test
	void theHelpCardSaysHowPeopleGetIntoTheRegister() throws Exception {
		assertThat(text(this.chat.say("help"))).contains("announced as starters")
			.contains("/api/employees/import")
			.contains("/api/assets/import")
			.contains("Microsoft Graph");
		assertThat(text(this.chat.say(TeamsActivity.personalMessage("hulp").locale("nl-NL"))))
			.contains("/api/employees/import")
			.containsPattern("vertrekt op \\d{1,2} \\w+");
	}

}
