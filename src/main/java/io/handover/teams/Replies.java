package io.handover.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import tools.jackson.databind.JsonNode;

/** Builds the outgoing activities the bot sends: plain text, or one Adaptive Card. */
final class Replies {

	static final String ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";

	private Replies() {
	}

	static Activity text(String text) {
		Activity activity = Activity.createMessageActivity();
		activity.setText(text);
		return activity;
	}

	/**
	 * One card and nothing else: an activity with text and a card is split in two by some
	 * hosts, and the card could then never be updated in place.
	 */
	static Activity card(JsonNode card) {
		Activity activity = Activity.createMessageActivity();
		activity.setAttachments(new ArrayList<>(List.of(attachment(card))));
		return activity;
	}

	/**
	 * The card as the SDK sends it: its own (Jackson 2) tree, or it would go out as a
	 * bean.
	 */
	private static Attachment attachment(JsonNode card) {
		Attachment attachment = new Attachment();
		attachment.setContentType(ADAPTIVE_CARD);
		attachment.setContent(SdkJson.toSdk(card));
		return attachment;
	}

	/**
	 * Several cards in one message, one under the other: a form per person when one
	 * message announces two.
	 */
	static Activity cards(List<? extends JsonNode> cards) {
		if (cards.size() == 1) {
			return card(cards.get(0));
		}
		List<Attachment> attachments = new ArrayList<>();
		for (JsonNode card : cards) {
			attachments.add(attachment(card));
		}
		Activity activity = Activity.createMessageActivity();
		activity.setAttachments(attachments);
		activity.setAttachmentLayout(com.microsoft.bot.schema.AttachmentLayoutTypes.LIST);
		return activity;
	}

	static Activity somethingWentWrong(String reference, String locale) {
		boolean dutch = locale != null && Locale.forLanguageTag(locale).getLanguage().equals("nl");
		return text(dutch ? "Er ging iets mis. Noem referentie " + reference + " als je hulp vraagt."
				: "Something went wrong. Please quote reference " + reference + " when you ask for help.");
	}

}
