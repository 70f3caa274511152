package io.handover.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates said once of everyone in a list: "Ella Kok and Bas Blom from 14 December, both
 * until 29 January", "…: Eva Bos, Daan Kok, Iris Veen. Tot 24/12.", "Laatste werkdag voor
 * beiden 31 december". Such a date sits in the last person's (or the first's) part of the
 * message, but it is not that person's own.
 */
final class SaidOfAll {

	/**
	 * "both", "allemaal" before the end date in the part, or the end opening a sentence.
	 */
	private static final Pattern ALL = Pattern
		.compile("(?i)\\b(?:both|all|everyone|each|allebei|allemaal|beiden|allen|iedereen|elk)\\b");

	private static final Pattern END_OPENS_SENTENCE = Pattern
		.compile("(?i)(?:^|[.!?\\n]\\s*)(?:tot(?:\\s+en\\s+met)?|t/m|until|till)\\s+(?:the\\s+|de\\s+)?$");

	private static final Pattern LAST_DAY_OF_ALL = Pattern.compile("(?i)\\b(?:laatste\\s+(?:werk)?dag|last\\s+"
			+ "(?:working\\s+|work\\s+)?day)\\b[^.!?\\n]{0,25}?\\b(?:voor|for|of)\\s+(?:beiden|allebei|allen|iedereen|"
			+ "both(?:\\s+of\\s+them)?|all(?:\\s+of\\s+them)?|everyone|them\\s+both)\\b|\\bbeider\\s+laatste\\s+"
			+ "(?:werk)?dag\\b|"
			// the people first: "Beiden hebben hun laatste werkdag op …", "They both have
			// their last day on …"
			+ "\\b(?:beiden|allebei|alle\\s+(?:twee|drie|vier|vijf|\\d)|both|they\\s+all|all\\s+(?:three|four|five|"
			+ "of\\s+them))\\b[^.!?\\n]{0,25}?\\b(?:laatste\\s+(?:werk)?dag|last\\s+(?:working\\s+|work\\s+)?day)\\b|"
			// "A en B gaan met pensioen, hun laatste werkdag is …", "their last day is
			// …": one day
			+ "\\b(?:hun\\s+laatste\\s+(?:werk)?dag|their\\s+last\\s+(?:working\\s+|work\\s+)?day)\\b");

	/**
	 * A closing line for everyone in a list above it: "They both begin on 7 December",
	 * "Alle drie beginnen op 14 december".
	 */
	private static final Pattern CLOSING_ALL = Pattern.compile("(?iu)\\b(?:they\\s+(?:all|both)|all\\s+(?:two|three|"
			+ "four|five|six|\\d|of\\s+them)|both\\s+of\\s+them|alle\\s+(?:twee|drie|vier|vijf|zes|\\d)|allebei|"
			+ "allemaal|beiden|iedereen|everyone)\\b");

	/** Where a closing said of all begins: a new line, a dash or a semicolon. */
	private static final Pattern CLOSING_TURN = Pattern.compile("\\n|\\s[—–-]\\s|;");

	private SaidOfAll() {
	}

	/**
	 * People listed line by line with no date of their own get the date of a closing line
	 * said of all of them ("- Ana⏎- Rui⏎They both begin on 7 December"): it sits in the
	 * last person's part, so the first would otherwise have none.
	 */
	static List<Announcement> closingOfAll(String body, List<int[]> segments, List<DateWords.Mention> dates,
			List<Announcement> read) {
		if (read.size() < 2 || read.size() != segments.size()
				|| read.stream().noneMatch(a -> a.date() == null && a.employeeName() != null)) {
			return read;
		}
		int lastItem = segments.get(segments.size() - 1)[0];
		while (lastItem < body.length() && Character.isWhitespace(body.charAt(lastItem))) {
			lastItem++;
		}
		// the closing on a line of its own, or set off by a dash or a semicolon after
		// the last name ("…, Jolien Maes and Tyrone Baptiste — they all start on 18
		// December")
		Matcher turn = CLOSING_TURN.matcher(body);
		DateWords.Mention day = null;
		int next = lastItem;
		while (day == null && next < body.length() && turn.find(next)) {
			int closing = turn.start();
			next = turn.end();
			int end = body.indexOf('\n', closing + 1) < 0 ? body.length() : body.indexOf('\n', closing + 1);
			if (CLOSING_ALL.matcher(body).region(closing, end).find()) {
				day = dates.stream()
					.filter(d -> d.date() != null && d.start() > closing && d.end() <= end)
					.findFirst()
					.orElse(null);
			}
		}
		if (day == null) {
			return read;
		}
		DateWords.Mention shared = day;
		return read.stream()
			.map(a -> a.date() == null && a.employeeName() != null
					? new Announcement(a.kind(), a.employeeName(), shared.date(), a.roleWords(), a.roleKey(),
							a.workLocation(), shared.words(), a.currentRoleKey(), a.notes(), a.language())
					: a)
			.toList();
	}

	/**
	 * A person whose only date is an end said of all ("allemaal t/m 3 januari") starts
	 * when the person before them starts, and starts as they do.
	 */
	static List<Announcement> endOfAll(String body, List<int[]> segments, List<DateWords.Mention> dates,
			List<Announcement> read) {
		if (read.size() < 2 || read.size() != segments.size()) {
			return read;
		}
		List<Announcement> result = new ArrayList<>(read);
		for (int i = 1; i < result.size(); i++) {
			Announcement a = result.get(i);
			DateWords.Mention own = mentionOf(a, segments.get(i), dates);
			if (own == null || !AnnouncementParser.endsBefore(body, own) || !saidOfAll(body, segments.get(i), own)) {
				continue;
			}
			Announcement before = result.get(i - 1);
			// a start of their own before the end said of all is theirs: "A begint
			// zaterdag 26 december en B maandag 28 december. Allebei t/m 31 december."
			int partStart = segments.get(i)[0];
			DateWords.Mention ownStart = dates.stream()
				.filter(d -> d.date() != null && d.start() >= partStart && d.end() <= own.start()
						&& !AnnouncementParser.endsBefore(body, d))
				.reduce((first, second) -> second)
				.orElse(null);
			if (ownStart != null) {
				result.set(i,
						new Announcement(before.kind() == Announcement.Kind.STARTER ? before.kind() : a.kind(),
								a.employeeName(), ownStart.date(), a.roleWords(), a.roleKey(), a.workLocation(),
								ownStart.words(), a.currentRoleKey(), a.notes(), a.language()));
				continue;
			}
			// the others' start may be said before any name ("per 12 dec: Eva, Daan,
			// Iris")
			DateWords.Mention theirs = mentionOf(before, new int[] { 0, body.length() }, dates);
			if (theirs == null || AnnouncementParser.endsBefore(body, theirs)) {
				continue;
			}
			// the end of a starter's stay said of all is no leaving ("A en B, allebei op
			// de
			// kade, tot en met 31 januari" under a heading for temps)
			Announcement.Kind kind = before.kind() == Announcement.Kind.STARTER && a.kind() == Announcement.Kind.LEAVER
					? before.kind() : a.kind();
			result.set(i, new Announcement(kind, a.employeeName(), before.date(), a.roleWords(), a.roleKey(),
					a.workLocation(), before.dateWords(), a.currentRoleKey(), a.notes(), a.language()));
		}
		return result;
	}

	/** "Laatste werkdag voor beiden 31 december": every leaver's last day. */
	static List<Announcement> lastDayOfAll(String body, List<DateWords.Mention> dates, List<Announcement> read) {
		if (read.size() < 2) {
			return read;
		}
		Matcher said = LAST_DAY_OF_ALL.matcher(body);
		if (!said.find()) {
			return read;
		}
		int sentenceEnd = Sentences.end(body, said.end());
		DateWords.Mention day = dates.stream()
			// the day after the words, or among them: "Voor allebei is 31 december de
			// laatste werkdag"
			.filter(d -> d.date() != null && d.start() >= said.start() && d.start() < sentenceEnd)
			.findFirst()
			.orElse(null);
		if (day == null) {
			return read;
		}
		return read.stream()
			.map(a -> a.kind() == Announcement.Kind.LEAVER && !day.date().equals(a.date())
					? new Announcement(a.kind(), a.employeeName(), day.date(), a.roleWords(), a.roleKey(),
							a.workLocation(), day.words(), a.currentRoleKey(), a.notes(), a.language())
					: a)
			.toList();
	}

	private static boolean saidOfAll(String body, int[] segment, DateWords.Mention end) {
		String before = body.substring(segment[0], end.start());
		return ALL.matcher(before).find() || END_OPENS_SENTENCE.matcher(before).find();
	}

	private static DateWords.Mention mentionOf(Announcement a, int[] segment, List<DateWords.Mention> dates) {
		if (a.date() == null || a.dateWords() == null) {
			return null;
		}
		// the last part may end at the name, before the date it was given
		return dates.stream()
			.filter(d -> d.start() >= segment[0] && a.dateWords().equals(d.words()))
			.findFirst()
			.orElse(null);
	}

}
