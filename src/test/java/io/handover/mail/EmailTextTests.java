package io.handover.mail;

import java.util.Map;

import io.handover.intake.FormField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the bot reads of an e-mail: the sender's own words, not the quote or signature.
 */
class EmailTextTests {

	@Test
	void anOutlookReplyLosesItsQuoteGreetingAndSignature() {
		String body = "Hi Handover,\r\n\r\nStart date: 4 January 2027\r\n\r\nKind regards,\r\nMaria\r\n"
				+ "________________________________\r\nFrom: Handover <handover@contoso.example>\r\n"
				+ "Sent: Monday 23 November 2026\r\nName: Somebody Else";

		assertThat(EmailText.lines(body, null)).containsExactly("Start date: 4 January 2027");
	}

	@Test
	void anHtmlOnlyBodyIsReadAsLines() {
		String html = "<html><head><style>p{}</style></head><body><p>Beste Handover,</p>"
				+ "<p>Anna de Vries begint op 7&nbsp;december als accountmanager.</p>"
				+ "<div>Verzendadres: Dorpsstraat 1 &amp; 3, Utrecht</div>"
				+ "<p>Met vriendelijke groet,<br>Maria</p></body></html>";

		assertThat(EmailText.lines(null, html)).containsExactly(
				"Anna de Vries begint op 7 december als accountmanager.", "Verzendadres: Dorpsstraat 1 & 3, Utrecht");
	}

	@Test
	void labelledAnswersInEnglishAndDutch() {
		Map<FormField, String> answers = EmailAnswers.labelled(java.util.List.of("Start date: 7 December",
				"Functie: accountmanager", "Verzendadres: Dorpsstraat 1", "this line: is not an answer"));

		assertThat(answers).containsEntry(FormField.DATE, "7 December")
			.containsEntry(FormField.ROLE, "accountmanager")
			.containsEntry(FormField.SHIPPING_ADDRESS, "Dorpsstraat 1")
			.hasSize(3);
	}

}
