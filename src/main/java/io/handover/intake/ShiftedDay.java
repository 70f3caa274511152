package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A day moved by a period and then named: "de starter van maandag 7 december begint een
 * week later (14 december)", "her last day moves two days earlier, to 16 December". The
 * day named after the shift is the day; the one before it is the plan that was moved.
 */
final class ShiftedDay {

	/**
	 * The shift right before the day named: "een week later (", "two days earlier, to ".
	 */
	private static final Pattern SHIFT_BEFORE = Pattern
		.compile("(?i)\\b(?:later|eerder|earlier|sooner|vroeger)\\s*(?:[(:,–—-]\\s*)?"
				+ "(?:(?:dus|so|namelijk|that is|i\\.e\\.|to|naar|op|on|the|de)\\s+)*$");

	private ShiftedDay() {
	}

	/**
	 * The chosen date, or a later one of this part said right after a shift.
	 * @param here the dates of this part, in order
	 */
	static DateWords.Mention of(String body, DateWords.Mention chosen, List<DateWords.Mention> here) {
		for (DateWords.Mention m : here) {
			if (m.start() > chosen.end() && m.date() != null
					&& SHIFT_BEFORE.matcher(body.substring(Math.max(chosen.end(), m.start() - 30), m.start())).find()) {
				return m;
			}
		}
		return chosen;
	}

}
