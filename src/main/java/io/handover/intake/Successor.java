package io.handover.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person who follows one named before them:
 * <ul>
 * <li>taking over their role ("Theo Grant from the care team will take over her role",
 * "Imke Bruinsma van de facilitaire dienst neemt zijn functie over"): the role is the one
 * before's, and a role or department of their own is the one they leave, a move;</li>
 * <li>taking over their work ("takes over his projects, starting as developer", "neemt
 * haar klanten over"): a successor, a starter unless a role held now is said;</li>
 * <li>named as their successor ("His successor Amir Haddadi starts on 3 May", "Zijn
 * opvolger …"): with no role of their own, the one before's.</li>
 * </ul>
 */
final class Successor {

	private static final String HIS = "(?:his|her|their|zijn|haar|hun)";

	private static final Pattern ROLE_TAKEN = Pattern.compile("(?iu)\\b(?:(?:take|takes|taking|took|taken) over " + HIS
			+ " (?:role|job|position|function|post|place|duties)|(?:neemt|nemen|nam) " + HIS
			+ " (?:functie|rol|baan|plek|positie|taken) over|(?:overnemen|overgenomen) van " + HIS
			+ " (?:functie|rol))\\b");

	private static final Pattern WORK_TAKEN = Pattern.compile("(?iu)\\b(?:(?:take|takes|taking|took|taken) over " + HIS
			+ " (?:clients|customers|accounts|projects|shifts|caseload|portfolio|work|patients|residents|"
			+ "cases)|(?:neemt|nemen|nam) " + HIS + " (?:klanten|diensten|projecten|werk|cliënten|clienten|"
			+ "bewoners|portefeuille|dossiers|werkzaamheden) over)\\b");

	private static final Pattern NAMED_SUCCESSOR = Pattern
		.compile("(?iu)\\b(?:successor|opvolger|opvolgster|vervanger|vervangster|replacement)\\b");

	/** A role held now, said outright: "currently a carer", "nu nog verkoper". */
	private static final Pattern HELD_NOW = Pattern.compile("(?iu)\\b(?:currently|now|nu|nog|momenteel|thans|"
			+ "at the moment|from (?:the|our)|van (?:de|het|onze)|uit (?:de|het))\\b");

	/**
	 * The one named next follows a leaver: "opgevolgd door", "succeeded by", or the place
	 * said taken in the passive ("her place on the ward is taken by carer …", "zijn plek
	 * wordt ingenomen door …"), a bare job word of theirs before the name. Not "our" one:
	 * a colleague who follows moves.
	 */
	private static final Pattern SUCCEEDED_BY = Pattern.compile("(?iu)(?:\\b(?:opgevolgd|vervangen|succeeded|replaced)|"
			+ "\\b(?:place|plek|plaats|job|position|post|baan|functie)\\b[^.;!?\\n]{0,40}?\\b(?:is|will be|wordt|zal worden)"
			+ "(?:\\s+[\\p{L}\\d]+){0,4}?\\s+(?:taken(?: over)?|filled|ingenomen|ingevuld|overgenomen))"
			+ "\\s+(?:door|by)\\s+(?:(?:de heer|mevrouw|mr\\.?|mrs\\.?|ms\\.?|dr\\.?)\\s+)?"
			+ "(?:(?!(?:our|onze|ons|colleague|collega|current|huidige)\\b)(?-i:\\p{Ll})[\\p{L}-]+\\s+)?$");

	/** Leaving words of the successor's own: then they are no successor. */
	private static final Pattern LEAVES = Pattern
		.compile("(?iu)\\b(?:vertrek(?:t|ken)?|leaves|leaving|uit dienst|" + "laatste (?:werk)?dag|last day)\\b");

	private static boolean succeededBy(String body, int[] segment, String name) {
		String part = body.substring(segment[0], segment[1]);
		int at = part.toLowerCase(java.util.Locale.ROOT).indexOf(name.toLowerCase(java.util.Locale.ROOT));
		return at >= 0 && SUCCEEDED_BY.matcher(part.substring(0, at)).find()
				&& !LEAVES.matcher(part.substring(at)).find();
	}

	/**
	 * Taking over said as an idiom: "neemt op 4 januari het stokje over (van Anja Vos)".
	 * A starter's words, like "volgt … op".
	 */
	static final String TAKES_OVER = "(?:neemt|nemen|nam|namen)(?: [\\p{L}\\d'’-]+){0,6} het stokje over|"
			// "…vertrekt op 31 januari, en Yara neemt het op 1 februari van hem over":
			// the
			// leaver's job, from the one just said to leave
			+ "(?:neemt|nemen|nam|namen) het(?: [\\p{L}\\d'’-]+){0,6}? van (?:hem|haar|hen) over";

	/**
	 * The place of one just said to leave, taken: "Gerda Hols vertrekt op 31 januari;
	 * Mila Jansen neemt haar plaats in", "Rob Dean leaves on 18 December; Amy Cole takes
	 * his place". With no job of their own said, a newcomer; the place of a colleague who
	 * moves stays a move.
	 */
	static final String PLACE_OF_A_LEAVER = Behind.then(
			"\\b(?:vertrekt|leaves|is leaving|stopt|stops|retires|met pensioen|gaat weg)\\b"
					// … the successor with no job held here said: "Amy Cole (now in
					// the warehouse) takes his place" is a move
					+ "(?:(?!\\b(?:nu|now|currently|momenteel)\\b)[^\\n]){0,100}",
			"(?:neemt|nemen)(?: [\\p{L}\\d'’-]+){0,4}? (?:zijn|haar|hun) (?:plek|plaats) in\\b|takes? (?:his|her|their) place\\b");

	/**
	 * A role or the work taken over from someone: "neemt per 1 april de rol van
	 * facilitair coördinator over (van Joop)", "takes over the duties of …". Said mostly
	 * of a colleague here, so weakly a move; a starter's own words outweigh it.
	 */
	static final String ROLE_TAKEN_OVER = "(?:neemt|nemen)(?: [\\p{L}\\d'’-]+){0,6}? (?:de|het|zijn|haar|zijn|hun) "
			+ "(?:rol|functie|taken|taak|werk|werkzaamheden|positie|plek)(?: [\\p{L}\\d'’-]+){0,4}? over\\b|"
			+ "(?:de|het|zijn|haar|hun) (?:rol|functie|taken|werk|werkzaamheden|positie)(?: [\\p{L}\\d'’-]+){0,4}? "
			+ "overnemen\\b|takes? over (?:the|his|her|their) (?:role|job|position|post|duties|work)\\b|"
			// "neemt haar plek in als facilitair medewerker", "takes her place"
			+ "(?:neemt|nemen)(?: [\\p{L}\\d'’-]+){0,4}? (?:zijn|haar|hun) (?:plek|plaats) in\\b|"
			+ "takes? (?:his|her|their) place\\b|"
			// a unit taken over, the one who takes it named between, the job held in
			// brackets: "neemt Johan Willems (nu dierverzorger) de facilitaire dienst
			// van het asiel over"
			+ "(?:neemt|nemen)(?: (?-i:\\p{Lu})[\\p{L}'’-]+| (?-i:van|de|der|den|ter|el)){1,5} \\((?:nu|now|currently)"
			+ " [^()\\n]{2,40}\\) (?:de|het) [\\p{L} -]{2,40}? over\\b|"
			// … or the job held in brackets before the verb: "Yara Peters (nu planner)
			// neemt per 1 maart de facilitaire dienst over"
			+ "(?<=\\((?:nu|now|currently) [^()\\n]{2,40}\\) )(?:neemt|nemen)(?: [\\p{L}\\d'’-]+){0,4}? (?:de|het) "
			+ "[\\p{L} -]{2,40}? over\\b";

	/** A first name with no surname after it: a comma or a word that is no particle. */
	private static final String FIRST_NAME_ONLY = "(?=,| (?!(?:de|van|der|den|te|ten|ter|el|al|la|le|du|da|di)\\b)\\p{Ll})";

	/**
	 * "Eva Snoek replaces Tom Bell, who left in October": the leaving is the one
	 * replaced's, and past; it says no leaving of the starter. So is one named by a first
	 * name only, whom the starter takes over from ("van Kees, die met pensioen gaat").
	 */
	static final String LEFT_BEFORE = Behind.then(
			"\\b(?:replaces|replacing|will replace|succeeds|vervangt|vervangen|"
					+ "in place of|instead of|in plaats van|ter vervanging van) [\\p{L}'’ -]{2,40},? ",
			"(?:who|die) (?:left|has left|had left|retired|has retired|vertrok|vertrokken is|is vertrokken|weg is|wegging)\\b")
			+ "|"
			// the leaving of one named by a first name only, whom a starter takes over
			// from: "Ze neemt het over van Kees, die met pensioen gaat", "she takes over
			// from Joe, who is retiring" (Kees and Joe are not announced here)
			+ Behind.then("\\b(?:replaces|replacing|will replace|succeeds|vervangt|vervangen|in place of|instead of|"
					+ "in plaats van|ter vervanging van|(?:neemt|nemen) het over van|(?:takes|taking|will take) over from|"
					// "neemt per 1 april de rol van facilitair coördinator over van Joop,
					// die …"
					+ "(?:neemt|nemen)[\\p{L}\\d ]{1,60} over van|overnemen van|(?:takes|taking|will take) over "
					+ "[\\p{L}\\d ]{1,60} from) (?-i:\\p{Lu}[\\p{L}'’-]{1,30}),? ",
					"(?:who|die) (?:is |will )?(?:retir(?:es|ing|e)|leav(?:es|ing|e)|met pensioen gaat|gaat met pensioen|"
							+ "vertrekt|stopt|weggaat|"
							// or is gone already: "die al met pensioen is", "who has
							// already retired"
							+ "al (?:met pensioen|weg|vertrokken|gestopt) is|(?:has |is )?already (?:retired|left|gone)|"
							+ "(?:has|is) (?:already )?(?:retired|left|gone))\\b")
			+ "|"
			// "Ze volgt daar Gert op, die met pensioen gaat", "Hij volgt de huidige
			// president op, die …": the one followed leaves
			+ Behind.then("\\b(?:volgt|volgen)(?: (?:daar|hier|dan|straks))? (?:(?-i:\\p{Lu}[\\p{L}'’-]{1,30})|"
					+ "(?:de|het|onze|ons) (?-i:\\p{Ll}[\\p{L}-]{1,20})(?: (?-i:\\p{Ll}[\\p{L}-]{1,20}))?) op,? ",
					"die (?:met pensioen gaat|gaat met pensioen|vertrekt|stopt|weggaat)\\b")
			+ "|"
			// the leaving of one named by a first name only, as the time of a move:
			// "moves into the role of IT manager from 1 March, when Paula retires",
			// "wordt teamleider zodra Kees met pensioen gaat"
			+ Behind.then("\\b(?:when|once|as soon as|after|zodra|wanneer|nadat|als) ",
					"(?-i:\\p{Lu}[\\p{L}'’-]{1,30}) (?:(?:is |will )?(?:retir(?:es|ing|e)|leav(?:es|ing|e)|has left|"
							+ "has retired)|met pensioen gaat|vertrekt|stopt|weggaat|vertrokken is)\\b")
			+ "|"
			// the leaving of one named by a first name only, as the reason a successor
			// is found: "Na het vertrek van Anja hebben we intern een opvolger gevonden",
			// "After Anja's departure", "following the retirement of Joe"
			+ "(?:na|sinds) het (?:vertrek|pensioen|afscheid) van (?-i:\\p{Lu}[\\p{L}'’-]{1,30})" + FIRST_NAME_ONLY
			+ "|"
			+ "(?:after|since|following) (?:the (?:departure|retirement|leaving) of (?-i:\\p{Lu}[\\p{L}'’-]{1,30})"
			+ FIRST_NAME_ONLY + "|(?-i:\\p{Lu}[\\p{L}-]{1,30})['’]s (?:departure|retirement|leaving))";

	/** Following the one named next: "succeeds our cook", "replaces", "vervangt". */
	private static final Pattern FOLLOWS_NEXT = Pattern.compile("(?iu)^\\s+(?:succeeds|will succeed|is succeeding|"
			+ "replaces|will replace|is replacing|takes over from|will take over from|is taking over from|vervangt|"
			// work taken over: "takes over the rota from" ({@link TakenOverFrom})
			+ "(?:takes|will take|is taking) over (?:the|his|her|their|our) (?:\\p{Ll}[\\p{L}-]*\\s+){1,3}from|"
			+ "(?:neemt|nemen) (?:de|het|zijn|haar|hun) (?:\\p{Ll}[\\p{L}-]*\\s+){1,3}over van|"
			+ "volgt)\\s+(?:(?:our|onze|ons|the|de|het)\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}$");

	private static final Pattern FOLLOWS_VERB = Pattern
		.compile("(?iu)\\s+(?:succeeds|will succeed|is succeeding|replaces|will replace|is replacing|takes over from|"
				+ "will take over from|is taking over from|vervangt|volgt)\\s+(?:\\p{L}[\\p{L}-]*\\s+){0,3}$");

	/**
	 * A date right after the one followed, the job taken over between or not: "Tom Bell
	 * on 4 January", "Dirk Hoek as facility coordinator from 1 February".
	 */
	private static final Pattern DATE_NEXT = Pattern
		.compile("(?iu)\\s*,?\\s*(?:(?:as|als)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){1,4})?"
				+ "(?:(?:on|op|per|from|vanaf|as of|starting|met ingang van)\\s+)?");

	/** A past verb right after a name said again: "Ruud had zijn laatste werkdag al". */
	private static final Pattern PAST_AFTER = Pattern.compile("(?iu)^(?:['’]s)?\\s+(?:\\p{L}+\\s+)?(?:had|was|were|"
			+ "left|vertrok|stopte|ging|went|retired|already|al)\\b");

	/**
	 * The leave of the one a successor follows, told in a clause of theirs: "takes over
	 * from Tom Green, who is on leave from 1 March", "vervangt Iris Bos, die vanaf 1
	 * februari met zwangerschapsverlof gaat". Its day is the leave's, not the successor's
	 * first day; a leave is no leaving, so it is no one's day here.
	 */
	private static final Pattern LEAVE_OF_THE_ONE_FOLLOWED = Pattern.compile("(?iu)\\b(?:replaces|replacing|"
			+ "will replace|is replacing|takes over from|taking over from|will take over from|vervangt|vervangen|"
			+ "ter vervanging van|in place of|(?:neemt|nemen)(?: [\\p{L}'’-]+){0,4}? over van)\\s+"
			+ "(?<followed>[\\p{L}'’ -]{2,50}?),?\\s+(?:who|die)\\b(?=[^.;!?\\n]*\\b(?:on leave|leave|\\p{L}*verlof|sabbatical|"
			+ "career break|loopbaanonderbreking|tijdskrediet)\\b)(?![^.;!?\\n]*\\b(?:leaves us|leaving us|vertrekt|"
			+ "uit dienst|retir\\p{L}*|pensioen)\\b)[^.;!?\\n]*");

	private Successor() {
	}

	/** Whether the name is of the one followed, told to go on leave: no one announced. */
	static boolean followedOnLeave(String body, AnnouncementParser.Span name) {
		Matcher clause = LEAVE_OF_THE_ONE_FOLLOWED.matcher(body);
		while (clause.find()) {
			if (name.start() >= clause.start("followed") && name.end() <= clause.end("followed")) {
				return true;
			}
		}
		return false;
	}

	/** The dates said of a leave of the one followed are taken out. */
	static List<DateWords.Mention> withoutTheLeaveOfTheOneFollowed(String body, List<DateWords.Mention> dates) {
		Matcher clause = LEAVE_OF_THE_ONE_FOLLOWED.matcher(body);
		List<int[]> clauses = new ArrayList<>();
		while (clause.find()) {
			clauses.add(new int[] { clause.start(), clause.end() });
		}
		return clauses.isEmpty() ? dates
				: dates.stream()
					.filter(d -> clauses.stream().noneMatch(c -> d.start() >= c[0] && d.end() <= c[1]))
					.toList();
	}

	/** Whether the person's first name, said again, starts a sentence of the past. */
	static boolean toldOfThePast(String body, AnnouncementParser.Span name) {
		String first = name.name().split(" ")[0];
		Matcher again = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(first) + "(?![\\p{L}])")
			.matcher(body)
			.region(name.end(), body.length());
		return again.find() && PAST_AFTER.matcher(body.substring(again.end())).lookingAt();
	}

	/**
	 * Whether the name starting here is the one a successor follows, with their job
	 * between: "succeeds our cook Tom Bell", "vervangt onze kok Anja Vos".
	 */
	static boolean followedNext(String body, int nameStart) {
		String before = body.substring(Math.max(0, nameStart - 50), nameStart);
		Matcher verb = FOLLOWS_VERB.matcher(before);
		return verb.find() && FOLLOWS_NEXT.matcher(before.substring(verb.start())).matches();
	}

	/**
	 * "Mia Lang succeeds our cook Tom Bell on 4 January; Tom leaves on 31 December": the
	 * date said right after the one followed is the successor's first day, not the
	 * leaver's, when the successor says no date of their own. The leaver keeps a date of
	 * their own said later, else none: never the successor's date prefilled as a last
	 * day.
	 */
	static List<Announcement> datedAfterTheOneFollowed(String body, List<AnnouncementParser.Span> persons,
			List<int[]> segments, List<DateWords.Mention> dates, LocalDate today, List<Announcement> all) {
		if (all.size() < 2 || all.size() != segments.size() || all.size() != persons.size()) {
			return all;
		}
		List<Announcement> result = new ArrayList<>(all);
		for (int i = 1; i < all.size(); i++) {
			Announcement successor = result.get(i - 1);
			Announcement followed = result.get(i);
			AnnouncementParser.Span a = persons.get(i - 1);
			AnnouncementParser.Span b = persons.get(i);
			if (successor.date() != null || successor.kind() == Announcement.Kind.LEAVER
					|| !FOLLOWS_NEXT.matcher(body.substring(a.end(), b.start())).matches()) {
				continue;
			}
			DateWords.Mention said = dates.stream()
				.filter(d -> d.start() >= b.end() && d.start() <= b.end() + 60 && d.date() != null
						&& DATE_NEXT.matcher(body.substring(b.end(), d.start())).matches())
				.findFirst()
				.orElse(null);
			if (said == null) {
				continue;
			}
			result.set(i - 1, dated(successor, said, today));
			int[] segment = segments.get(i);
			if (followed.date() != null && followed.date().equals(said.date())) {
				List<DateWords.Mention> own = dates.stream()
					.filter(d -> d != said && d.start() >= segment[0] && d.end() <= segment[1] && d.date() != null)
					.toList();
				result.set(i, own.size() == 1 ? dated(followed, own.get(0), today) : undated(followed));
			}
		}
		return result;
	}

	private static Announcement dated(Announcement a, DateWords.Mention date, LocalDate today) {
		Set<Announcement.Note> notes = EnumSet.noneOf(Announcement.Note.class);
		a.notes().stream().filter(n -> n.field() != FormField.DATE).forEach(notes::add);
		if (date.weekdayContradicts()) {
			notes.add(Announcement.Note.WEEKDAY_CONTRADICTS);
		}
		if (date.ambiguous()) {
			notes.add(Announcement.Note.AMBIGUOUS_DATE);
		}
		if (date.date().isBefore(today)) {
			notes.add(Announcement.Note.PAST_DATE);
		}
		if (date.date().isAfter(today.plusMonths(AnnouncementParser.PLAUSIBLE_MONTHS))) {
			notes.add(Announcement.Note.FAR_DATE);
		}
		return new Announcement(a.kind(), a.employeeName(), date.date(), a.roleWords(), a.roleKey(), a.workLocation(),
				date.words(), a.currentRoleKey(), notes, a.language());
	}

	private static Announcement undated(Announcement a) {
		Set<Announcement.Note> notes = EnumSet.noneOf(Announcement.Note.class);
		a.notes().stream().filter(n -> n.field() != FormField.DATE).forEach(notes::add);
		return new Announcement(a.kind(), a.employeeName(), null, a.roleWords(), a.roleKey(), a.workLocation(), null,
				a.currentRoleKey(), notes, a.language());
	}

	static List<Announcement> followed(String body, List<int[]> segments, List<Announcement> all) {
		if (all.size() < 2 || all.size() != segments.size()) {
			return all;
		}
		List<Announcement> result = new ArrayList<>(all);
		for (int i = 1; i < all.size(); i++) {
			Announcement before = all.get(i - 1);
			Announcement a = all.get(i);
			String part = body.substring(segments.get(i)[0], segments.get(i)[1]);
			String own = a.roleKey() != null ? a.roleKey() : a.currentRoleKey();
			if (ROLE_TAKEN.matcher(part).find() && before.roleKey() != null) {
				boolean moves = own != null && !own.equals(before.roleKey());
				result.set(i, with(a, moves ? Announcement.Kind.ROLE_CHANGE : a.kind(), before,
						moves ? own : a.currentRoleKey()));
			}
			else if (WORK_TAKEN.matcher(part).find() && !HELD_NOW.matcher(part).find()) {
				Announcement starter = new Announcement(Announcement.Kind.STARTER, a.employeeName(), a.date(),
						a.roleKey() != null ? a.roleWords() : null, own, a.workLocation(), a.dateWords(), null,
						a.notes(), a.language());
				result.set(i, own == null && before.roleKey() != null
						? with(starter, Announcement.Kind.STARTER, before, null) : starter);
			}
			else if (NAMED_SUCCESSOR
				.matcher(body.substring(Math.max(segments.get(i - 1)[0], segments.get(i)[0] - 30), segments.get(i)[1]))
				.find() && a.roleKey() == null && a.roleWords() == null && a.kind() == Announcement.Kind.STARTER
					&& before.roleKey() != null) {
				result.set(i, with(a, a.kind(), before, a.currentRoleKey()));
			}
			else if (a.kind() != Announcement.Kind.STARTER && before.kind() == Announcement.Kind.LEAVER
					&& a.employeeName() != null && succeededBy(body, segments.get(i), a.employeeName())) {
				// "Anja Vos vertrekt 31 december en wordt … opgevolgd door Joost Kam"
				result.set(i, new Announcement(Announcement.Kind.STARTER, a.employeeName(), a.date(), a.roleWords(),
						a.roleKey(), a.workLocation(), a.dateWords(), null, a.notes(), a.language()));
			}
		}
		return result;
	}

	private static Announcement with(Announcement a, Announcement.Kind kind, Announcement before, String current) {
		return new Announcement(kind, a.employeeName(), a.date(), before.roleWords(), before.roleKey(),
				a.workLocation(), a.dateWords(), current, a.notes(), a.language());
	}

}
