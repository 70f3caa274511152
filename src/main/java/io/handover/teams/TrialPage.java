package io.handover.teams;

import java.io.IOException;
import java.util.List;

import io.handover.system.LocalMode;
import io.swagger.v3.oas.annotations.Hidden;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /trial} (local mode only, loopback callers only like all of local mode; it is
 * recorded with the trial profile): what the bot sent outside the chats the Playground
 * shows, above all each employee's receipt and return card in their own 1:1 chat, with
 * the command that clicks it as them. {@code /trial/messages} is the same as JSON, read
 * by {@code trial/act-as.mjs}.
 */
@Hidden
@RestController
@Conditional(LocalMode.class)
class TrialPage {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

	private final TrialMessages messages;

	TrialPage(TrialMessages messages) {
		this.messages = messages;
	}

	@GetMapping("/trial")
	ResponseEntity<byte[]> page() throws IOException {
		return ResponseEntity.ok()
			.contentType(HTML)
			.body(new ClassPathResource("pages/trial.html").getContentAsByteArray());
	}

	@GetMapping(path = "/trial/messages", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<List<ObjectNode>> sent() {
		// the page tells a person without the trial profile why it stays empty
		return ResponseEntity.ok()
			.header("X-Handover-Recording", String.valueOf(this.messages.recording()))
			.body(this.messages.all().stream().map(TrialPage::json).toList());
	}

	private static ObjectNode json(TrialMessages.Sent sent) {
		ConversationRecord chat = sent.conversation();
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		node.put("kind", chat.kind() != null ? chat.kind().name() : null);
		String name = chat.kind() == ConversationRecord.Kind.PERSONAL ? chat.userName() : chat.name();
		node.put("chat", name != null ? name : chat.id());
		node.put("userAadObjectId", chat.userAadObjectId());
		node.put("conversationId", chat.id());
		node.put("messageId", sent.messageId());
		node.put("replyToId", sent.activity().getReplyToId());
		node.put("postedAt", sent.postedAt().toString());
		node.put("updatedAt", sent.updatedAt().toString());
		node.put("text", sent.activity().getText());
		node.set("card", sent.card());
		return node;
	}

}
