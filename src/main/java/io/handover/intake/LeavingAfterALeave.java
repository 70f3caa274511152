package io.handover.intake;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A leaving timed by a leave before it, no day said: "neemt een sabbatical en verlaat ons
 * daarna", "after her sabbatical she will leave us". The leaver's day is the leave's end,
 * which the words do not give; a day said in another sentence (a Christmas lunch, a
 * meeting) is none of it, so the form asks for the day. A day said with the leaving
 * ("after her sabbatical Kate leaves us on 30 June") stays.
 */
final class LeavingAfterALeave {

	private static final String LEAVE = "(?:(?:her|his|their|the|haar|zijn|hun|het|de) )?(?:[\\p{L}-]+ )?"
			+ "(?:sabbatical|\\p{L}*verlof|leave|career break|loopbaanonderbreking|tijdskrediet)";

	/**
	 * The leaving said after the leave: "na zijn sabbatical", "… en verlaat ons daarna".
	 */
	private static final Pattern AFTER_LEAVE = Pattern.compile("(?iu)\\b(?:after|na|na afloop van) " + LEAVE + "\\b|"
			+ "\\b(?:sabbatical|\\p{L}*verlof|leave|career break|loopbaanonderbreking|tijdskrediet)\\b"
			+ "[^.;!?\\n]{0,40}?\\b(?:verlaat|verlaten|vertrekt|stopt|leaves?|leaving)\\b[^.;!?\\n]{0,20}?"
			+ "\\b(?:daarna|daarop|afterwards|after that|after it|then)\\b");

	private static final Pattern SENTENCE_END = Pattern.compile("[.;!?\\n]");

	private LeavingAfterALeave() {
	}

	/** Each leaver timed so, without a day said in another sentence. */
	static List<Announcement> undated(String body, List<DateWords.Mention> dates, List<Announcement> read) {
		List<int[]> sentences = new ArrayList<>();
		Matcher after = AFTER_LEAVE.matcher(body);
		while (after.find()) {
			sentences.add(sentence(body, after.start(), after.end()));
		}
		if (sentences.isEmpty()) {
			return read;
		}
		List<Announcement> result = new ArrayList<>();
		for (Announcement a : read) {
			DateWords.Mention day = a.kind() != Announcement.Kind.LEAVER || a.date() == null ? null
					: dates.stream()
						.filter(d -> a.date().equals(d.date()) && d.words().equals(a.dateWords()))
						.findFirst()
						.orElse(null);
			boolean elsewhere = day != null
					&& sentences.stream()
						.anyMatch(s -> aboutThem(body, s, a) && (day.start() < s[0] || day.end() > s[1]))
					&& sentences.stream().noneMatch(s -> day.start() >= s[0] && day.end() <= s[1])
					&& !ownDay(body, sentence(body, day.start(), day.end()), a);
			result.add(elsewhere ? undated(a) : a);
		}
		return result;
	}

	/**
	 * A sentence of the leaver's own day: their name or a leaving word in it ("Zijn
	 * laatste werkdag is 31 mei").
	 */
	private static final Pattern LEAVING_SAID = Pattern.compile("(?iu)\\b(?:laatste|last|final|vertrek\\p{L}*|"
			+ "leav\\p{L}*|stopt|stops|uit ?dienst\\p{L}*|ends?|eind\\p{L}*|tot|until|retir\\p{L}*|pensioen|afscheid|farewell|contract\\p{L}*|per|as of|met ingang van|m\\.i\\.v\\.)(?!\\p{L})");

	private static boolean ownDay(String body, int[] sentence, Announcement a) {
		String words = body.substring(sentence[0], sentence[1]);
		String first = a.employeeName() == null ? null : a.employeeName().split(" ")[0];
		return first != null && words.contains(first) || LEAVING_SAID.matcher(words).find();
	}

	private static boolean aboutThem(String body, int[] sentence, Announcement a) {
		String words = body.substring(sentence[0], sentence[1]);
		String first = a.employeeName() == null ? null : a.employeeName().split(" ")[0];
		return first != null && words.contains(first) || words.matches("(?isu).*\\b(?:he|she|they|hij|zij|ze)\\b.*");
	}

	private static int[] sentence(String body, int from, int to) {
		int start = from;
		while (start > 0 && !SENTENCE_END.matcher(String.valueOf(body.charAt(start - 1))).matches()) {
			start--;
		}
		Matcher end = SENTENCE_END.matcher(body).region(to, body.length());
		return new int[] { start, end.find() ? end.start() : body.length() };
	}

	private static Announcement undated(Announcement a) {
		Set<Announcement.Note> notes = EnumSet.noneOf(Announcement.Note.class);
		a.notes().stream().filter(n -> n.field() != FormField.DATE).forEach(notes::add);
		return new Announcement(a.kind(), a.employeeName(), null, a.roleWords(), a.roleKey(), a.workLocation(), null,
				a.currentRoleKey(), notes, a.language());
	}

}
