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

	/**
	 * Outlook for Windows (Word's HTML): nested divs, o:p, &nbsp;, a signature, a reply.
	 */
	static final String OUTLOOK_DESKTOP = """
			<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
			<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
			<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt;} --></style></head>
			<body lang=NL link="#0563C1"><div class=WordSection1>
			<p class=MsoNormal>Hoi Handover,<o:p></o:p></p>
			<p class=MsoNormal><o:p>&nbsp;</o:p></p>
			<p class=MsoNormal>Per 1 februari komt Ren&eacute;e van&nbsp;der Linden ons team versterken als
			verzorgende.<br>Ze werkt op de afdeling Zonnebloem.<o:p></o:p></p>
			<p class=MsoNormal><o:p>&nbsp;</o:p></p>
			<div><div><p class=MsoNormal><span style='color:#1F497D'>Hartelijke groet,</span></p></div></div>
			<p class=MsoNormal><b>Maria Jansen</b><br>Teamleider Zorg | Contoso<br>T +31 30 123 4567 | M 06-12345678
			<br>Afwezig op 24-12-2026<o:p></o:p></p>
			<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>
			<p class=MsoNormal><b>Van:</b> Handover &lt;handover@contoso.example&gt; <br><b>Verzonden:</b>
			maandag 23 november 2026 10:12<br><b>Aan:</b> Maria Jansen<br><b>Onderwerp:</b> Re: melding<o:p></o:p></p>
			</div><p class=MsoNormal>Jan Bakker gaat morgen uit dienst.<o:p></o:p></p></div></body></html>""";

	@Test
	void anOutlookDesktopHtmlBodyIsTheSendersOwnWordsOnly() {
		assertThat(EmailText.lines(null, OUTLOOK_DESKTOP)).containsExactly(
				"Per 1 februari komt Ren\u00e9e van der Linden ons team versterken als verzorgende.",
				"Ze werkt op de afdeling Zonnebloem.");
	}

	@Test
	void anOutlookOnTheWebReplyLosesItsSignatureBlockAndTheQuotedMessage() {
		String html = "<html><head><meta content=\"text/html; charset=UTF-8\"></head><body dir=\"ltr\">"
				+ "<div class=\"elementToProof\" style=\"font-family: Aptos\">Hi,</div>"
				+ "<div class=\"elementToProof\">Could you offboard Bj&#246;rn O&#8217;Neill? His last day is "
				+ "Friday 29&nbsp;January&nbsp;2027.<br></div><div><br></div>"
				+ "<div id=\"Signature\" class=\"elementToProof\"><div>Peter de Graaf</div>"
				+ "<div>Head of Sales, Contoso B.V.</div><div>+31 6 1234 5678</div>"
				+ "<div>Not in the office on 18 December 2026</div></div>"
				+ "<div id=\"appendonsend\"></div><hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">"
				+ "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\"><b>From:</b> Handover "
				+ "&lt;handover@contoso.example&gt;<br><b>Sent:</b> Monday, November 23, 2026 9:00 AM</font></div>"
				+ "<div>Sara Visser starts on 4 January.</div></body></html>";

		assertThat(EmailText.lines(null, html)).containsExactly(
				"Could you offboard Bj\u00f6rn O\u2019Neill? " + "His last day is Friday 29 January 2027.");
	}

	@Test
	void aSignatureWithoutAClosingWordEndsAtItsContactLines() {
		String text = "Anna de Vries begint op 4 januari als accountmanager.\n\nMaria Jansen\nTeamleider\n"
				+ "Tel.: 030 - 123 45 67\nmaria.jansen@contoso.example\nAfwezig 24-12-2026 t/m 3-1-2027";

		assertThat(EmailText.lines(text, null)).containsExactly("Anna de Vries begint op 4 januari als accountmanager.",
				"Maria Jansen", "Teamleider");
	}

	@Test
	void aDateOrANumberInTheMessageIsNoContactLine() {
		assertThat(EmailText.isContactLine("04-01-2027: Anna de Vries begint")).isFalse();
		assertThat(EmailText.isContactLine("Anna de Vries (personeelsnummer 12345) begint 4-1-2027")).isFalse();
		assertThat(EmailText.isContactLine("Jan Bakker vertrekt per 31.01.2027")).isFalse();
		assertThat(EmailText.isContactLine("M 06-12345678")).isTrue();
		assertThat(EmailText.isContactLine("Contoso B.V. | Stationsplein 1 | 030 123 4567")).isTrue();
		assertThat(EmailText.isContactLine("www.contoso.example")).isTrue();
	}

	@Test
	void aGmailQuoteAndOutlookMobileFooterAreNotRead() {
		String html = "<div dir=\"ltr\">Sanne de Wit stopt per 1 maart 2027.<br><br>"
				+ "Verzonden vanuit Outlook voor iOS</div><br><div class=\"gmail_quote\">"
				+ "<div dir=\"ltr\" class=\"gmail_attr\">Op ma 23 nov 2026 om 10:00 schreef Handover</div>"
				+ "<blockquote>Piet Bos begint morgen.</blockquote></div>";

		assertThat(EmailText.lines(null, html)).containsExactly("Sanne de Wit stopt per 1 maart 2027.");
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
