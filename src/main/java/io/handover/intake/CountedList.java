package io.handover.intake;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People counted before a colon and then listed after it, each with a clause of their
 * own: "Per 1 februari vertrekken drie monteurs: A gaat naar Duitsland, B stopt ermee en
 * C gaat studeren", "Three leavers at the end of January: A moves abroad, B … and C …".
 * The count says that many people are announced, so a listed name is one of them though
 * only the heading says what happens to them.
 */
final class CountedList {

	/** A count of people in the heading: "drie monteurs", "2 new baristas". */
	private static final Pattern COUNT = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:(twee|drie|vier|vijf|zes|two|three|"
			+ "four|five|six)|([2-6]))\\s+(?:(?:new|nieuwe?|extra)\\s+)?\\p{L}{3,}");

	private static final String[] WORDS = { "twee", "drie", "vier", "vijf", "zes" };

	private static final String[] ENGLISH = { "two", "three", "four", "five", "six" };

	/** The next item after the one before: a comma or "and" ends the clause before. */
	private static final Pattern NEXT_ITEM = Pattern
		.compile("(?iu)[^.!?;:\\n()]{0,60}?(?:,\\s*(?:(?:en|and)\\s+)?|" + "\\s(?:en|and|&)\\s+)");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]");

	private CountedList() {
	}

	/**
	 * Whether the name is an item of a list after a colon whose heading counts people,
	 * and the list has not yet reached that count.
	 * @param people the full names in the message, in the order written
	 */
	static boolean nextItem(String body, List<AnnouncementParser.Span> people, AnnouncementParser.Span previous,
			AnnouncementParser.Span name) {
		int colon = body.lastIndexOf(':', previous.start());
		if (colon < 0 || SENTENCE_END.matcher(body.substring(colon + 1, name.start())).find()
				|| !NEXT_ITEM.matcher(body).region(previous.end(), name.start()).matches()) {
			return false;
		}
		int from = Sentences.start(body, colon);
		if (people.stream().anyMatch(p -> p.start() >= from && p.start() < colon)) {
			return false;
		}
		Matcher count = COUNT.matcher(body).region(from, colon);
		if (!count.find()) {
			return false;
		}
		long listed = people.stream().filter(p -> p.start() > colon && p.start() <= name.start()).count();
		return listed <= counted(count);
	}

	private static int counted(Matcher count) {
		if (count.group(2) != null) {
			return Integer.parseInt(count.group(2));
		}
		String word = count.group(1).toLowerCase(Locale.ROOT);
		for (int i = 0; i < WORDS.length; i++) {
			if (WORDS[i].equals(word) || ENGLISH[i].equals(word)) {
				return i + 2;
			}
		}
		return 0;
	}

}
