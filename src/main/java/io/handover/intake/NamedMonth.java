package io.handover.intake;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month a message names in full before a day said without one ("Our March leavers:
 * Ada on the 5th"). A month that is a given name is no month: "Our receptionist Mei Chen
 * leaves on the 23rd" names no May, nor does "April Jones" or "Anna May"; "may" in lower
 * case is a verb.
 */
final class NamedMonth {

	private static final Pattern MONTH_NAME = Pattern.compile("(?i)\\b(january|januari|february|februari|march|maart|"
			+ "april|mei|june|juni|july|juli|august|augustus|september|october|oktober|november|december)\\b"
			+ "|\\b(?-i:(May))\\b");

	/** Months that are also given names. */
	private static final Set<String> GIVEN_NAMES = Set.of("april", "may", "mei", "june", "august");

	/** A capitalised word next to the month that makes it part of a name. */
	private static final Pattern NAME_AFTER = Pattern.compile("^[ \\t]+(\\p{Lu}\\p{Ll}+)\\b");

	private static final Pattern NAME_BEFORE = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)[ \\t]+$");

	/**
	 * Capitalised words beside a month that say it is the month: a heading ("March
	 * Leavers") or a sentence's first word ("In May", "Our May starters").
	 */
	private static final Set<String> NOT_NAMES = Set.of("in", "our", "onze", "the", "de", "per", "vanaf", "from",
			"starting", "op", "on", "by", "end", "eind", "einde", "begin", "early", "late", "mid", "medio", "half",
			"next", "this", "deze", "volgende", "komende", "until", "tot", "since", "sinds", "for", "voor", "of", "van",
			"na", "after", "before", "start", "starts", "starters", "leavers", "joiners", "movers", "hires",
			"vertrekkers", "nieuwkomers", "instroom", "uitstroom", "update", "overview", "overzicht", "planning",
			"intake", "new", "nieuw", "nieuwe", "staff", "team", "during", "tijdens", "t/m", "als", "as");

	private NamedMonth() {
	}

	/** The last month named before {@code at}, in lower case, or null. */
	static String lastBefore(String text, int at) {
		Matcher month = MONTH_NAME.matcher(text).region(0, Math.min(at, text.length()));
		String last = null;
		while (month.find()) {
			String word = month.group(1) != null ? month.group(1) : month.group(2);
			if (!isName(text, month.start(), month.end(), word)) {
				last = word.toLowerCase(Locale.ROOT);
			}
		}
		return last;
	}

	private static boolean isName(String text, int start, int end, String word) {
		if (!GIVEN_NAMES.contains(word.toLowerCase(Locale.ROOT)) || !Character.isUpperCase(word.charAt(0))) {
			return false;
		}
		Matcher after = NAME_AFTER.matcher(text).region(end, text.length());
		if (after.find() && !NOT_NAMES.contains(after.group(1).toLowerCase(Locale.ROOT))) {
			return true;
		}
		Matcher before = NAME_BEFORE.matcher(text).region(0, start);
		return before.find() && !NOT_NAMES.contains(before.group(1).toLowerCase(Locale.ROOT));
	}

}
