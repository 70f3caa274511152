package io.handover.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A question whether something is already done for someone who is here: "Heeft Jan de
 * Vries al een account? Hij begon 1 december.", "Kan Priya Nair al inloggen?", "Is Hannah
 * Cole's badge ready?", "has anyone set up Marcus Webb's email? He joined on 1 December."
 * The start was announced before, or never needed to be: the writer asks how things
 * stand, and a form would be one never asked for. A start still to come said beside it
 * ("… ready? He starts Monday") keeps its form, noted as asked about
 * ({@link AskedNotAnnounced#readyAsked}); a start told first and a question after it
 * ("Lotte begint op 4 januari. Heeft zij al een pasje nodig?") is an announcement.
 */
final class StateAsked {

	/**
	 * A question opened by its verb, after a greeting or a label ("Hoi, is het account
	 * van … al aangemaakt?", "Quick one: has anyone set up …?"), that asks whether a
	 * thing is already there.
	 */
	private static final Pattern STATE_QUESTION = Pattern.compile("(?iu)^\\W*(?:(?:hi|hoi|hey|hallo|hello|dag|"
			+ "quick one|quick question|vraagje|vraag|question|even checken|just checking)\\b[\\s,:!–-]*)*"
			+ "(?:is|are|was|does|do|did|has|have|can|could|heeft|hebben|kan|kunnen|zijn|weet|weten|staat|staan)\\b"
			+ "[^?]*\\b(?:al|already|yet|ready|klaar|aangemaakt|geregeld|gekregen|set up|in the system|"
			+ "in het systeem)\\b[^?]*\\?$");

	/** A start already made, told in the past: "Hij begon", "is maandag begonnen". */
	private static final Pattern PAST_START = Pattern.compile("(?iu)\\b(?:begon|begonnen|gestart|startte|started|"
			+ "joined|began|zou\\b[^.!?\\n]{0,30}\\bbeginnen|sinds|since)\\b");

	private StateAsked() {
	}

	/**
	 * Whether every name read stands in such a question and every day said is past or a
	 * start already made.
	 */
	static boolean ofSomeoneHere(String body, List<AnnouncementParser.Span> found, List<DateWords.Mention> dates,
			LocalDate today) {
		if (found.isEmpty() || body.indexOf('?') < 0) {
			return false;
		}
		for (AnnouncementParser.Span name : found) {
			String question = question(body, name.start(), name.end());
			if (question == null || !STATE_QUESTION.matcher(question).find()) {
				return false;
			}
		}
		return dates.stream()
			.allMatch(d -> d.date() != null && d.date().isBefore(today)
					|| PAST_START.matcher(sentence(body, d.start(), d.end())).find());
	}

	/**
	 * The question the words stand in, from its sentence's start to its question mark;
	 * null if none.
	 */
	private static String question(String body, int from, int to) {
		int end = to;
		while (end < body.length() && ".!?\n".indexOf(body.charAt(end)) < 0) {
			end++;
		}
		if (end == body.length() || body.charAt(end) != '?') {
			return null;
		}
		return body.substring(start(body, from), end + 1).strip();
	}

	private static int start(String body, int from) {
		int start = from;
		while (start > 0 && ".!?\n".indexOf(body.charAt(start - 1)) < 0) {
			start--;
		}
		return start;
	}

	private static String sentence(String body, int from, int to) {
		int start = start(body, from);
		int end = to;
		while (end < body.length() && ".!?\n".indexOf(body.charAt(end)) < 0) {
			end++;
		}
		return body.substring(start, Math.min(body.length(), end + 1)).strip();
	}

}
