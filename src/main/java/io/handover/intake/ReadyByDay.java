package io.handover.intake;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekday in a closing question about getting things ready: "kan dat voor zaterdag
 * geregeld zijn?", "can that be sorted by Friday?", "lukt het om de passen voor woensdag
 * klaar te hebben?". It is when the accounts and keys are due, not anyone's day: read as
 * a person's, it would put the start the next such weekday (or one already past) instead
 * of the date said of them.
 */
final class ReadyByDay {

	/** "voor zaterdag", "by Friday", "tegen donderdag", said of a bare weekday. */
	private static final Pattern BY = Pattern.compile("(?iu)\\b(?:voor|vóór|tegen|uiterlijk|by|before|ahead of)\\s+"
			+ "(?:(?:this|next|coming|deze|aanstaande|komende|a\\.s\\.)\\s+)?$");

	/** Things made ready: "geregeld", "klaar", "ready", "sorted", "in orde". */
	private static final Pattern READY = Pattern.compile("(?iu)\\b(?:geregeld|regelen|klaar|klaargezet|klaarzetten|"
			+ "gereed|in orde|aangemaakt|aanmaken|geleverd|ready|sorted|arranged|set up|done|in place|organi[sz]ed)\\b");

	private ReadyByDay() {
	}

	/** The dates without such deadlines, if a date of the people is said before them. */
	static List<DateWords.Mention> without(String body, List<DateWords.Mention> dates) {
		return dates.stream().filter(d -> !deadline(body, dates, d)).toList();
	}

	private static boolean deadline(String body, List<DateWords.Mention> dates, DateWords.Mention date) {
		if (date.weekday() == null || dates.stream().noneMatch(d -> d.end() <= date.start() && d.date() != null)
				|| !BY.matcher(body.substring(Math.max(0, date.start() - 30), date.start())).find()) {
			return false;
		}
		if (!Sentences.asks(body, date.end())) {
			return false;
		}
		Matcher ready = READY.matcher(body)
			.region(Sentences.start(body, date.start()), Sentences.end(body, date.end()));
		return ready.find();
	}

}
