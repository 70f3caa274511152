package io.handover.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of an e-mail that are the sender's own: the HTML body as text, without the
 * quoted message a reply carries below it, greetings and signatures dropped.
 */
final class EmailText {

	private static final Pattern BREAKS = Pattern.compile("(?i)<br\\s*/?>|</p>|</div>|</li>|</tr>|</h[1-6]>");

	private static final Pattern TAGS = Pattern.compile("(?s)<[^>]*>");

	private static final Pattern HIDDEN = Pattern.compile("(?is)<(style|script|head)[^>]*>.*?</\\1>");

	/**
	 * Where the quoted earlier message starts in a reply (Outlook, Gmail, Apple Mail).
	 */
	private static final Pattern QUOTE_START = Pattern.compile("(?i)^(>.*|-{2,}\\s*original message\\s*-{2,}.*|"
			+ "-{2,}\\s*oorspronkelijk bericht\\s*-{2,}.*|_{10,}|--\\s*|sent from my .*|verzonden (?:vanaf|met|vanuit) .*|"
			+ "on .+ wrote:|op .+ schreef .+:|from:\\s.*|van:\\s.*)$");

	private static final Pattern GREETING = Pattern.compile(
			"(?i)^(hi|hello|hey|dear|hoi|hallo|beste|goedemorgen|goedemiddag|good (morning|afternoon))\\b[^.:]{0,40}[,!]?$");

	private static final Pattern CLOSING = Pattern.compile("(?i)^(kind regards|best regards|regards|thanks|thank you|"
			+ "cheers|met vriendelijke groet(en)?|groet(en|jes)?|bedankt|dank je( wel)?|mvg|vriendelijke groet)\\b.*$");

	private EmailText() {
	}

	/** The sender's own lines, trimmed, without blank ones. */
	static List<String> lines(String text, String html) {
		String body = text != null && !text.isBlank() ? text : html != null ? htmlToText(html) : "";
		if (looksLikeHtml(body)) {
			body = htmlToText(body);
		}
		List<String> lines = new ArrayList<>();
		for (String raw : body.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
			String line = raw.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
			if (QUOTE_START.matcher(line).matches() || CLOSING.matcher(line).matches()) {
				break;
			}
			if (!line.isEmpty() && !GREETING.matcher(line).matches()) {
				lines.add(line);
			}
		}
		return lines;
	}

	static String htmlToText(String html) {
		String text = HIDDEN.matcher(html).replaceAll(" ");
		text = BREAKS.matcher(text).replaceAll("\n");
		text = TAGS.matcher(text).replaceAll("");
		return text.replace("&nbsp;", " ")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&amp;", "&");
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static boolean looksLikeHtml(String body) {
		return body.contains("</") && body.contains(">");
	}

}
