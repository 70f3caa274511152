package io.handover.teams;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.TeamsActivity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands the Teams app package offers in its command menus (manifest, English and
 * Dutch) are all understood by the bot in that scope: none gets "I did not understand".
 */
@BotTest
class ManifestCommandsTests {

	@Autowired
	MockMvc mvc;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	TeamSetup team;

	@BeforeEach
	void setUp() throws Exception {
		this.connector.reset();
		this.bot = new BotConversation(this.mvc, this.connector);
		this.team = new TeamSetup(this.bot, this.connector).withStaff(TeamSetup.member("Peter de Boer"));
	}

	@Test
	void everyPersonalCommandIsUnderstood() throws Exception {
		for (String command : commands("personal")) {
			Call reply = answer(TeamsActivity.personalMessage(example(command)));
			assertThat(reply.text()).as(command).isNull();
			assertThat(reply.cards()).as(command).hasSize(1);
		}
	}

	@Test
	void everyTeamCommandIsUnderstoodInAChannel() throws Exception {
		for (String command : commands("team")) {
			Call reply = answer(this.team.inChannel(this.team.facilities, example(command)));
			assertThat(reply.text()).as(command).isNull();
			assertThat(HelpTests.cardText(reply.cards().get(0))).as(command).doesNotContain("did not understand");
		}
	}

	private Call answer(TeamsActivity message) throws Exception {
		this.connector.reset();
		this.bot.send(message);
		String conversation = message.node().path("conversation").path("id").asString().split(";")[0];
		List<Call> sent = this.connector.sentTo(conversation);
		assertThat(sent).as(message.node().path("text").asString()).hasSize(1);
		return sent.get(0);
	}

	/** A command title with its placeholder filled in, as a person would type it. */
	private static String example(String title) {
		return title.replace("<ticket key>", "JML-9999")
			.replace("<name>", "Jan Bakker")
			.replace("<naam>", "Jan Bakker")
			.replace("<department>", "HR")
			.replace("<afdeling>", "HR");
	}

	private static List<String> commands(String scope) throws Exception {
		List<String> titles = new ArrayList<>();
		ObjectMapper json = new ObjectMapper();
		JsonNode manifest = read(json, "/teams-app/manifest.json");
		JsonNode dutch = read(json, "/teams-app/nl-nl.json");
		JsonNode lists = manifest.path("bots").get(0).path("commandLists");
		for (int i = 0; i < lists.size(); i++) {
			JsonNode list = lists.get(i);
			if (!list.path("scopes").toString().contains("\"" + scope + "\"")) {
				continue;
			}
			for (int j = 0; j < list.path("commands").size(); j++) {
				titles.add(list.path("commands").get(j).path("title").asString());
				String key = "bots[0].commandLists[" + i + "].commands[" + j + "].title";
				if (dutch.has(key)) {
					titles.add(dutch.get(key).asString());
				}
			}
		}
		assertThat(titles).isNotEmpty();
		return titles;
	}

	private static JsonNode read(ObjectMapper json, String resource) throws Exception {
		try (InputStream in = ManifestCommandsTests.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return json.readTree(in);
		}
	}

}
