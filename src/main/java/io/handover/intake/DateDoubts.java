package io.handover.intake;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dates the parser can read but a careful reader would not take as said: the form keeps
 * the date and says why it may be another. Each doubt is one a manager's words really
 * leave open, not a guess of the parser's.
 */
final class DateDoubts {

	/** "next Friday", "volgende vrijdag": not "next week Friday", nor "aanstaande". */
	private static final Pattern NEXT_WEEKDAY = Pattern.compile("(?:next|volgende)\\s+\\p{L}+\\.?");

	/** "in the week of", "week commencing", "in de week van" right before the date. */
	private static final Pattern WEEK_OF = Pattern.compile("(?i)\\bweek\\s+(?:of|beginning|commencing|starting|"
			+ "van|vanaf|beginnend\\s+(?:op|met))\\s+(?:the\\s+|de\\s+|maandag\\s+|monday\\s+)?$");

	/**
	 * "vanaf februari", "from March", "per maart": a month without a day, which the
	 * parser does not read as a date, told as when something starts.
	 */
	private static final Pattern MONTH_ONLY_START = Pattern
		.compile("(?i)\\b(?:vanaf|per|from|as\\s+of|starting(?:\\s+in)?|met\\s+ingang\\s+van|beginning\\s+of|begin)\\s+"
				+ "(?:(?:the\\s+)?(?:begin|start)\\s+(?:of|van)\\s+)?(" + DateWords.MONTH + ")(?!\\s*\\d{1,2}\\b)"
				+ "(?!\\p{L})");

	/**
	 * Words of a writer unsure of a date: "I think", "probably", "not confirmed yet",
	 * "waarschijnlijk", "als het goed is", "onder voorbehoud". Not "zo snel mogelijk",
	 * and not a hope about something else ("hopefully the badge is ready").
	 */
	private static final Pattern UNSURE = Pattern.compile("(?iu)\\b(?:i think|i believe|i guess|i expect|"
			+ "probably|presumably|possibly|perhaps|maybe|likely|tentative(?:ly)?|expected to|if all goes well|"
			+ "not (?:yet )?(?:sure|certain|confirmed|final)|tbc|to be confirmed|"
			+ "(?:ik )?denk ik|ik denk|ik geloof|waarschijnlijk|vermoedelijk|(?<!\\b(?:zo|snel|spoedig) )mogelijk|misschien|"
			+ "wellicht|naar verwachting|als het goed is|als alles goed gaat|onder voorbehoud|o\\.v\\.b|onzeker|"
			+ "niet (?:zeker|definitief|bevestigd|rond))\\b");

	private DateDoubts() {
	}

	/**
	 * "Next Friday" said on a Thursday: tomorrow or the Friday after is a week apart, and
	 * writers mean both. Only when the weekday falls in this very week; "next Monday"
	 * said on a Thursday can only be the coming one.
	 */
	static boolean nextOfThisWeek(DateWords.Mention mention, LocalDate today) {
		if (mention.date() == null || mention.weekday() == null
				|| !NEXT_WEEKDAY.matcher(mention.words().toLowerCase(Locale.ROOT).trim()).matches()) {
			return false;
		}
		LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		return mention.date().isAfter(today) && !mention.date().isAfter(sunday);
	}

	/** "In the week of 11 January": the week is told, the day is not. */
	static boolean weekOnly(String body, DateWords.Mention mention) {
		String before = body.substring(Math.max(0, mention.start() - 40), mention.start());
		return WEEK_OF.matcher(before).find();
	}

	/**
	 * The part tells a start by its month only ("vanaf februari") and the date taken is
	 * another month's day ("hij promoveert op 29 januari"): that day may be no start at
	 * all.
	 */
	static boolean otherMonthStartTold(String body, int from, int to, DateWords.Mention chosen) {
		if (chosen.date() == null) {
			return false;
		}
		var month = MONTH_ONLY_START.matcher(body).region(from, to);
		while (month.find()) {
			if (month.start() <= chosen.start() && chosen.start() < month.end()) {
				continue;
			}
			Integer told = DateWords.monthNumber(month.group(1));
			if (told != null && told != chosen.date().getMonthValue()) {
				return true;
			}
		}
		return false;
	}

	/** The sentence that says the date says the writer is not sure of it. */
	static boolean saidWithDoubt(String body, DateWords.Mention mention) {
		return UNSURE.matcher(Sentences.around(body, mention.start(), mention.end())).find();
	}

}
