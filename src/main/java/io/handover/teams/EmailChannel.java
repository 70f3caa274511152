package io.handover.teams;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.TextFormatTypes;
import io.handover.mail.EmailReply;
import io.handover.mail.IncomingEmail;
import io.handover.mail.MailIntake;
import org.springframework.stereotype.Component;

/**
 * The Azure Bot Service e-mail channel ({@code channelId: email}): an e-mail to the bot's
 * mailbox arrives as a message activity (sender address in {@code from.id}, one
 * conversation per thread, the HTML body and subject in {@code channelData}) and is
 * answered by e-mail. The e-mail channel shows text, not Adaptive Cards.
 */
@Component
class EmailChannel {

	static final String EMAIL = "email";

	private final MailIntake mail;

	EmailChannel(MailIntake mail) {
		this.mail = mail;
	}

	static boolean handles(Activity activity) {
		return EMAIL.equalsIgnoreCase(activity.getChannelId());
	}

	Activity answer(Activity activity) {
		EmailReply reply = this.mail.receive(read(activity));
		Activity answer = Activity.createMessageActivity();
		answer.setTextFormat(TextFormatTypes.PLAIN);
		answer.setText(reply.text());
		ObjectNode channelData = JsonNodeFactory.instance.objectNode();
		channelData.put("subject", reply.subject());
		channelData.put("htmlBody", reply.html());
		answer.setChannelData(SdkJson.toSdk(channelData));
		return answer;
	}

	static IncomingEmail read(Activity activity) {
		ChannelAccount from = activity.getFrom();
		JsonNode data = activity.getChannelData() == null ? JsonNodeFactory.instance.objectNode()
				: SdkJson.fromSdk(activity.getChannelData());
		return new IncomingEmail(activity.getConversation() != null ? activity.getConversation().getId() : null,
				activity.getId(), from != null ? from.getId() : null, from != null ? from.getName() : null,
				text(data, "subject"), activity.getText(), text(data, "htmlBody"), activity.getLocale());
	}

	private static String text(JsonNode data, String field) {
		JsonNode value = data.path(field);
		return value.isString() ? value.asString("") : null;
	}

}
