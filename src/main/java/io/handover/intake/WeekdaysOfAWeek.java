package io.handover.intake;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Starters listed under one week of the year, each with a weekday of their own: "Ze
 * beginnen alle drie in week 5:" then "- Tom Bakker (ma)", "- Sara Lin (wo)"; "De nieuwe
 * monteurs beginnen in week 4: Erik Jansen (ma) en Dirk Smeets (di)". Each one's day is
 * that weekday of that week: not the week's Monday, which the week alone would give, nor
 * the next such weekday, which the weekday alone would.
 */
final class WeekdaysOfAWeek {

	/** A week of the year, not a stretch of weeks ("week 3-4", "week 3 t/m 5"). */
	private static final Pattern WEEK = Pattern
		.compile("(?iu)\\b(?:week|wk\\.?)\\s*(\\d{1,2})\\b(?!\\s*(?:[-/–]|t/m|tot|to|en|and|of|or)\\s*\\d)");

	/**
	 * A weekday alone right after a name: in brackets ("Tom Bakker (ma)", "Kate Moore
	 * (Thu)"), or after a dash, colon or comma at the end of the name's line ("Femke
	 * Dekker - di"). A bracket that goes on with a date ("(Mon 1 Feb)") is a date of its
	 * own.
	 */
	static final Pattern OWN_DAY = Pattern.compile("(?iu)[ \\t]*(?:\\([ \\t]*(\\p{L}{2,9})\\.?[ \\t]*\\)"
			+ "|[-–:,][ \\t]*(\\p{L}{2,9})\\.?[ \\t]*(?=\\r?\\n|$))");

	private WeekdaysOfAWeek() {
	}

	/** Each person with a weekday of their own dated on that day of the one week said. */
	static List<Announcement> dated(String body, LocalDate today, List<Announcement> read) {
		Matcher week = WEEK.matcher(body);
		Integer number = null;
		while (week.find()) {
			int n = Integer.parseInt(week.group(1));
			if (number != null && number != n) {
				return read; // two weeks: which is whose is not told this way
			}
			number = n;
		}
		if (number == null) {
			return read;
		}
		String lower = body.toLowerCase(Locale.ROOT);
		List<Announcement> result = new ArrayList<>();
		for (Announcement a : read) {
			DayOfWeek day = a.employeeName() == null ? null : ownDay(body, lower, a.employeeName());
			LocalDate date = day == null ? null : DateWords.inWeek(today, number, day).orElse(null);
			result.add(date == null ? a : new Announcement(a.kind(), a.employeeName(), date, a.roleWords(), a.roleKey(),
					a.workLocation(), a.dateWords(), a.currentRoleKey(),
					// the day is told now: no note that only the week was
					a.notes().stream().filter(n -> n != Announcement.Note.WEEK_ONLY).collect(Collectors.toSet()),
					a.language()));
		}
		return result;
	}

	/** The weekday said right after the name, or null. */
	private static DayOfWeek ownDay(String body, String lower, String name) {
		int at = lower.indexOf(name.toLowerCase(Locale.ROOT));
		if (at < 0) {
			return null;
		}
		Matcher day = OWN_DAY.matcher(body).region(at + name.length(), body.length());
		if (!day.lookingAt()) {
			return null;
		}
		return DateWords.anyWeekday(day.group(1) != null ? day.group(1) : day.group(2));
	}

	/** Whether the name's line holds nothing after it but a weekday of its own. */
	static boolean dayTagged(String body, AnnouncementParser.Span name) {
		Matcher day = OWN_DAY.matcher(body).region(name.end(), body.length());
		if (!day.lookingAt() || DateWords.anyWeekday(day.group(1) != null ? day.group(1) : day.group(2)) == null) {
			return false;
		}
		int end = body.indexOf('\n', day.end());
		return body.substring(day.end(), end < 0 ? body.length() : end).isBlank();
	}

}
