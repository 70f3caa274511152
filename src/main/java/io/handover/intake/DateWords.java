package io.handover.intake;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every date in English or Dutch words, each with where it was written:
 * {@code 7 December}, {@code the 7th of March}, {@code March 7th, 2027},
 * {@code 7/3/2027}, {@code 7-3}, {@code 2027-03-07}, {@code vijftien januari},
 * {@code Tuesday 9 March}, {@code tomorrow}/{@code morgen},
 * {@code next Monday}/{@code volgende maandag}, {@code volgende week dinsdag},
 * {@code in three weeks}/{@code over drie weken}, {@code end of the month}. Numbers are
 * day first, as in the Netherlands, unless they can only be month first ({@code 1/31}). A
 * written date is explicit; a weekday or a relative period is not, so an explicit date
 * beats it.
 */
final class DateWords {

	private static final Map<String, Integer> MONTHS = new HashMap<>();

	private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

	/**
	 * Day numbers and amounts written as words: cardinals and ordinals, both languages.
	 */
	private static final Map<String, Integer> NUMBERS = new HashMap<>();

	/** Weekdays as chats shorten them before a day number: "za 19e", "sat 19th". */
	private static final Map<String, DayOfWeek> SHORT_WEEKDAYS = Map.of("ma", DayOfWeek.MONDAY, "di", DayOfWeek.TUESDAY,
			"wo", DayOfWeek.WEDNESDAY, "do", DayOfWeek.THURSDAY, "vr", DayOfWeek.FRIDAY, "za", DayOfWeek.SATURDAY, "zo",
			DayOfWeek.SUNDAY, "sat", DayOfWeek.SATURDAY, "sun", DayOfWeek.SUNDAY);

	/** Amounts of days or weeks: the numbers and "a", "een". */
	private static final Map<String, Integer> AMOUNTS = new HashMap<>();

	static {
		String[][] months = { { "january", "januari", "jan" }, { "february", "februari", "febr", "feb" },
				{ "march", "maart", "mar", "mrt" }, { "april", "apr" }, { "may", "mei" }, { "june", "juni", "jun" },
				{ "july", "juli", "jul" }, { "august", "augustus", "aug" }, { "september", "sept", "sep" },
				{ "october", "oktober", "oct", "okt" }, { "november", "nov" }, { "december", "dec" } };
		for (int i = 0; i < months.length; i++) {
			for (String name : months[i]) {
				MONTHS.put(name, i + 1);
			}
		}
		String[][] days = { { "monday", "maandag", "mon" }, { "tuesday", "dinsdag", "tue", "tues" },
				{ "wednesday", "woensdag", "wed" }, { "thursday", "donderdag", "thu", "thurs" },
				{ "friday", "vrijdag", "fri" }, { "saturday", "zaterdag" }, { "sunday", "zondag" } };
		// chat typos that drop the a of "dag": "maandg", "dinsdg"
		String[] clipped = { "maandg", "dinsdg", "woensdg", "donderdg", "vrijdg", "zaterdg", "zondg" };
		for (int i = 0; i < days.length; i++) {
			for (String name : days[i]) {
				WEEKDAYS.put(name, DayOfWeek.of(i + 1));
			}
			WEEKDAYS.put(clipped[i], DayOfWeek.of(i + 1));
		}
		String[] enCardinal = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
				"twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty" };
		String[] enOrdinal = { "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
				"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
				"eighteenth", "nineteenth", "twentieth" };
		String[] nlCardinal = { "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
				"twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien",
				"twintig" };
		String[] nlOrdinal = { "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste",
				"negende", "tiende", "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende",
				"zeventiende", "achttiende", "negentiende", "twintigste" };
		for (int i = 0; i < 20; i++) {
			NUMBERS.put(enCardinal[i], i + 1);
			NUMBERS.put(enOrdinal[i], i + 1);
			NUMBERS.put(nlCardinal[i], i + 1);
			NUMBERS.put(nlOrdinal[i], i + 1);
			// Flemish "den eersten februari", "den vijftienden januari"
			NUMBERS.put(nlOrdinal[i] + "n", i + 1);
		}
		NUMBERS.put("eén", 1);
		String[] nlUnits = { "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen" };
		String[] enUnits = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };
		String[] enUnitOrdinals = { "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
				"ninth" };
		for (int i = 0; i < 9; i++) {
			NUMBERS.put(nlUnits[i] + "entwintig", 21 + i);
			NUMBERS.put(nlUnits[i] + "ëntwintig", 21 + i);
			NUMBERS.put(nlUnits[i] + "entwintigste", 21 + i);
			NUMBERS.put(nlUnits[i] + "ëntwintigste", 21 + i);
			NUMBERS.put(nlUnits[i] + "entwintigsten", 21 + i);
			NUMBERS.put("twenty-" + enUnits[i], 21 + i);
			NUMBERS.put("twenty " + enUnits[i], 21 + i);
			NUMBERS.put("twenty-" + enUnitOrdinals[i], 21 + i);
			NUMBERS.put("twenty " + enUnitOrdinals[i], 21 + i);
		}
		NUMBERS.put("thirty", 30);
		NUMBERS.put("thirtieth", 30);
		NUMBERS.put("thirty-one", 31);
		NUMBERS.put("thirty-first", 31);
		NUMBERS.put("thirty one", 31);
		NUMBERS.put("thirty first", 31);
		NUMBERS.put("dertig", 30);
		NUMBERS.put("dertigste", 30);
		NUMBERS.put("eenendertig", 31);
		NUMBERS.put("eenendertigste", 31);
		NUMBERS.put("dertigsten", 30);
		NUMBERS.put("eenendertigsten", 31);
		AMOUNTS.putAll(NUMBERS);
		AMOUNTS.put("a", 1);
		AMOUNTS.put("an", 1);
		AMOUNTS.put("een", 1);
	}

	private static String alternatives(Iterable<String> words) {
		List<String> sorted = new ArrayList<>();
		words.forEach(sorted::add);
		sorted.sort(Comparator.comparing(String::length).reversed());
		return "(" + String.join("|", sorted.stream().map(Pattern::quote).toList()) + ")";
	}

	static final String MONTH = alternatives(MONTHS.keySet()) + "\\.?";

	/** The month a word names ("feb.", "maart"), or null. */
	static Integer monthNumber(String word) {
		return MONTHS.get(word.toLowerCase(Locale.ROOT).replace(".", ""));
	}

	static final String WEEKDAY_WORD = alternatives(WEEKDAYS.keySet());

	/**
	 * The weekday a word names, written out or shortened as chats do ("maandag", "Mon",
	 * "wo", "thurs."), or null.
	 */
	static DayOfWeek anyWeekday(String word) {
		String lower = word.toLowerCase(Locale.ROOT).replace(".", "");
		DayOfWeek day = WEEKDAYS.get(lower);
		return day != null ? day : SHORT_WEEKDAYS.get(lower);
	}

	private static final String NUMBER_WORD = alternatives(NUMBERS.keySet());

	private static final String AMOUNT_WORD = alternatives(AMOUNTS.keySet());

	private static final String AMOUNT = "(\\d{1,3}|" + AMOUNT_WORD.substring(1, AMOUNT_WORD.length() - 1) + ")";

	/** A weekday written right before a date: "Tuesday 9 March", "op dinsdag 9 maart". */
	static final String LEADING_WEEKDAY = "(?:(" + WEEKDAY_WORD.substring(1, WEEKDAY_WORD.length() - 1)
	// a chat's short Dutch weekday: "laatste werkdag is za 30 jan"
			+ "|\\b(?:ma|di|wo|do|vr|za|zo))\\.?,?\\s+(?:the\\s+|de\\s+)?)?";

	private static final String DAY = "(?:(\\d{1,2})(?:st|nd|rd|th|e|ste|de|ème)?|" + NUMBER_WORD + ")";

	private static final String YEAR = "(?:,?\\s+('?\\d{4}))?";

	private static final Pattern ISO = Pattern.compile(LEADING_WEEKDAY + "\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");

	private static final Pattern NUMERIC = Pattern
		.compile(LEADING_WEEKDAY + "\\b(\\d{1,2})([-/.])(\\d{1,2})\\3(\\d{4}|\\d{2})\\b");

	/**
	 * "4-7", "12/1": no hours ("14:00-22:00") and no number of a room, bay or section
	 * ("kas 4-7", "room 3-12").
	 */
	private static final Pattern NUMERIC_NO_YEAR = Pattern.compile(LEADING_WEEKDAY + "(?<![\\d/.:-])(?<!\\b(?:kas|vak|"
			+ "room|kamer|zaal|hal|hall|lokaal|bay|section|sectie|unit|bed|box|ward|gang|rij|row|plot|kavel|dock|"
			+ "gate|hangar|loods|stal|perceel)\\s)\\b(\\d{1,2})([-/])(\\d{1,2})\\b(?![-/.:]?\\d)");

	/**
	 * "1/31", "12/28/2026": written month first (American), as only a month can be at
	 * most 12 and a day above 12 cannot be a month. With a slash only: "9-17" is more
	 * often hours than a date.
	 */
	private static final Pattern MONTH_FIRST = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})\\b");

	/** "Per 1/3 Jan-Peter Hogenboom": a month's short name in a hyphened first name. */
	private static final String NOT_A_HYPHENED_NAME = "(?![-\u2010]\\p{L})";

	private static final Pattern DAY_MONTH = Pattern
		.compile(LEADING_WEEKDAY + "\\b(?:the\\s+|de\\s+|den\\s+)?" + DAY + "(?:\\s+(?:of\\s+|van\\s+)?|-)" + MONTH
				+ NOT_A_HYPHENED_NAME + DateShapes.MAY_AS_VERB + "(?:-(?=\\d{4}))?" + YEAR + "\\b");

	private static final Pattern MONTH_DAY = Pattern.compile(LEADING_WEEKDAY + "\\b" + MONTH
			+ "\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*[-/:.]\\d|\\s+(?:uur|hours?|hrs|u)\\b)" + YEAR
			+ "\\b");

	private static final Pattern MONTH_END = Pattern
		.compile("\\b(?:(?:at\\s+|on\\s+|op\\s+)?(?:the|de)\\s+)?(?:end|eind|einde|(?:last|final|laatste)\\s+"
				+ "(?:(working|work|business|werk)\\s*)?(?:day|dag))\\s+(?:of\\s+|van\\s+)?"
				+ "(?:(?:the|this|de|deze|dit|het)\\s+)?(?<next>next\\s+|volgende\\s+|komende\\s+)?(month|maand|year|jaar|"
				+ MONTH.substring(0, MONTH.length() - 3) + ")\\b");

	/**
	 * "the second Tuesday of February", "de eerste maandag van volgende maand", "the last
	 * Friday of this month".
	 */
	private static final Pattern NTH_WEEKDAY = Pattern.compile("\\b(?:on\\s+|op\\s+)?(?:the|de)\\s+(first|second|third|"
			+ "fourth|last|final|eerste|tweede|derde|vierde|laatste|1st|2nd|3rd|4th|1e|2e|3e|4e)\\s+" + WEEKDAY_WORD
			+ "\\s+(?:of|van|in)\\s+(?:(?:the|this|de|deze|het)\\s+)?(?:(next|volgende|komende)\\s+)?(month|maand|"
			+ MONTH.substring(0, MONTH.length() - 3) + ")(?:" + YEAR + ")?\\b");

	/**
	 * "a week from Monday", "maandag over een week", "the Monday after next",
	 * "overvolgende maandag".
	 */
	private static final Pattern WEEK_FROM_WEEKDAY = Pattern
		.compile("\\b(?:(?:a|one) week from (?:next\\s+)?" + WEEKDAY_WORD + "|" + WEEKDAY_WORD
				+ "\\s+over\\s+(?:een|één|1)\\s+week|over\\s+(?:een|één|1)\\s+week\\s+(?:op\\s+)?" + WEEKDAY_WORD
				+ "|(?:the\\s+)?" + WEEKDAY_WORD + "\\s+after\\s+next|overvolgende\\s+" + WEEKDAY_WORD
				// British "Monday week", "a week on Monday"; not "maandag week 3"
				+ "|" + WEEKDAY_WORD + "\\s+week(?!\\s*,?\\s*\\d)|(?:a|one)\\s+week\\s+(?:on|next|this)\\s+"
				+ WEEKDAY_WORD + ")\\b");

	/**
	 * "the first of next month", "de eerste van volgende maand", "de 15e van deze maand";
	 * the article may go unsaid before an ordinal: "from 1st of next month".
	 */
	private static final Pattern DAY_OF_MONTH_AHEAD = Pattern
		.compile("\\b(?:(?:on|op)\\s+)?(?:(?:the|de)\\s+|(?=\\d{1,2}(?:st|nd|rd|th|e|ste|de)\\s))" + DAY
				+ "\\s+(?:of|van)\\s+(?:the\\s+|de\\s+)?(next|volgende|komende|this|deze|dit)\\s+(?:month|maand)\\b");

	/**
	 * A day in brackets after a name, the month said before it: "joining in March: Aiko
	 * (8th) and Bruno (15th)". Without a month before it, no date.
	 */
	private static final Pattern BRACKET_DAY = Pattern.compile("\\((\\d{1,2})(?:st|nd|rd|th|e|ste|de)\\)");

	/**
	 * "maandag week 3", "Monday of week 3": that weekday in that week of the year (ISO,
	 * as Dutch planning counts), this year or, once past, next year. The week said first
	 * is {@link #WEEK_THEN_WEEKDAY}.
	 */
	private static final Pattern WEEKDAY_OF_WEEK = Pattern
		.compile("\\b" + WEEKDAY_WORD + "\\s+(?:(?:van|in|of)\\s+)?(?:week|wk\\.?)\\s*(\\d{1,2})\\b");

	/**
	 * "vrijdag over twee weken", "over 3 weken op maandag", "two weeks on Friday": that
	 * many weeks after the next such weekday.
	 */
	private static final Pattern WEEKS_FROM_WEEKDAY = Pattern.compile("\\b(?:" + WEEKDAY_WORD + "\\s+over\\s+" + AMOUNT
			+ "\\s+(?:weken|week)|over\\s+" + AMOUNT + "\\s+(?:weken|week)\\s+(?:op\\s+)?" + WEEKDAY_WORD + "|" + AMOUNT
			+ "\\s+weeks?\\s+(?:on|from)\\s+(?:next\\s+)?" + WEEKDAY_WORD + "|" + WEEKDAY_WORD + "\\s+" + AMOUNT
			+ "\\s+weeks)\\b");

	/**
	 * "the first working day of March", "de eerste werkdag van volgende maand": its first
	 * weekday; "the first day of March" is the 1st.
	 */
	private static final Pattern FIRST_DAY_OF = Pattern.compile("\\b(?:on\\s+|op\\s+)?(?:the\\s+|de\\s+)?"
			+ "(?:first|1st|eerste|1e|1ste)\\s+(?:(working\\s+day|work\\s+day|business\\s+day|werkdag)|day|dag)\\s+"
			+ "(?:of|van)\\s+(?:(?:the|this|de|deze|het)\\s+)?(?:(next|volgende|komende)\\s+)?(month|maand|"
			// "de eerste werkdag van het nieuwe jaar": of January next
			+ "new\\s+year|nieuwe\\s+jaar|" + MONTH.substring(0, MONTH.length() - 3) + ")" + YEAR + "\\b");

	private static final Pattern THIS_MONTH = Pattern.compile("\\b(?:this|deze)\\s+(?:month|maand)\\b");

	/**
	 * "week 2, op maandag", "in wk 51 on Friday": the week first, then the day.
	 */
	private static final Pattern WEEK_THEN_WEEKDAY = Pattern.compile("\\b(?:in\\s+)?(?:week|wk\\.?)\\s*(\\d{1,2}),?\\s+"
			+ "(?:(?:op|on)\\s+)?(?:(?:de|the)\\s+)?" + WEEKDAY_WORD + "\\b");

	/**
	 * "de vrijdag van die week", "the Friday of that week": that day of the week numbered
	 * before it ("neemt afscheid in week 51").
	 */
	private static final Pattern WEEKDAY_OF_THAT_WEEK = Pattern.compile("\\b(?:(?:op|on)\\s+)?(?:(?:de|the)\\s+)?"
			+ WEEKDAY_WORD + "\\s+(?:van|of|in)\\s+(?:die|that|deze|this|dezelfde|the same)\\s+week\\b");

	private static final Pattern WEEK_NUMBER = Pattern.compile("\\b(?:week|wk\\.?)\\s*(\\d{1,2})\\b");

	/**
	 * A week said alone: "in week 3", "vanaf week 5", "per week 4", "from wk 2": the
	 * Monday of that week, as a week planned from its start. Not a week with its day
	 * (read before) nor "week 3-4".
	 */
	private static final Pattern WEEK_ALONE = Pattern
		.compile("\\b(?:in|vanaf|per|from|starting|as of|met ingang van|during|tijdens|begin|start of)\\s+"
				+ "(?:(?:de|the)\\s+)?(?:week|wk\\.?)\\s*(\\d{1,2})\\b(?!\\s*(?:[-/–]|t/m|tot|to)\\s*\\d)");

	/**
	 * "tomorrow week", "a week tomorrow", "morgen over een week": a week after tomorrow.
	 */
	private static final Pattern WEEK_FROM_TOMORROW = Pattern
		.compile("\\b(?:(?:tomorrow|tmrw|tmw) week|(?:a|one) week (?:from )?tomorrow|"
				+ "morgen over (?:een|één|1) week|over (?:een|één|1) week morgen)\\b");

	/**
	 * "on the 4th", "vrijdag de 18e": that day of the month named before it in the
	 * message ("Our March leavers: … on the 5th"), else of this month, or of the next
	 * when it has passed.
	 */
	private static final Pattern ORDINAL_DAY = Pattern.compile(LEADING_WEEKDAY
			+ "\\b(?:(?:on|op)\\s+)?(?:the|de)\\s+(\\d{1,2})(?:st|nd|rd|th|ste|de|e)\\b" + "(?!\\s+(?:of\\s+|van\\s+)?"
			+ MONTH + DateShapes.MAY_AS_VERB + ")(?!\\s+(?:week|weken|keer|maal|maand|dag|helft|kwartaal|"
			+ "jaar|plaats|ronde|verdieping|etage|floor|time|times|day|month|quarter|half|year|place|round|"
			+ "level|row|rij)\\b)");

	/**
	 * A second ordinal day in the same sentence with the month after it: "on the 4th, Ben
	 * on the 11th of January", "op de 4e, Lieke op de 11e januari".
	 */
	private static final Pattern SIBLING_WITH_MONTH = Pattern.compile(
			"[^.!?\\n\\d]{0,60}?\\b(?:the|de)\\s+(\\d{1,2})(?:st|nd|rd|th|ste|de|e)\\s+(?:of\\s+|van\\s+)?" + MONTH);

	/**
	 * A day said as an ordinal word after the month was named: "Megan leaves on the
	 * fifteenth of January and Daniel on the twenty-ninth", "op de achtentwintigste".
	 * Without a month named before, no date is read.
	 */
	private static final Pattern ORDINAL_WORD_DAY = Pattern
		.compile(
				"\\b(?:on|op)\\s+(?:the|de|den)\\s+"
						+ alternatives(NUMBERS.keySet()
							.stream()
							.filter(word -> word.matches(".*(?:first|second|third|th|ste|sten|de|den)"))
							.toList())
						+ "\\b(?=\\s*(?:[.,;:!?)\\n]|$|(?:and|en|too|ook|as well|instead|then|dan)\\b))");

	/**
	 * A weekday and a bare day number: "thu 17th", "Sunday 20th", "za 19e", "a week on
	 * Tuesday (15th)". The weekday confirms the day: the month named before it ("February
	 * starters, first day Monday 1st"), else the first month ahead in which that day is
	 * that weekday. Dutch two-letter days only with a day number after them.
	 */
	private static final Pattern WEEKDAY_DAY = Pattern.compile("\\b(?:(?:a|one)\\s+week\\s+on\\s+)?(?:on\\s+|op\\s+)?"
			+ "(" + WEEKDAY_WORD.substring(1, WEEKDAY_WORD.length() - 1) + "|ma|di|wo|do|vr|za|zo|sat|sun)\\.?,?\\s+"
			+ "\\(?(\\d{1,2})(?:st|nd|rd|th|ste|de|e)\\)?(?![\\p{L}\\d])(?!\\s*(?:of\\s+|van\\s+)?" + MONTH + ")"
			+ "(?!\\s+(?:week|weken|keer|maal|maand|dag|floor|time|times|day|month|place|round|level|row|rij|verdieping|"
			+ "etage|shift|dienst)\\b)");

	/**
	 * "next month, on the 12th", "volgende maand de 12e": the day is in the month after
	 * this one.
	 */
	private static final Pattern NEXT_MONTH = Pattern.compile("\\b(?:next|volgende|komende)\\s+(?:month|maand)\\b");

	/**
	 * A period counted from tomorrow or today: "a week tomorrow", "two weeks from today",
	 * "tomorrow week", "morgen over een week", "over twee weken vanaf morgen". Read
	 * before "tomorrow" alone, which would take the day without the period.
	 */
	private static final Pattern FROM_TOMORROW_OR_TODAY = Pattern.compile("\\b(?:" + AMOUNT
			+ "\\s+(days?|weeks?|months?|fortnight)\\s+(?:from\\s+)?(today|tomorrow)|(today|tomorrow)\\s+(week|fortnight)"
			+ "|(vandaag|morgen)\\s+over\\s+" + AMOUNT + "\\s+(dagen|dag|weken|week|maanden|maand)|over\\s+" + AMOUNT
			+ "\\s+(dagen|dag|weken|week|maanden|maand)\\s+(?:vanaf|na)\\s+(vandaag|morgen))\\b");

	private static final Pattern FORTNIGHT = Pattern.compile("\\b(?:in|within)\\s+a\\s+fortnight(?:'s time)?\\b");

	/**
	 * Words of immediacy beside a past day ("dismissed with immediate effect yesterday",
	 * "gisteren per direct ontslagen"): the day said is the event's, the immediacy how it
	 * took effect then, not today.
	 */
	private static final String IMMEDIATE_BESIDE_A_DAY = "(?!(?:per direct|per omgaande|effective immediately|"
			+ "with immediate effect|immediately|met onmiddellijke ingang)\\s*,?\\s*(?:yesterday|gisteren|eergisteren|"
			+ "last\\s|vorige\\s|afgelopen\\s))"
			+ "(?!(?<=(?:yesterday|gisteren|eergisteren),?\\s{1,3})(?:per direct|per omgaande|effective immediately|"
			+ "with immediate effect|immediately|met onmiddellijke ingang))";

	// the word boundary first: the two looks ahead run only where a word starts
	private static final Pattern TODAY = Pattern.compile("\\b" + IMMEDIATE_BESIDE_A_DAY
			+ "(today|vandaag|2day|this morning|this afternoon|this evening|tonight|later today|vanochtend|vanmorgen|vannacht|"
			+ "vanmiddag|vanavond|per direct|per omgaande|effective immediately|with immediate effect|immediately|"
			+ "met onmiddellijke ingang|as of today|vanaf vandaag|as of now|as from now|effective now|starting now|vanaf nu|"
			+ "per nu|met ingang van nu|nu direct|nu meteen|per heden|met ingang van heden|vanaf heden|"
			// what a leaver had is to be cut off at once: "please revoke everything now"
			+ Behind.then(
					"\\b(?:revoke|disable|block|close|cut off|deactivate|lock|shut off|remove)\\b[^.;!?\\n]{0,30}",
					"now")
			+ "(?! (?:that|on|and then)\\b))\\b");

	/**
	 * Days named for a holiday: "Christmas Eve", "Boxing Day", "kerstavond", "tweede
	 * kerstdag", "oudejaarsdag", "nieuwjaarsdag", the next one from today.
	 */
	private static final Pattern NAMED_DAY = Pattern.compile("\\b(christmas eve|christmas day|xmas eve|xmas day|"
			+ "boxing day|new year'?s eve|new year'?s day|kerstavond|(?:eerste|1e) kerstdag|"
			+ "(?:tweede|2e) kerstdag|oudejaarsdag|oudjaarsdag|oudejaarsavond|oudjaarsavond|oudjaar|"
			+ "nieuwjaarsdag)\\b");

	/**
	 * Holidays that move with Easter ("Goede Vrijdag", "Easter Monday", "Hemelvaartsdag",
	 * "tweede pinksterdag") and the Dutch national days ("Koningsdag", "Bevrijdingsdag"):
	 * the next one from today. Before the weekday rule, so "Good Friday" is no Friday of
	 * next week. A bare "Pasen" or "Easter" is a season, not a day: not read.
	 */
	private static final Pattern HOLIDAY = Pattern.compile("\\b(?:((?:de |the )?(?:dag|day) (?:na|after|voor|before)|"
			+ "na|after|voor|before) )?(goede vrijdag|good friday|(?:eerste|1e) paasdag|"
			+ "paaszondag|easter sunday|easter day|(?:tweede|2e) paasdag|paasmaandag|easter monday|hemelvaartsdag|"
			+ "hemelvaart|ascension day|(?:eerste|1e) pinksterdag|pinksterzondag|whit sunday|whitsunday|"
			+ "(?:tweede|2e) pinksterdag|pinkstermaandag|whit monday|koningsdag|king'?s day|bevrijdingsdag|"
			+ "liberation day)\\b");

	/**
	 * "from 14 to 31 December", "van 4 t/m 8 januari", "14-31 Dec": a period in one
	 * month, read as its first day (a starter's first day; for others the form asks to
	 * check it).
	 */
	private static final Pattern RANGE = Pattern.compile("\\b(?:from\\s+|van(?:af)?\\s+)?(?:the\\s+|de\\s+)?(\\d{1,2})"
			+ "(?:st|nd|rd|th|e|ste|de)?\\s*(?:-|–|\\bto\\b|\\buntil\\b|\\btill\\b|\\bthrough\\b|\\btot(?:\\s+en\\s+met)?\\b|"
			+ "t/m)\\s*(?:the\\s+|de\\s+)?(\\d{1,2})(?:st|nd|rd|th|e|ste|de)?\\s+(?:of\\s+|van\\s+)?" + MONTH + YEAR
			+ "\\b");

	/**
	 * A time word that dates an earlier message, not the person: "my mail of yesterday",
	 * "wat ik gisteren stuurde", "yesterday's message". Read as no date.
	 */
	private static final Pattern EARLIER_MESSAGE = Pattern.compile("\\b(?:(?:mail|e-?mail|message|msg|note|post|"
			+ "bericht(?:je)?|appje|berichten)(?: (?:that |which |die |dat )?(?:i |ik |we |wij )?(?:sent|wrote|"
			+ "stuurde|schreef|verstuurde|of|from|van|sent out|gestuurd|verstuurd))? (?:yesterday|gisteren|"
			+ "eergisteren|this morning|vanochtend|vanmorgen|last week|vorige week)|(?:yesterday|gisteren)'?s "
			+ "(?:mail|e-?mail|message|note|post|bericht)|(?:wat|what|which|die|dat) (?:i|ik|we|wij) "
			+ "(?:yesterday|gisteren|eergisteren|this morning|vanochtend) (?:sent|wrote|stuurde|schreef|"
			+ "verstuurde|mailde|mailed)|(?:i|ik|we|wij) (?:sent|wrote|stuurde|schreef|mailde|mailed)(?: (?:you|u|je|"
			+ "jullie))? (?:yesterday|gisteren|eergisteren))\\b");

	/**
	 * A time word that dates an event named by its noun, not the person: "na het incident
	 * van gisteren", "after yesterday's meeting", "the accident of last week". Read as no
	 * date, so "per direct" beside it is today.
	 */
	private static final Pattern EARLIER_EVENT = Pattern.compile("\\b(?:(?:incident|voorval|ongeluk|ongeval|ruzie|"
			+ "gesprek|vergadering|overleg|accident|meeting|conversation|talk|argument|fight|row|theft|diefstal)"
			+ " (?:van|of) (?:yesterday|gisteren|eergisteren|last week|vorige week)|(?:yesterday|gisteren)'?s "
			+ "(?:incident|accident|meeting|conversation|talk|argument|fight|row|theft))\\b");

	private static final Pattern DAY_AFTER_TOMORROW = Pattern
		.compile("\\b((?:the )?day after (?:tomorrow|tmrw|tmw|tomorow)|overmorgen|overmrgn|overmorgn)\\b");

	/**
	 * Also as chats write it ("tmrw", "2moro", "mrgn") and the Dutch compounds of a time
	 * of day ("morgenochtend", "morgenvroeg").
	 */
	private static final Pattern TOMORROW = Pattern
		.compile("\\b(tomorrow|tomorow|tommorow|tommorrow|tomorrw|tmrw|tmrrw|tmrow|tmw|tmr|2moro|2morrow|2morow|2mrw|"
				+ "morgen(?:ochtend|vroeg|middag|avond|namiddag)?|mrgn|morgn)\\b");

	private static final Pattern DAY_BEFORE_YESTERDAY = Pattern
		.compile("\\b(the day before yesterday|eergisteren|eergister(?:avond|nacht|middag|ochtend|morgen))\\b");

	/** Also the evening or night before ("gisteravond", "last night"). */
	private static final Pattern YESTERDAY = Pattern.compile("\\b(yesterday|gisteren|gisteravond|gisternacht|"
			+ "gistermiddag|gisterochtend|gistermorgen|gisteren(?:avond|nacht|middag|ochtend|morgen)|(?<!(?:the|his|her|their) )last night)\\b");

	/**
	 * "vorige week dinsdag", "dinsdag vorige week", "Tuesday last week": that weekday of
	 * the week before this one, never the next one.
	 */
	private static final Pattern LAST_WEEK_DAY = Pattern
		.compile("\\b(?:(?:last|vorige|afgelopen)\\s+week\\s+(?:on\\s+|op\\s+)?" + WEEKDAY_WORD + "|" + WEEKDAY_WORD
				+ "\\s+(?:van\\s+|of\\s+)?(?:last|vorige|afgelopen)\\s+week)\\b");

	/**
	 * A part of the day joined to a Dutch weekday: "zondagavond", "maandagochtend" are
	 * that weekday.
	 */
	private static final String PART_OF_DAY = "(?:avond|ochtend|morgen|middag|namiddag|nacht)?";

	/** "last Monday", "afgelopen maandag", "maandag jl.": the weekday before today. */
	private static final Pattern LAST_WEEKDAY = Pattern.compile("\\b(?:(?:on\\s+|op\\s+)?(?:last|afgelopen|vorige)\\s+"
			+ WEEKDAY_WORD + PART_OF_DAY + "\\b|" + WEEKDAY_WORD + "\\s+(?:jl\\.?|j\\.l\\.|jongstleden)(?!\\p{L}))");

	private static final Pattern THIS_WEEKDAY = Pattern.compile("(?i)^(?:on\\s+|op\\s+)?(?:this|deze)\\s");

	/** Words before a weekday that put it ahead whatever the tense ("next Monday"). */
	private static final Pattern AHEAD = Pattern
		.compile("(?i)^(?:on\\s+|op\\s+)?(?:next|volgende|komende|aanstaande|" + "coming|this coming)\\b|a\\.s\\.$");

	/**
	 * A day a period from today; not how long a task takes: "can you do it in a day?",
	 * "is it ready in two days?".
	 */
	private static final Pattern PERIOD = Pattern.compile("(?<!\\b(?:it|that|this|done|doen|regelen|klaar|ready)\\s)"
			// nor a single day, said of speed ("an account in a day"), never of a start
			+ "\\b(?:in|over|within|binnen)\\s+(?!(?:a|one|een|één)\\s+(?:day|dag)\\b)(?:about\\s+|ongeveer\\s+)?"
			+ "(\\d{1,3}|" + AMOUNT_WORD.substring(1, AMOUNT_WORD.length() - 1) + ")"
			+ "\\s+(days?|dagen|dag|dgn|weeks?|weken|week|wkn|wks|wk|months?|maanden|maand|mnd)\\b");

	/**
	 * A period and a half: "over anderhalve week", "in a week and a half", "in one and a
	 * half weeks", "over anderhalve maand". The weekday said with it names the day ("over
	 * anderhalve week (maandag dus)"); without one the day is a guess the form says.
	 */
	private static final Pattern HALF_PERIOD = Pattern.compile("\\b(?:in|over|within|binnen)\\s+(?:about\\s+|"
			+ "ongeveer\\s+|zo'n\\s+)?(?:anderhalve\\s+(week|maand)|(?:a|one)\\s+(week|month)\\s+and\\s+a\\s+half|"
			+ "(?:one|1)\\s+and\\s+a\\s+half\\s+(week|month)s?|1[,.]5\\s+(week|weken|weeks|maand|maanden|months?))"
			+ "(?:\\s*[(,]?\\s*(?:(?:dus|so|that is|i\\.e\\.|namelijk|oftewel|op|on)\\s+)?" + WEEKDAY_WORD
			+ "(?:\\s+(?:dus|then|that is))?\\)?)?");

	/**
	 * "na de kerst", "after Christmas": the first working day after Boxing Day, which the
	 * form asks to check (some mean after the Christmas holidays). Not the holidays
	 * themselves ("na de kerstvakantie"), which have no day we know.
	 */
	private static final Pattern AFTER_CHRISTMAS = Pattern.compile("\\b(?:na|after)\\s+(?:de\\s+|the\\s+)?"
			+ "(?:kerst|kerstmis|kerstdagen|christmas|xmas)\\b(?![\\p{L}-]|\\s+(?:holidays?|break|vakantie|period)\\b)");

	/**
	 * "the week after next", "de week na volgende (week)", "overvolgende week".
	 */
	private static final String WEEK_AFTER_NEXT_WORDS = "(?:(?:the\\s+)?week\\s+after\\s+next|(?:de\\s+)?week\\s+na\\s+"
			// "de week na volgende" says the second week without repeating it
			+ "volgende(?:\\s+week)?|overvolgende\\s+week)";

	/**
	 * "the week after next, on the Monday", "dinsdag overvolgende week": that weekday of
	 * the week two on from this one, not the next such weekday.
	 */
	private static final Pattern WEEK_AFTER_NEXT_DAY = Pattern
		.compile("\\b(?:" + WEEK_AFTER_NEXT_WORDS + ",?\\s+(?:on\\s+|op\\s+)?(?:the\\s+|de\\s+)?" + WEEKDAY_WORD + "|"
				+ WEEKDAY_WORD + "\\s+(?:of\\s+|in\\s+|van\\s+)?(?:the\\s+|de\\s+)?" + WEEK_AFTER_NEXT_WORDS + ")\\b");

	/** The week after next with no day of it: its Monday, and the form says so. */
	private static final Pattern WEEK_AFTER_NEXT = Pattern.compile("\\b(?:in\\s+)?" + WEEK_AFTER_NEXT_WORDS + "\\b");

	private static final Pattern NEXT_WEEK_DAY = Pattern.compile("\\b(?:(?:next|volgende)\\s+week\\s+(?:on\\s+|op\\s+)?"
			+ WEEKDAY_WORD + "|" + WEEKDAY_WORD + "\\s+(?:van\\s+)?(?:next|volgende)\\s+week)\\b");

	private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(?:next|volgende|komende|aanstaande|this|deze|"
			+ "coming|this coming|on|op)\\s+)?" + WEEKDAY_WORD + PART_OF_DAY + "\\b(?:\\s+a\\.s\\.)?"
			// a shift or crew named by its day, no date: "the sunday night shift", "de
			// zaterdag ploeg"
			+ "(?!\\s+(?:(?:night|morning|evening|late|early|day)\\s+)?(?:shifts?|crews?|teams?|rota|ploegen|ploeg|"
			+ "diensten)\\b)");

	private static final Pattern UNREAD_AFTER = Pattern.compile("\\s*,?\\s*(?:the\\s+|de\\s+)?\\d");

	private static final Pattern UNREAD_BEFORE = Pattern.compile("\\b(?:first|second|third|fourth|fifth|last|final|"
			+ "eerste|tweede|derde|vierde|vijfde|laatste|\\d{1,2}(?:st|nd|rd|th|e|ste|de)?|"
			// a habit, no day: "every other Friday", "elke vrijdag", "om de dinsdag",
			// "allebei alleen op zaterdag"
			+ "every|other|elke|iedere|om de|alleen|enkel|uitsluitend|only)\\s+$");

	/**
	 * A period from another person's date: "a week later", "twee dagen eerder", "the day
	 * after", "de dag erna", "three weeks afterwards", "een maand daarna".
	 */
	private static final Pattern RELATIVE = Pattern
		.compile("\\b(?:(\\d{1,3}|" + AMOUNT_WORD.substring(1, AMOUNT_WORD.length() - 1) + ")|the|de|het)\\s+"
				+ "(days?|dagen|dag|weeks?|weken|week|months?|maanden|maand)\\s+(?:(later|after(?:wards)?|daarna|erna|"
				+ "nadien|daarop|na)|(earlier|before|eerder|ervoor|daarvoor|voordien))\\b"
				+ "|\\b(?:the|de)\\s+(?:next|following|volgende|daaropvolgende)\\s+(day|dag)\\b");

	/**
	 * "the Monday after", "the following Monday", "de maandag erna": that weekday after.
	 */
	private static final Pattern WEEKDAY_AFTER = Pattern.compile("\\b(?:(?:the|de)\\s+" + WEEKDAY_WORD
			+ "\\s+(?:after(?:wards)?|erna|daarna|daarop|erop|na)|the\\s+following\\s+" + WEEKDAY_WORD
			+ "|de\\s+(?:daaropvolgende|volgende)\\s+" + WEEKDAY_WORD + ")\\b");

	/** "a fortnight later", "the week after", "the following week", "de week erop". */
	private static final Pattern WEEK_AFTER = Pattern
		.compile("\\b(?:(?:a|one)\\s+fortnight\\s+(?:later|after(?:wards)?)"
				+ "|the\\s+following\\s+week|de\\s+week\\s+(?:erop|daarop|erna|daarna))\\b");

	/**
	 * Words that place a date relative to another one without a period we can read: "a
	 * bit later", "kort daarna", "after her".
	 */
	private static final Pattern RELATION = Pattern.compile("\\b(?:later|earlier|eerder|daarna|erna|nadien|"
			+ "afterwards|thereafter|after (?:him|her|them|that)|na (?:hem|haar|hen|die)|before (?:him|her|them|that)|"
			+ "voor (?:hem|haar|hen))\\b");

	/**
	 * A day this far in the past without a year still means this year (then the form says
	 * it is past): "left on 20 November".
	 */
	private static final int RECENT_DAYS = 31;

	/** A year written with a date: "2027", "'27", "31-10-26". */
	private static final Pattern YEAR_WRITTEN = Pattern
		.compile("\\b\\d{4}\\b|'\\d{2}\\b|\\d[-/.]\\d{1,2}[-/.]\\d{2}\\b");

	/** Words that put a date ahead whatever the tense: "the first of next month". */
	private static final Pattern LATER_ON = Pattern
		.compile("\\b(?:next|volgende?|komende?|aanstaande|coming|this|deze|dit)\\b|a\\.s\\.");

	private DateWords() {
	}

	/** The day a weekday word names ("monday", "vrijdag", "thu"), or null. */
	static DayOfWeek weekday(String word) {
		return WEEKDAYS.get(word);
	}

	/** The date the text means: its first explicit date, else its first other date. */
	static Optional<Mention> find(String text, LocalDate today) {
		List<Mention> all = findAll(text, today);
		return all.stream().filter(Mention::explicit).findFirst().or(() -> all.stream().findFirst());
	}

	/** Every date the text mentions, in the order written, none overlapping another. */
	static List<Mention> findAll(String text, LocalDate today) {
		String lower = withoutEarlierMessages(text.toLowerCase(Locale.ROOT));
		List<Mention> found = new ArrayList<>();
		scan(found, ISO, lower, text, m -> explicit(m, 1, date(num(m, 2), num(m, 3), num(m, 4)), false));
		scan(found, NUMERIC, lower, text,
				m -> explicit(m, 1, dayFirst(year(num(m, 5)), num(m, 2), m.group(3), num(m, 4)),
						num(m, 2) <= 12 && num(m, 4) <= 12 && num(m, 2) != num(m, 4)));
		scan(found, FIRST_DAY_OF, lower, text, m -> {
			String which = m.group(3).replace(".", "");
			boolean working = m.group(1) != null;
			if (which.startsWith("new") || which.startsWith("nieuwe")) {
				return new Reading(firstDay(LocalDate.of(today.getYear() + 1, 1, 1), working), true, null, false);
			}
			if (MONTHS.containsKey(which)) {
				Optional<LocalDate> first = m.group(5) != null ? date(num(m, 5), MONTHS.get(which), 1)
						: withoutYear(today, MONTHS.get(which), 1);
				return new Reading(first.map(day -> firstDay(day, working)).orElse(null), true, null, false);
			}
			LocalDate day = firstDay((m.group(2) != null ? today.plusMonths(1) : today).withDayOfMonth(1), working);
			// "the first working day of the month" once this month's is past: the next
			// one
			if (m.group(2) == null && day.isBefore(today) && !THIS_MONTH.matcher(m.group()).find()) {
				day = firstDay(today.plusMonths(1).withDayOfMonth(1), working);
			}
			return new Reading(day, true, null, false);
		});
		scan(found, RANGE, lower, text, m -> {
			int first = num(m, 1);
			int month = MONTHS.get(m.group(3));
			// "has moved from 4 to 11 January": no period but a date changed, the second
			boolean moved = DateShapes.changedBefore(lower, m.start());
			if (first > num(m, 2) && !moved) {
				return new Reading(null, true, null, false);
			}
			int day = moved ? num(m, 2) : first;
			return new Reading(
					(m.group(4) != null ? date(num(m, 4), month, day) : withoutYear(today, month, day)).orElse(null),
					true, null, false);
		});
		// "either 4 or 11 January": the first day said as an alternative is a date too,
		// so the form notes that there are several
		scan(found, DateShapes.ALTERNATIVE_DAY, lower, text, m -> {
			Integer month = MONTHS.get(m.group(2).replace(".", ""));
			return new Reading(month == null ? null : withoutYear(today, month, num(m, 1)).orElse(null), true, null,
					false);
		});
		// "on 4 and 11 January": the first day has the month said after the last
		scan(found, DateShapes.LISTED_DAY, lower, text, m -> {
			Integer month = MONTHS.get(m.group(2).replace(".", ""));
			return new Reading(month == null ? null : withoutYear(today, month, num(m, 1)).orElse(null), true, null,
					false);
		});
		scan(found, DAY_MONTH, lower, text, m -> {
			int day = m.group(2) != null ? num(m, 2) : NUMBERS.get(m.group(3));
			int month = MONTHS.get(m.group(4));
			return explicit(m, 1, m.group(5) != null ? date(num(m, 5), month, day) : withoutYear(today, month, day),
					false);
		});
		scan(found, MONTH_DAY, lower, text, m -> {
			int month = MONTHS.get(m.group(2));
			return explicit(m, 1,
					m.group(4) != null ? date(num(m, 4), month, num(m, 3)) : withoutYear(today, month, num(m, 3)),
					false);
		});
		scan(found, NUMERIC_NO_YEAR, lower, text, m -> {
			int first = num(m, 2);
			int second = num(m, 4);
			boolean us = monthFirst(first, m.group(3), second);
			return explicit(m, 1, us ? withoutYear(today, first, second) : withoutYear(today, second, first),
					first <= 12 && second <= 12 && first != second);
		});
		scan(found, DateShapes.DOTTED, lower, text, m -> explicit(m, 1, withoutYear(today, num(m, 3), num(m, 2)),
				num(m, 2) <= 12 && num(m, 2) != num(m, 3)));
		scan(found, MONTH_END, lower, text, m -> {
			LocalDate last;
			// "eind volgende maand", "the end of next year": one later
			int later = m.group("next") != null ? 1 : 0;
			if (m.group(3).equals("year") || m.group(3).equals("jaar")) {
				last = LocalDate.of(today.getYear() + later, 12, 31);
			}
			else {
				Integer month = MONTHS.get(m.group(3).replace(".", ""));
				LocalDate in = month == null ? today.plusMonths(later)
						: later > 0 ? null : withoutYear(today, month, 1).orElse(today);
				if (in == null) {
					return new Reading(null, true, null, false);
				}
				last = in.with(TemporalAdjusters.lastDayOfMonth());
			}
			// "the last working day of February": a weekday
			while (m.group(1) != null && last.getDayOfWeek().getValue() > 5) {
				last = last.minusDays(1);
			}
			return new Reading(last, true, null, false);
		});
		scan(found, WeekEnd.PATTERN, lower, text, m -> new Reading(WeekEnd.friday(m, today), true, null, false));
		scan(found, NTH_WEEKDAY, lower, text, m -> {
			String nth = m.group(1);
			DayOfWeek day = WEEKDAYS.get(m.group(2));
			String which = m.group(4).replace(".", "");
			LocalDate month;
			if (MONTHS.containsKey(which)) {
				month = m.group(6) != null ? date(num(m, 6), MONTHS.get(which), 1).orElse(null)
						: withoutYear(today, MONTHS.get(which), 1)
							.map(first -> first.isBefore(today.withDayOfMonth(1)) ? first.plusYears(1) : first)
							.orElse(null);
			}
			else {
				month = (m.group(3) != null ? today.plusMonths(1) : today).withDayOfMonth(1);
			}
			if (month == null) {
				return new Reading(null, true, null, false);
			}
			int n = switch (nth.charAt(0)) {
				case 'f' -> nth.equals("final") ? -1 : nth.equals("first") ? 1 : 4;
				case 'l' -> -1;
				case 's' -> 2;
				case 't' -> nth.equals("third") ? 3 : 2;
				case 'e' -> 1;
				case 'd' -> 3;
				case 'v' -> 4;
				default -> nth.charAt(0) - '0';
			};
			return new Reading(n < 0 ? month.with(TemporalAdjusters.lastInMonth(day))
					: month.with(TemporalAdjusters.dayOfWeekInMonth(n, day)), true, null, false);
		});
		scan(found, DAY_OF_MONTH_AHEAD, lower, text, m -> {
			int day = m.group(1) != null ? num(m, 1) : NUMBERS.get(m.group(2));
			LocalDate month = m.group(3).matches("next|volgende|komende") ? today.plusMonths(1) : today;
			return new Reading(date(month.getYear(), month.getMonthValue(), day).orElse(null), true, null, false);
		});
		scan(found, WEEKDAY_DAY, lower, text, m -> {
			DayOfWeek weekday = WEEKDAYS.getOrDefault(m.group(1), SHORT_WEEKDAYS.get(m.group(1)));
			int day = num(m, 2);
			Optional<LocalDate> named = monthNamedBefore(text, m.start(), today, day);
			if (named.isPresent()) {
				return new Reading(named.get(), true, weekday, false);
			}
			Optional<LocalDate> date = dayOnWeekday(today, weekday, day);
			return date.isPresent() ? new Reading(date.get(), true, weekday, false)
					: new Reading(null, true, null, false);
		});
		scan(found, BRACKET_DAY, lower, text,
				m -> new Reading(monthNamedBefore(text, m.start(), today, num(m, 1)).orElse(null), true, null, false));
		scan(found, ORDINAL_DAY, lower, text, m -> {
			int day = num(m, 2);
			// "maandag de 4de": the first month ahead in which that day is that weekday
			if (m.group(1) != null) {
				Optional<LocalDate> date = dayOnWeekday(today, WEEKDAYS.get(m.group(1)), day);
				if (date.isPresent()) {
					return explicit(m, 1, date, false);
				}
			}
			Optional<LocalDate> named = monthNamedBefore(text, m.start(), today, day);
			if (named.isPresent()) {
				return explicit(m, 1, named, false);
			}
			// "Anna starts on the 4th, Ben on the 11th of January": the month said once,
			// on the last of the days; not when the days go back ("Mollie on the 19th and
			// Jake on the 2nd of January": the 19th is of this month)
			Matcher sibling = SIBLING_WITH_MONTH.matcher(lower).region(m.end(), lower.length());
			if (sibling.lookingAt() && day <= num(sibling, 1)) {
				return explicit(m, 1, withoutYear(today, MONTHS.get(sibling.group(2)), day), false);
			}
			LocalDate thisMonth = date(today.getYear(), today.getMonthValue(), day).orElse(null);
			LocalDate next = today.plusMonths(1);
			LocalDate date = thisMonth != null && !thisMonth.isBefore(today) && !NEXT_MONTH.matcher(lower).find()
					? thisMonth : date(next.getYear(), next.getMonthValue(), day).orElse(null);
			return explicit(m, 1, Optional.ofNullable(date), false);
		});
		Matcher ordinalWord = ORDINAL_WORD_DAY.matcher(lower);
		while (ordinalWord.find()) {
			int start = ordinalWord.start();
			int end = ordinalWord.end();
			Optional<LocalDate> named = monthNamedBefore(text, start, today, NUMBERS.get(ordinalWord.group(1)));
			if (named.isPresent() && found.stream().noneMatch(d -> d.start() < end && start < d.end())) {
				found.add(new Mention(named.get(), text.substring(start, end).trim(), start, end, true, null, false,
						null));
			}
		}
		scan(found, WEEKDAY_OF_WEEK, lower, text,
				m -> new Reading(inWeek(today, num(m, 2), WEEKDAYS.get(m.group(1))).orElse(null), true, null, false));
		scan(found, WEEK_THEN_WEEKDAY, lower, text,
				m -> new Reading(inWeek(today, num(m, 1), WEEKDAYS.get(m.group(2))).orElse(null), true, null, false));
		scan(found, WEEK_AFTER_NEXT_DAY, lower, text, m -> {
			DayOfWeek day = WEEKDAYS.get(m.group(1) != null ? m.group(1) : m.group(2));
			LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
			return new Reading(monday.plusDays(day.getValue() - 1L), false, null, false);
		});
		scan(found, WEEK_AFTER_NEXT, lower, text,
				m -> new Reading(today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1), false, null,
						false));
		scan(found, WEEKS_FROM_WEEKDAY, lower, text, m -> {
			DayOfWeek day = null;
			int weeks = 1;
			for (int g = 1; g <= m.groupCount(); g++) {
				String word = m.group(g);
				if (word != null && WEEKDAYS.containsKey(word)) {
					day = WEEKDAYS.get(word);
				}
				else if (word != null) {
					weeks = word.matches("\\d+") ? Integer.parseInt(word) : AMOUNTS.getOrDefault(word, 1);
				}
			}
			// today's weekday counts from today, a week before the next one: the form
			// says so (weeksFromWhichDay)
			return new Reading(today.with(TemporalAdjusters.nextOrSame(day)).plusWeeks(weeks), false, null, false);
		});
		scan(found, WEEKDAY_OF_THAT_WEEK, lower, text, m -> {
			Matcher week = WEEK_NUMBER.matcher(lower).region(0, m.start());
			Integer number = null;
			while (week.find()) {
				number = Integer.parseInt(week.group(1));
			}
			// no week numbered before: no date rather than the next such weekday
			return new Reading(number == null ? null : inWeek(today, number, WEEKDAYS.get(m.group(1))).orElse(null),
					true, null, false);
		});
		scan(found, WEEK_FROM_WEEKDAY, lower, text, m -> {
			String day = null;
			for (int g = 1; day == null && g <= m.groupCount(); g++) {
				day = m.group(g);
			}
			return new Reading(today.with(TemporalAdjusters.next(WEEKDAYS.get(day))).plusWeeks(1), false, null, false);
		});
		scan(found, NAMED_DAY, lower, text, m -> {
			LocalDate date = namedDay(m.group(1), today.getYear());
			return new Reading(date.isBefore(today) ? namedDay(m.group(1), today.getYear() + 1) : date, true, null,
					false);
		});
		scan(found, HOLIDAY, lower, text, m -> {
			// not "explicit": a date written beside it wins ("Koningsdag, 27 april")
			LocalDate date = holiday(m.group(2), today.getYear());
			date = date.isBefore(today) ? holiday(m.group(2), today.getYear() + 1) : date;
			String around = m.group(1);
			if (around != null && !around.contains("da")) {
				// "na Koningsdag", "before Easter Monday": some day after or before it
				return new Reading(null, false, null, false);
			}
			if (around != null) {
				date = around.endsWith("na") || around.endsWith("after") ? date.plusDays(1) : date.minusDays(1);
			}
			return new Reading(date, false, null, false);
		});
		scan(found, FROM_TOMORROW_OR_TODAY, lower, text,
				m -> new Reading(fromTomorrowOrToday(m, today), false, null, false));
		scan(found, FORTNIGHT, lower, text, m -> new Reading(today.plusWeeks(2), false, null, false));
		scan(found, TODAY, lower, text, m -> new Reading(today, false, null, false));
		scan(found, WEEK_FROM_TOMORROW, lower, text, m -> new Reading(today.plusDays(8), false, null, false));
		scan(found, DAY_AFTER_TOMORROW, lower, text, m -> new Reading(today.plusDays(2), false, null, false));
		scan(found, TOMORROW, lower, text, m -> new Reading(today.plusDays(1), false, null, false));
		scan(found, DAY_BEFORE_YESTERDAY, lower, text, m -> new Reading(today.minusDays(2), false, null, false));
		scan(found, YESTERDAY, lower, text, m -> new Reading(today.minusDays(1), false, null, false));
		scan(found, LAST_WEEK_DAY, lower, text, m -> {
			DayOfWeek day = WEEKDAYS.get(m.group(1) != null ? m.group(1) : m.group(2));
			LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
			return new Reading(monday.plusDays(day.getValue() - 1L), false, null, false);
		});
		scan(found, LAST_WEEKDAY, lower, text,
				m -> new Reading(
						today.with(
								TemporalAdjusters.previous(WEEKDAYS.get(m.group(1) != null ? m.group(1) : m.group(2)))),
						false, null, false));
		scan(found, HALF_PERIOD, lower, text, m -> {
			String unit = m.group(1) != null ? m.group(1)
					: m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
			boolean month = unit.startsWith("maand") || unit.startsWith("month");
			LocalDate about = month ? today.plusMonths(1).plusDays(15) : today.plusDays(10);
			String said = m.group(5);
			if (said == null) {
				return new Reading(about, false, null, true);
			}
			// the weekday said nearest the period's end
			LocalDate day = about.minusDays(3).with(TemporalAdjusters.nextOrSame(WEEKDAYS.get(said)));
			return new Reading(day, false, null, false);
		});
		scan(found, AFTER_CHRISTMAS, lower, text, m -> {
			LocalDate day = LocalDate.of(today.getYear(), 12, 27);
			if (day.isBefore(today)) {
				day = day.plusYears(1);
			}
			return new Reading(firstDay(day, true), false, null, true);
		});
		scan(found, PERIOD, lower, text, m -> {
			String amount = m.group(1);
			int n = amount.matches("\\d+") ? Integer.parseInt(amount) : AMOUNTS.getOrDefault(amount, 1);
			String unit = m.group(2);
			LocalDate date = unit.startsWith("d") ? today.plusDays(n)
					: unit.startsWith("w") ? today.plusWeeks(n) : today.plusMonths(n);
			return new Reading(date, false, null, false);
		});
		scan(found, NEXT_WEEK_DAY, lower, text, m -> {
			DayOfWeek day = WEEKDAYS.get(m.group(1) != null ? m.group(1) : m.group(2));
			LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
			return new Reading(monday.plusDays(day.getValue() - 1L), false, null, false);
		});
		// A bare weekday with a number or an ordinal next to it that was not read
		// ("vrijdag de 18e" in a form not known, "the second Tuesday of …") is the next
		// such weekday only perhaps: the form asks to check it.
		scan(found, WEEKDAY, lower, text, m -> {
			DayOfWeek day = WEEKDAYS.get(m.group(1));
			// "In week 2 beginnen er twee, op maandag: …": that day of that week
			Integer week = weekNumberBefore(lower, m.start(), found);
			if (week != null) {
				return new Reading(inWeek(today, week, day).orElse(null), true, null, false);
			}
			// "in de eerste week van januari: Sem op maandag, Lina op woensdag"
			MonthWeek.Week monthWeek = MonthWeek.before(lower, Sentences.start(lower, m.start()), m.start(), today);
			if (monthWeek == null) {
				monthWeek = MonthWeek.rightAfter(lower, m.end(), today);
			}
			if (monthWeek != null) {
				return new Reading(monthWeek.monday().plusDays(day.getValue() - 1L), true, null, false);
			}
			return new Reading(today.with(TemporalAdjusters.next(day)), false, null,
					UNREAD_AFTER.matcher(lower).region(m.end(), lower.length()).lookingAt()
							|| UNREAD_BEFORE.matcher(lower).region(0, m.start()).find(),
					day);
		});
		// a week alone, unless a day of it is told in its sentence or the next
		// ("in week 2 … op maandag", read above)
		Matcher week = WEEK_ALONE.matcher(lower);
		while (week.find()) {
			int sentence = Sentences.start(lower, week.start());
			int end = Sentences.end(lower, Sentences.end(lower, week.end()) + 1);
			if (found.stream().noneMatch(d -> d.start() >= sentence && d.start() < end)) {
				found.add(new Mention(inWeek(today, num(week, 1), DayOfWeek.MONDAY).orElse(null),
						text.substring(week.start(), week.end()).trim(), week.start(), week.end(), false, null, false,
						null));
			}
		}
		// a week of a month alone ("starts in the first week of January"): its Monday
		for (MonthWeek.Week monthWeek : MonthWeek.in(lower, today)) {
			int sentence = Sentences.start(lower, monthWeek.start());
			int end = Sentences.end(lower, monthWeek.end());
			if (found.stream()
				.noneMatch(d -> d.start() >= sentence && d.start() < end
						|| d.start() < monthWeek.end() && d.end() > monthWeek.start())) {
				found.add(new Mention(monthWeek.monday(), text.substring(monthWeek.start(), monthWeek.end()),
						monthWeek.start(), monthWeek.end(), false, null, false, null));
			}
		}
		// "the Monday after New Year": that Monday, not the next one
		WeekdayBesideAnEvent.read(lower, text, today, found);
		found.sort(Comparator.comparingInt(Mention::start));
		return found;
	}

	/**
	 * The number of a week said earlier in the same sentence and not part of a date read
	 * already ("in week 2 … op maandag"), or null.
	 */
	private static Integer weekNumberBefore(String lower, int at, List<Mention> found) {
		int sentence = Sentences.start(lower, at);
		Integer number = weekNumberIn(lower, sentence, at, found);
		// "begint in week 2 als planner. Maandag om 8 uur bij de receptie": a weekday
		// that
		// opens the next sentence is a day of the week just told
		if (number == null && sentence > 0 && OPENS_SENTENCE.matcher(lower.substring(sentence, at)).matches()) {
			number = weekNumberIn(lower, Sentences.start(lower, sentence - 1), sentence, found);
		}
		return number;
	}

	/** Only a sentence's end and an "op"/"on" before a word: it opens its sentence. */
	private static final Pattern OPENS_SENTENCE = Pattern.compile("[.!?\\n]?\\s*(?:op\\s+|on\\s+)?");

	/** The last week number in the range that is no part of a date read already. */
	private static Integer weekNumberIn(String lower, int from, int to, List<Mention> found) {
		Matcher week = WEEK_NUMBER.matcher(lower).region(from, to);
		Integer number = null;
		while (week.find()) {
			int start = week.start();
			if (found.stream().noneMatch(m -> m.start() <= start && start < m.end())) {
				number = Integer.parseInt(week.group(1));
			}
		}
		return number;
	}

	/**
	 * The text with the time words of {@link #EARLIER_MESSAGE} and {@link #EARLIER_EVENT}
	 * blanked, same length.
	 */
	private static String withoutEarlierMessages(String lower) {
		StringBuilder blanked = new StringBuilder(lower);
		for (Pattern dated : List.of(EARLIER_MESSAGE, EARLIER_EVENT)) {
			Matcher earlier = dated.matcher(lower);
			while (earlier.find()) {
				for (int i = earlier.start(); i < earlier.end(); i++) {
					blanked.setCharAt(i, ' ');
				}
			}
		}
		return blanked.toString();
	}

	private static LocalDate namedDay(String name, int year) {
		if (name.startsWith("nieuwjaar") || name.startsWith("new year") && name.endsWith("day")) {
			return LocalDate.of(year, 1, 1);
		}
		if (name.startsWith("oud") || name.startsWith("new year")) {
			return LocalDate.of(year, 12, 31);
		}
		if (name.endsWith("eve") || name.equals("kerstavond")) {
			return LocalDate.of(year, 12, 24);
		}
		return LocalDate.of(year, 12,
				name.startsWith("boxing") || name.startsWith("tweede") || name.startsWith("2e") ? 26 : 25);
	}

	private static LocalDate holiday(String name, int year) {
		if (name.startsWith("konings") || name.startsWith("king")) {
			// moved to the Saturday before when the 27th is a Sunday
			LocalDate day = LocalDate.of(year, 4, 27);
			return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
		}
		if (name.startsWith("bevrijding") || name.startsWith("liberation")) {
			return LocalDate.of(year, 5, 5);
		}
		LocalDate easter = easterSunday(year);
		if (name.contains("vrijdag") || name.contains("friday")) {
			return easter.minusDays(2);
		}
		if (name.startsWith("hemelvaart") || name.startsWith("ascension")) {
			return easter.plusDays(39);
		}
		boolean pentecost = name.contains("pinkster") || name.startsWith("whit");
		boolean monday = name.contains("maandag") || name.contains("monday") || name.startsWith("tweede")
				|| name.startsWith("2e");
		return easter.plusDays((pentecost ? 49 : 0) + (monday ? 1 : 0));
	}

	/** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm). */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, day);
	}

	/**
	 * Whether the mention is a week said alone ("vanaf week 5", "the week after next"),
	 * read as its Monday.
	 */
	static boolean isWeekAlone(DateWords.Mention mention) {
		String words = mention.words().toLowerCase(Locale.ROOT);
		return WEEK_ALONE.matcher(words).matches() || WEEK_AFTER_NEXT.matcher(words).matches()
				|| MonthWeek.isAlone(words);
	}

	/** Whether the mention is "tomorrow" alone, as written or as chats write it. */
	static boolean isTomorrow(String words) {
		return TOMORROW.matcher(words.toLowerCase(Locale.ROOT)).matches();
	}

	/**
	 * Whether the mention is a period ("from 14 to 31 December") read as its first day.
	 */
	static boolean isRange(Mention mention) {
		return RANGE.matcher(mention.words().toLowerCase(Locale.ROOT)).find();
	}

	/**
	 * A day written without its month or weekday ("on the 18th") and no month named
	 * before it or said as "next month": the month is our guess, and the form says so.
	 */
	/**
	 * Weeks counted from a weekday that is today's: "donderdag over twee weken" said on a
	 * Thursday is read from today; a week later is as likely meant.
	 */
	static boolean weeksFromWhichDay(Mention mention, LocalDate today) {
		return mention.date() != null && mention.date().getDayOfWeek() == today.getDayOfWeek()
				&& WEEKS_FROM_WEEKDAY.matcher(mention.words().toLowerCase(Locale.ROOT)).matches();
	}

	static boolean monthGuessed(Mention mention, String text) {
		Matcher ordinal = ORDINAL_DAY.matcher(mention.words().toLowerCase(Locale.ROOT));
		return ordinal.matches() && ordinal.group(1) == null
				&& !NEXT_MONTH.matcher(text.toLowerCase(Locale.ROOT)).find()
				&& NamedMonth.lastBefore(text, mention.start()) == null;
	}

	/**
	 * A date written month first ("1/31"): it can only be read that way, but the writer
	 * may have meant another one, so the form says so.
	 */
	static boolean monthFirst(Mention mention) {
		Matcher numbers = MONTH_FIRST.matcher(mention.words());
		return mention.explicit() && numbers.find()
				&& monthFirst(Integer.parseInt(numbers.group(1)), "/", Integer.parseInt(numbers.group(2)));
	}

	private static boolean monthFirst(int first, String separator, int second) {
		return "/".equals(separator) && first >= 1 && first <= 12 && second > 12 && second <= 31;
	}

	/**
	 * That weekday in that week of the year (ISO, as Dutch planning counts), this year
	 * or, once past, next year.
	 */
	static Optional<LocalDate> inWeek(LocalDate today, int week, DayOfWeek day) {
		for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
			LocalDate monday = LocalDate.of(year, 6, 1)
				.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1)
				.with(DayOfWeek.MONDAY);
			if (week < 1 || week > monday.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
				return Optional.empty();
			}
			LocalDate date = monday.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(day);
			if (!date.isBefore(today.minusDays(RECENT_DAYS))) {
				return Optional.of(date);
			}
		}
		return Optional.empty();
	}

	/**
	 * The 1st of that month, or its first weekday when a working day is meant; New Year's
	 * Day is no working day.
	 */
	private static LocalDate firstDay(LocalDate first, boolean working) {
		LocalDate day = first;
		while (working && (day.getDayOfWeek().getValue() > 5 || day.getDayOfYear() == 1)) {
			day = day.plusDays(1);
		}
		return day;
	}

	private static Optional<LocalDate> dayFirst(int year, int first, String separator, int second) {
		return monthFirst(first, separator, second) ? date(year, first, second) : date(year, second, first);
	}

	/**
	 * The day in the last month named in full before {@code at}: "Our March leavers are
	 * Ada, on the 5th", "leaves on 19 January; her last day is the 19th".
	 */
	private static Optional<LocalDate> monthNamedBefore(String text, int at, LocalDate today, int day) {
		String last = NamedMonth.lastBefore(text, at);
		return last == null ? Optional.empty() : withoutYear(today, MONTHS.get(last), day);
	}

	/**
	 * How the text places its date relative to another one ("a week later"): empty when
	 * it does not; a relative with a null unit when it does in words we cannot count.
	 */
	static Optional<Relative> relative(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		Matcher matcher = RELATIVE.matcher(lower);
		if (matcher.find()) {
			if (matcher.group(5) != null) {
				return Optional.of(new Relative(1, ChronoUnit.DAYS, text.substring(matcher.start(), matcher.end())));
			}
			String amount = matcher.group(1);
			int n = amount == null ? 1
					: amount.matches("\\d+") ? Integer.parseInt(amount) : AMOUNTS.getOrDefault(amount, 1);
			String unit = matcher.group(2);
			ChronoUnit chrono = unit.startsWith("d") ? ChronoUnit.DAYS
					: unit.startsWith("w") ? ChronoUnit.WEEKS : ChronoUnit.MONTHS;
			return Optional.of(new Relative(matcher.group(4) != null ? -n : n, chrono,
					text.substring(matcher.start(), matcher.end())));
		}
		Matcher weekday = WEEKDAY_AFTER.matcher(lower);
		if (weekday.find()) {
			String day = weekday.group(1) != null ? weekday.group(1)
					: weekday.group(2) != null ? weekday.group(2) : weekday.group(3);
			return Optional
				.of(new Relative(0, null, text.substring(weekday.start(), weekday.end()), WEEKDAYS.get(day)));
		}
		Matcher week = WEEK_AFTER.matcher(lower);
		if (week.find()) {
			return Optional.of(new Relative(week.group().contains("fortnight") ? 2 : 1, ChronoUnit.WEEKS,
					text.substring(week.start(), week.end())));
		}
		Matcher relation = RELATION.matcher(lower);
		if (relation.find()) {
			return Optional.of(new Relative(0, null, text.substring(relation.start(), relation.end())));
		}
		return Optional.empty();
	}

	/**
	 * A date said relative to another person's.
	 *
	 * @param amount how many units after (negative: before)
	 * @param unit days, weeks or months; null when the words give no period we can count
	 * @param words the words as written
	 * @param weekday for "the Monday after", the weekday after the other date
	 */
	record Relative(long amount, ChronoUnit unit, String words, DayOfWeek weekday) {

		Relative(long amount, ChronoUnit unit, String words) {
			this(amount, unit, words, null);
		}

		/**
		 * The date meant, or null when the words cannot be counted or there is no base.
		 */
		LocalDate from(LocalDate base) {
			if (base != null && this.weekday != null) {
				return base.with(TemporalAdjusters.next(this.weekday));
			}
			return base == null || this.unit == null ? null : base.plus(this.amount, this.unit);
		}

	}

	/** The day {@link #FROM_TOMORROW_OR_TODAY} names: its period after its day. */
	private static LocalDate fromTomorrowOrToday(Matcher m, LocalDate today) {
		String amount = m.group(1) != null ? m.group(1) : m.group(7) != null ? m.group(7) : m.group(9);
		String unit = m.group(2) != null ? m.group(2)
				: m.group(5) != null ? m.group(5) : m.group(8) != null ? m.group(8) : m.group(10);
		String base = m.group(3) != null ? m.group(3)
				: m.group(4) != null ? m.group(4) : m.group(6) != null ? m.group(6) : m.group(11);
		int n = amount == null ? 1
				: amount.matches("\\d+") ? Integer.parseInt(amount) : AMOUNTS.getOrDefault(amount, 1);
		LocalDate from = base.equals("tomorrow") || base.equals("morgen") ? today.plusDays(1) : today;
		return unit.equals("fortnight") ? from.plusWeeks(2) : unit.startsWith("d") ? from.plusDays(n)
				: unit.startsWith("w") ? from.plusWeeks(n) : from.plusMonths(n);
	}

	private static void scan(List<Mention> found, Pattern pattern, String lower, String text,
			java.util.function.Function<Matcher, Reading> read) {
		Matcher matcher = pattern.matcher(lower);
		while (matcher.find()) {
			int start = matcher.start();
			int end = matcher.end();
			// Rules run from the most to the least specific: what an earlier rule took is
			// taken.
			if (found.stream().anyMatch(m -> m.start() < end && start < m.end())) {
				continue;
			}
			Reading reading = read.apply(matcher);
			found.add(new Mention(reading.date(), text.substring(start, end).trim(), start, end, reading.explicit(),
					reading.writtenWeekday(), reading.ambiguous(), reading.weekday()));
		}
	}

	/**
	 * The day of a month that falls on the weekday said with it ("Saturday the 28th"):
	 * the first such day ahead, unless it is months away and one passed within the last
	 * month ("started on Saturday the 28th, forgot to tell you": no one means a day nine
	 * months off by a weekday and a number).
	 */
	private static Optional<LocalDate> dayOnWeekday(LocalDate today, DayOfWeek weekday, int day) {
		Optional<LocalDate> ahead = Optional.empty();
		for (int k = 0; k < 12 && ahead.isEmpty(); k++) {
			LocalDate month = today.plusMonths(k);
			ahead = date(month.getYear(), month.getMonthValue(), day)
				.filter((date) -> !date.isBefore(today) && date.getDayOfWeek() == weekday);
		}
		if (ahead.isPresent() && !ahead.get().isAfter(today.plusMonths(2))) {
			return ahead;
		}
		for (int k = 0; k <= 1; k++) {
			LocalDate month = today.minusMonths(k);
			Optional<LocalDate> passed = date(month.getYear(), month.getMonthValue(), day)
				.filter((date) -> date.isBefore(today) && !date.isBefore(today.minusMonths(1))
						&& date.getDayOfWeek() == weekday);
			if (passed.isPresent()) {
				return passed;
			}
		}
		return ahead;
	}

	private static Reading explicit(Matcher matcher, int weekdayGroup, Optional<LocalDate> date, boolean ambiguous) {
		String weekday = matcher.group(weekdayGroup);
		return new Reading(date.orElse(null), true,
				weekday == null ? null : WEEKDAYS.getOrDefault(weekday, SHORT_WEEKDAYS.get(weekday)), ambiguous);
	}

	/** A number written in words ("eleventh", "vijfde"), or null. */
	static Integer number(String word) {
		return NUMBERS.get(word);
	}

	private static int num(Matcher matcher, int group) {
		return Integer.parseInt(matcher.group(group).replace("'", ""));
	}

	private static int year(int written) {
		return written < 100 ? 2000 + written : written;
	}

	private static Optional<LocalDate> date(int year, int month, int day) {
		try {
			return Optional.of(LocalDate.of(year, month, day));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static Optional<LocalDate> withoutYear(LocalDate today, int month, int day) {
		Optional<LocalDate> thisYear = date(today.getYear(), month, day);
		if (thisYear.isPresent() && !thisYear.get().isBefore(today.minusDays(RECENT_DAYS))) {
			return thisYear;
		}
		Optional<LocalDate> nextYear = date(today.getYear() + 1, month, day);
		return nextYear.isPresent() ? nextYear : thisYear;
	}

	/**
	 * The days left once those the words right before them set aside (the pattern, ending
	 * at the day, within the window before it), if any other day is said: a day that is
	 * not the news's counts only when it is the only one.
	 */
	static List<Mention> setAside(String body, List<Mention> days, Pattern before, int window) {
		List<Mention> others = days.stream()
			.filter(m -> !before.matcher(body.substring(Math.max(0, m.start() - window), m.start())).find())
			.toList();
		return others.isEmpty() ? days : others;
	}

	/**
	 * A date in the text.
	 *
	 * @param date the date, or null when the words are no valid date (31 February)
	 * @param words the words as written
	 * @param explicit a day written out (not a weekday or a period from today)
	 * @param writtenWeekday the weekday written next to an explicit date, if any
	 * @param ambiguous day and month could be swapped (3/4/2027)
	 * @param weekday for a bare weekday, which one
	 */
	record Mention(LocalDate date, String words, int start, int end, boolean explicit, DayOfWeek writtenWeekday,
			boolean ambiguous, DayOfWeek weekday) {

		/**
		 * This mention read as told of the past ("started on Monday", "is maandag
		 * begonnen"): a bare weekday is the last one before today, not the next; other
		 * dates and "next Monday" stay as they are.
		 */
		Mention inThePast(LocalDate today) {
			if (this.weekday == null || AHEAD.matcher(this.words).find()) {
				return this;
			}
			// "this Saturday", "deze vrijdag": the one of this week, even in the past
			// tense
			if (THIS_WEEKDAY.matcher(this.words).find()) {
				return new Mention(today.with(this.weekday), this.words, this.start, this.end, this.explicit,
						this.writtenWeekday, this.ambiguous, this.weekday);
			}
			return new Mention(today.with(TemporalAdjusters.previous(this.weekday)), this.words, this.start, this.end,
					this.explicit, this.writtenWeekday, this.ambiguous, this.weekday);
		}

		/**
		 * "His last day was 31 October", "retired last Friday (27th)": a day without its
		 * year, the verb right next to it in the past, is the last such day, not the next
		 * (the form then says it is past). A day without its month goes back to the last
		 * month with that day (and weekday, when one is written).
		 */
		Mention lastBefore(LocalDate today) {
			if (this.weekday != null || !this.explicit || this.date == null || !this.date.isAfter(today)
					|| YEAR_WRITTEN.matcher(this.words).find()) {
				return this;
			}
			String lower = this.words.toLowerCase(Locale.ROOT);
			boolean dayOnly = ORDINAL_DAY.matcher(lower).matches() || WEEKDAY_DAY.matcher(lower).matches()
					|| BRACKET_DAY.matcher(lower).matches();
			LocalDate past = null;
			if (LATER_ON.matcher(lower).find()) {
				return this;
			}
			if (!dayOnly) {
				past = this.date.minusYears(1);
			}
			else {
				for (int k = 0; k <= 12 && past == null; k++) {
					LocalDate month = today.minusMonths(k);
					Optional<LocalDate> day = DateWords.date(month.getYear(), month.getMonthValue(),
							this.date.getDayOfMonth());
					if (day.isPresent() && !day.get().isAfter(today)
							&& (this.writtenWeekday == null || day.get().getDayOfWeek() == this.writtenWeekday)) {
						past = day.get();
					}
				}
			}
			return past == null ? this : new Mention(past, this.words, this.start, this.end, this.explicit,
					this.writtenWeekday, this.ambiguous, this.weekday);
		}

		/** A weekday written next to the date that is not the date's weekday. */
		boolean weekdayContradicts() {
			return this.date != null && this.writtenWeekday != null && this.date.getDayOfWeek() != this.writtenWeekday;
		}

	}

	private record Reading(LocalDate date, boolean explicit, DayOfWeek writtenWeekday, boolean ambiguous,
			DayOfWeek weekday) {

		Reading(LocalDate date, boolean explicit, DayOfWeek writtenWeekday, boolean ambiguous) {
			this(date, explicit, writtenWeekday, ambiguous, null);
		}

	}

}
