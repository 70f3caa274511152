package io.handover.teams;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.handover.testing.ConnectorStub;
import io.handover.testing.TeamsActivity;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Talks to {@code /api/messages} the way the Bot Connector does, for journey tests. */
final class BotConversation {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final MockMvc mvc;

	private final ConnectorStub connector;

	BotConversation(MockMvc mvc, ConnectorStub connector) {
		this.mvc = mvc;
		this.connector = connector;
	}

	/**
	 * Posts the activity from this machine, without a token, and returns the HTTP answer.
	 */
	MvcResult send(TeamsActivity activity) throws Exception {
		return perform(request(activity));
	}

	/**
	 * Posts an invoke and returns Teams' view of the answer: {statusCode, type, value}.
	 */
	JsonNode invoke(TeamsActivity activity) throws Exception {
		MvcResult result = send(activity);
		if (result.getResponse().getStatus() != 200) {
			throw new AssertionError("invoke answered HTTP " + result.getResponse().getStatus() + ": "
					+ result.getResponse().getContentAsString());
		}
		return JSON.readTree(result.getResponse().getContentAsString());
	}

	MockHttpServletRequestBuilder request(TeamsActivity activity) {
		return post("/api/messages").contentType(MediaType.APPLICATION_JSON)
			.content(activity.serviceUrl(this.connector.serviceUrl()).json());
	}

	MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn();
	}

}
