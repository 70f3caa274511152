package io.handover.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message that quotes or forwards an earlier one. What the manager writes above the
 * quote is the announcement when it says something of someone ("Anna Bos starts Monday,
 * see below"); when it only points at the quote ("FYI, see below", "Zie hieronder"), the
 * announcement is the forwarded message, read without its header lines ("Van:",
 * "Subject:", "Date:") and quote marks ("> ").
 */
final class QuotedMail {

	/**
	 * Where a quoted earlier message begins: an Outlook or Gmail reply or forward header,
	 * or a quoted line.
	 */
	private static final Pattern QUOTED = Pattern
		.compile("(?im)^(?:-{2,}\\s*(?:original message|oorspronkelijk bericht|origineel bericht|"
				+ "forwarded message|doorgestuurd bericht)\\s*-{2,}|_{8,}\\s*$|begin forwarded message:|"
				+ "(?:from|van|sent|verzonden|to|aan|subject|onderwerp):"
				+ ".*\\n(?:.*\\n)?(?:sent|verzonden|to|aan|date|datum|subject|onderwerp):|on .{5,80} wrote:|"
				+ "op .{5,80} schreef .{0,60}:|>)");

	/** A line of a mail header: "Van: P&O", "Sent: Tuesday, 1 December 2026 10:02". */
	private static final Pattern HEADER = Pattern.compile("(?i)^(?:from|van|sent|verzonden|to|aan|cc|bcc|subject|"
			+ "onderwerp|date|datum|reply-to|antwoord aan)\\s*:.*$");

	/** A line that only separates: "---- Forwarded message ----", "On … wrote:". */
	private static final Pattern SEPARATOR = Pattern.compile("(?i)^(?:-{2,}[^\\n]*-{2,}|_{8,}|begin forwarded message:|"
			+ "on .{5,80} wrote:|op .{5,80} schreef .{0,60}:)$");

	/**
	 * "Sent from my iPhone", "Verstuurd vanaf mijn Huawei", "Get Outlook for Android".
	 */
	private static final Pattern DEVICE = Pattern.compile("(?im)^(?:sent from my|sent from outlook|sent with|"
			+ "(?:verzonden|verstuurd) (?:vanaf|vanuit|met|via) (?:mijn )?|get outlook for|download outlook for|"
			+ "outlook voor (?:ios|android)).*$\\n?");

	/** Two capitalised words in a row, perhaps with particles: a full name. */
	private static final Pattern NAMED = Pattern
		.compile("\\b\\p{Lu}\\p{Ll}+(?: (?:van|de|der|den|ter|ten|te|el|al|da|di|le|la|von))* \\p{Lu}\\p{Ll}+");

	private static final Pattern QUOTE_MARKS = Pattern.compile("^(?:>\\s?)+");

	private QuotedMail() {
	}

	/**
	 * The words that announce: the message above the quote, or the quoted message when
	 * nothing above it says anything.
	 * @param text the message, its lines trimmed
	 * @param announces whether words say someone joins, leaves or moves
	 */
	static String announced(String written, Predicate<String> announces) {
		String text = DEVICE.matcher(written).replaceAll("").trim();
		Matcher quoted = QUOTED.matcher(text);
		if (!quoted.find()) {
			return text;
		}
		String above = text.substring(0, quoted.start()).trim();
		String forwarded = forwarded(text.substring(quoted.start()));
		// "FW: Leaver" above the forwarded leaver says what, not whom
		if (!above.isEmpty() && announces.test(above) && (NAMED.matcher(above).find() || !announces.test(forwarded))) {
			return above;
		}
		// "Confirmed, her last day is 22 January." above "Is Hannah Cole leaving?": the
		// person from the quote, the date from the reply
		if (!above.isEmpty() && !NAMED.matcher(above).find() && NAMED.matcher(forwarded).find()
				&& announces.test(forwarded) && !DateWords.findAll(above, LocalDate.EPOCH).isEmpty()
				&& DateWords.findAll(forwarded, LocalDate.EPOCH).isEmpty()) {
			return forwarded + "\n" + above;
		}
		// "Hij begint toch pas op 1 maart, niet op 1 februari." above the mail announcing
		// him on 1 February: the person from the quote, the date the reply corrects too
		if (!above.isEmpty() && !NAMED.matcher(above).find() && NAMED.matcher(forwarded).find()
				&& announces.test(forwarded) && DateWords.findAll(above, LocalDate.EPOCH).size() > 1) {
			return forwarded + "\n" + above;
		}
		if (above.isEmpty() || announces.test(forwarded)) {
			return forwarded;
		}
		return above;
	}

	/**
	 * The first quoted message: its quote marks, separators and header lines dropped, up
	 * to where an older message it quotes in turn begins.
	 */
	private static String forwarded(String quote) {
		List<String> lines = new ArrayList<>();
		boolean header = true;
		for (String line : quote.split("\n")) {
			String plain = QUOTE_MARKS.matcher(line).replaceFirst("").trim();
			if (SEPARATOR.matcher(plain).matches()) {
				if (!header) {
					break;
				}
				continue;
			}
			if (header && (plain.isEmpty() || HEADER.matcher(plain).matches())) {
				continue;
			}
			header = false;
			if (!plain.isEmpty()) {
				lines.add(plain);
			}
		}
		return String.join("\n", lines);
	}

}
