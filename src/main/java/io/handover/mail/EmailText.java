package io.handover.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of an e-mail that are the sender's own: the HTML body as text, without the
 * quoted message a reply carries below it, greetings and signatures dropped.
 */
final class EmailText {

	private static final Pattern BREAKS = Pattern
		.compile("(?i)<br\\s*/?>|</p>|</div>|</li>|</tr>|</h[1-6]>|<hr[^>]*>|</blockquote>|</table>");

	/** Cells of a table (a signature's layout) are words apart, not glued. */
	private static final Pattern CELLS = Pattern.compile("(?i)</t[dh]>");

	/**
	 * Where the sender's own words end in an HTML body: the signature block (Outlook
	 * desktop, Outlook on the web and mobile, Gmail, Thunderbird) or the quoted earlier
	 * message (Outlook's reply header, Gmail's quote, a blockquote).
	 */
	private static final Pattern HTML_END = Pattern
		.compile("(?is)<(?:div|table|p|span|a|td)\\b[^>]*?\\b(?:id|class|name)"
				+ "\\s*=\\s*[\"']?(?:Signature|x_Signature|ms-outlook-mobile-signature|_MailAutoSig|gmail_signature|"
				+ "moz-signature|divRplyFwdMsg|x_divRplyFwdMsg|appendonsend|gmail_quote|moz-cite-prefix|"
				+ "OutlookMessageHeader|mail-editor-reference-message-container)\\b|<blockquote\\b");

	private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

	private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("nbsp", " "), Map.entry("amp", "&"),
			Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"),
			Map.entry("rsquo", "\u2019"), Map.entry("lsquo", "\u2018"), Map.entry("rdquo", "\u201d"),
			Map.entry("ldquo", "\u201c"), Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"),
			Map.entry("hellip", "\u2026"), Map.entry("bull", "\u2022"), Map.entry("middot", "\u00b7"),
			Map.entry("eacute", "\u00e9"), Map.entry("Eacute", "\u00c9"), Map.entry("egrave", "\u00e8"),
			Map.entry("euml", "\u00eb"), Map.entry("ecirc", "\u00ea"), Map.entry("iuml", "\u00ef"),
			Map.entry("ouml", "\u00f6"), Map.entry("Ouml", "\u00d6"), Map.entry("uuml", "\u00fc"),
			Map.entry("Uuml", "\u00dc"), Map.entry("auml", "\u00e4"), Map.entry("aacute", "\u00e1"),
			Map.entry("agrave", "\u00e0"), Map.entry("oacute", "\u00f3"), Map.entry("iacute", "\u00ed"),
			Map.entry("uacute", "\u00fa"), Map.entry("ccedil", "\u00e7"), Map.entry("ntilde", "\u00f1"),
			Map.entry("oslash", "\u00f8"), Map.entry("aring", "\u00e5"), Map.entry("szlig", "\u00df"),
			Map.entry("scaron", "\u0161"), Map.entry("Scaron", "\u0160"), Map.entry("zcaron", "\u017e"),
			Map.entry("ccaron", "\u010d"));

	/**
	 * A signature's contact line: a phone number at the start of the line or after a
	 * label or separator ({@code T +31 30 123 4567}, {@code Mob: 06-12345678},
	 * {@code Contoso | 030 123 4567}), an e-mail address or web address alone or
	 * labelled.
	 */
	private static final Pattern PHONE = Pattern.compile("(?i)(?:^|[|•·]\\s*|\\b(?:t|tel|telefoon|phone|m|mob|mobiel|"
			+ "mobile|gsm|direct|office|kantoor|f|fax)\\b\\.?\\s*:?\\s*)(\\+?\\(?\\d[\\d ()./-]{7,}\\d)");

	private static final Pattern CONTACT = Pattern
		.compile("(?i)^(?:(?:e|email|e-mail|mail|w|web|www|site)\\s*[.:]\\s*)?(?:[^@\\s]+@[^@\\s]+\\.\\w+|"
				+ "(?:https?://|www\\.)\\S+)(?:\\s*[|•·].*)?$");

	private static final Pattern TAGS = Pattern.compile("(?s)<[^>]*>");

	private static final Pattern HIDDEN = Pattern.compile("(?is)<(style|script|head)[^>]*>.*?</\\1>");

	/**
	 * Where the quoted earlier message starts in a reply (Outlook, Gmail, Apple Mail).
	 */
	private static final Pattern QUOTE_START = Pattern.compile("(?i)^(>.*|-{2,}\\s*original message\\s*-{2,}.*|"
			+ "-{2,}\\s*oorspronkelijk bericht\\s*-{2,}.*|_{10,}|--\\s*|sent from my .*|verzonden (?:vanaf|met|vanuit) .*|"
			+ "on .+ wrote:|op .+ schreef .+:|from:\\s.*|van:\\s.*|get outlook for .*|download outlook .*|"
			+ "outlook voor (?:ios|android).*)$");

	private static final Pattern GREETING = Pattern.compile(
			"(?i)^(hi|hello|hey|dear|hoi|hallo|beste|goedemorgen|goedemiddag|good (morning|afternoon))\\b[^.:]{0,40}[,!]?$");

	private static final Pattern CLOSING = Pattern.compile("(?i)^(kind regards|best regards|regards|thanks|thank you|"
			+ "cheers|met vriendelijke groet(en)?|groet(en|jes)?|bedankt|dank je( wel)?|mvg|vriendelijke groet(en)?|"
			+ "hartelijke groet(en)?|met (hartelijke |warme )?groet|warme groet(en)?|hgr|vr\\.? ?gr|gr\\.?(?=\\s|$)|"
			+ "alvast bedankt|alvast dank|best wishes|warm regards|many thanks|thanks in advance|sincerely|"
			+ "yours sincerely|best(?=,?$))\\b.*$");

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
			if (QUOTE_START.matcher(line).matches() || CLOSING.matcher(line).matches() || isContactLine(line)) {
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
		text = text.replaceAll("(?s)<!--.*?-->", " ");
		Matcher end = HTML_END.matcher(text);
		if (end.find()) {
			text = text.substring(0, end.start());
		}
		// Outlook breaks its source lines anywhere: a line break in the HTML is a space.
		text = text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
		text = BREAKS.matcher(text).replaceAll("\n");
		text = CELLS.matcher(text).replaceAll(" ");
		text = TAGS.matcher(text).replaceAll("");
		return entities(text);
	}

	/** Named and numeric character references as the characters they stand for. */
	private static String entities(String text) {
		Matcher entity = ENTITY.matcher(text);
		StringBuilder out = new StringBuilder();
		while (entity.find()) {
			String name = entity.group(1);
			String character;
			if (name.startsWith("#")) {
				int code;
				try {
					code = name.startsWith("#x") || name.startsWith("#X") ? Integer.parseInt(name.substring(2), 16)
							: Integer.parseInt(name.substring(1));
				}
				catch (NumberFormatException tooLarge) {
					code = -1;
				}
				character = code == 0xa0 ? " " : Character.isValidCodePoint(code) && code > 0
						? new String(Character.toChars(code)) : entity.group();
			}
			else {
				character = ENTITIES.getOrDefault(name, entity.group());
			}
			entity.appendReplacement(out, Matcher.quoteReplacement(character));
		}
		entity.appendTail(out);
		return out.toString();
	}

	/** Whether the line is a signature's contact line (phone, e-mail, web address). */
	static boolean isContactLine(String line) {
		if (CONTACT.matcher(line).matches()) {
			return true;
		}
		Matcher phone = PHONE.matcher(line);
		while (phone.find()) {
			// nine digits or more: a phone number, never a date (at most eight)
			if (phone.group(1).replaceAll("\\D", "").length() >= 9) {
				return true;
			}
		}
		return false;
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static boolean looksLikeHtml(String body) {
		return body.contains("</") && body.contains(">");
	}

}
