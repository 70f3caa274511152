package io.handover.teams;

import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.TeamsActivity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Without a MicrosoftAppId the bot trusts this machine only: the Agents Playground on
 * localhost is answered, anyone else is turned away before anything happens.
 */
@BotTest
class LocalModeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	@BeforeEach
	void setUp() {
		this.connector.reset();
		this.bot = new BotConversation(this.mvc, this.connector);
	}

	@Test
	void anActivityFromThisMachineWithoutATokenIsAnswered() throws Exception {
		TeamsActivity help = TeamsActivity.personalMessage("help").conversation("a:local-ok");

		MvcResult result = this.bot.send(help);

		assertThat(result.getResponse().getStatus()).isEqualTo(202);
		assertThat(this.connector.sentTo("a:local-ok")).hasSize(1);
		assertThat(this.mongo.findById("a:local-ok", ConversationRecord.class)).isNotNull();
	}

	@Test
	void theSameRequestFromAnotherMachineIsRefusedAndNothingIsStored() throws Exception {
		TeamsActivity help = TeamsActivity.personalMessage("help").conversation("a:from-elsewhere");

		MvcResult result = this.bot.perform(this.bot.request(help).with(request -> {
			request.setRemoteAddr("10.20.30.40");
			return request;
		}));

		assertThat(result.getResponse().getStatus()).isEqualTo(401);
		assertThat(result.getResponse().getContentAsString()).contains("from this machine only");
		assertThat(this.connector.sentTo("a:from-elsewhere")).isEmpty();
		assertThat(this.mongo.findById("a:from-elsewhere", ConversationRecord.class)).isNull();
	}

	@Test
	void ipv6LoopbackIsThisMachineToo() throws Exception {
		TeamsActivity help = TeamsActivity.personalMessage("help").conversation("a:ipv6");

		MvcResult result = this.bot.perform(this.bot.request(help).with(request -> {
			request.setRemoteAddr("0:0:0:0:0:0:0:1");
			return request;
		}));

		assertThat(result.getResponse().getStatus()).isEqualTo(202);
	}

	@Test
	void aBodyThatIsNotAnActivityGetsASpecificAnswerAndChangesNothing() throws Exception {
		MvcResult notJson = this.mvc
			.perform(post("/api/messages").contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"message\","))
			.andReturn();
		MvcResult noConversation = this.mvc
			.perform(post("/api/messages").contentType(MediaType.APPLICATION_JSON)
				.content(TeamsActivity.personalMessage("help")
					.serviceUrl(this.connector.serviceUrl())
					.remove("conversation")
					.remove("channelId")
					.json()))
			.andReturn();

		assertThat(notJson.getResponse().getStatus()).isEqualTo(400);
		assertThat(notJson.getResponse().getContentAsString()).contains("not valid JSON");
		assertThat(noConversation.getResponse().getStatus()).isEqualTo(400);
		assertThat(noConversation.getResponse().getContentAsString()).contains("channelId").contains("conversation.id");
		assertThat(this.connector.sentTo("a:personal-chat-maria")).isEmpty();
	}

	@Test
	void localModeOnlyAnswersAConnectorOnThisMachine() throws Exception {
		TeamsActivity help = TeamsActivity.personalMessage("help").conversation("a:remote-connector");
		MvcResult result = this.mvc
			.perform(post("/api/messages").contentType(MediaType.APPLICATION_JSON)
				.content(help.serviceUrl("https://smba.trafficmanager.net/emea/").json()))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString()).contains("serviceUrl must point to this machine");
		assertThat(this.mongo.findById("a:remote-connector", ConversationRecord.class)).isNull();
	}

}
