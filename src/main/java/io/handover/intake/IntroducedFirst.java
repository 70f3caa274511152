package io.handover.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People introduced together first and then told about one by one, by first name: "Could
 * you set up Lieke Jansen and Mohamed Amrani? Lieke starts 4 January as …, Mohamed a week
 * later as …", "Voor Anna de Vries en Kees Bakker: Anna begint 1 februari …, Kees op 8
 * februari …". Each person's facts are then the words after their first name, not those
 * around the introduction, which says only what holds for all of them.
 * <p>
 * Hands the parser the people in the order they are told about and each one's part of the
 * message ({@link #parts}), and puts what it reads of each part back in the order the
 * people were introduced, with the notes that a shared date or first name asks for
 * ({@link Parts#finished}).
 */
final class IntroducedFirst {

	private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{M}'’\\-])\\p{Lu}[\\p{L}\\p{M}'’\\-]*");

	/** Where one person's part of the message ends and the next one's may begin. */
	static final Pattern SEGMENT_BREAK = Pattern
		.compile("(?i)[.;:!?\\n]|,|\\band\\b|\\ben\\b|\\bwhile\\b|\\bterwijl\\b");

	/** "… Both are carers.", "…; allebei als zorgmedewerker": said of all of them. */
	private static final Pattern ALL_OF_THEM = Pattern.compile("(?i)(?<=[\\s,;:.!?])(?:both|beiden|allebei|"
			+ "all of them|all three|alle drie|ze allebei|they both|zij beiden)\\b");

	private IntroducedFirst() {
	}

	/**
	 * The people the message tells about and each one's part of it.
	 * @param people the full names in the message, in the order written
	 * @param persons those of them something is said about, in the order written
	 */
	static Parts parts(String body, List<AnnouncementParser.Span> people, List<AnnouncementParser.Span> persons,
			List<DateWords.Mention> dates) {
		List<Reference> later = references(body, people);
		if (later.isEmpty()) {
			// "Welcome to Orla and Pim, who both join on 2 March! Pim Verhoef … and Orla
			// Quinn …": first names first, then each full name with its own words
			int named = namedFirst(body, people);
			if (named > 0) {
				int introduction = lastBreak(body, named, people.get(0).start(), people.get(0).start());
				return new Parts(body, people, people, segments(body, people, introduction, body.length(), dates),
						introduction, body.length(), later);
			}
			return new Parts(body, people, persons, segments(body, persons, 0, body.length(), dates), 0, body.length(),
					later);
		}
		int firstSaid = later.get(0).said().start();
		List<AnnouncementParser.Span> introduced = later.stream().map(Reference::introduced).toList();
		List<AnnouncementParser.Span> told = new ArrayList<>(later.stream().map(Reference::said).toList());
		persons.stream().filter(p -> p.start() > firstSaid).forEach(told::add);
		// "Roos start op 1 februari, Gijs een week eerder. Gijs wordt verkoper, Roos
		// verzorgende": a person told about again has a part there too
		List<Reference> again = mentionedAgain(body, people, later);
		again.stream()
			.map(Reference::said)
			.filter(said -> told.stream().noneMatch(t -> t.start() == said.start()))
			.forEach(told::add);
		told.sort((a, b) -> Integer.compare(a.start(), b.start()));
		// The introduction, up to the last break before the first person told about, says
		// what holds for all ...
		int introducedEnd = introduced.stream().mapToInt(AnnouncementParser.Span::end).max().orElse(0);
		int introduction = lastBreak(body, introducedEnd, firstSaid, firstSaid);
		// ... and so do the words from "both", "allebei" on after the last one.
		int closing = body.length();
		Matcher both = ALL_OF_THEM.matcher(body).region(told.get(told.size() - 1).end(), body.length());
		if (both.find()) {
			closing = lastBreak(body, told.get(told.size() - 1).end(), both.start(), both.start());
		}
		List<Reference> all = new ArrayList<>(later);
		all.addAll(again);
		return new Parts(body, people, told, segments(body, told, introduction, closing, dates), introduction, closing,
				all);
	}

	/**
	 * Where people introduced first are told about again after their first time: a first
	 * name standing alone after the place it was first told about.
	 */
	private static List<Reference> mentionedAgain(String body, List<AnnouncementParser.Span> people,
			List<Reference> later) {
		Map<String, List<AnnouncementParser.Span>> byFirstName = firstNames(people);
		List<Reference> again = new ArrayList<>();
		Matcher word = CAPITALISED.matcher(body).region(later.get(0).said().start(), body.length());
		while (word.find()) {
			int start = word.start();
			if (people.stream().anyMatch(p -> p.start() <= start && start < p.end())
					|| later.stream().anyMatch(r -> r.said().start() <= start && start < r.said().end())) {
				continue;
			}
			List<AnnouncementParser.Span> named = byFirstName.get(Intake.fold(word.group()));
			if (named == null) {
				continue;
			}
			Reference first = later.stream().filter(r -> r.introduced() == named.get(0)).findFirst().orElse(null);
			if (first != null && first.said().start() < start) {
				again.add(new Reference(first.introduced(), new AnnouncementParser.Span(start, word.end(),
						first.introduced().name(), first.introduced().words())));
			}
		}
		return again;
	}

	/** The start of the last segment break in the region, or {@code otherwise}. */
	private static int lastBreak(String body, int from, int to, int otherwise) {
		int last = otherwise;
		Matcher breaks = SEGMENT_BREAK.matcher(body).region(from, to);
		while (breaks.find()) {
			last = breaks.start();
		}
		return last;
	}

	/**
	 * Each person's part of the message: from the clause break before their name (or the
	 * start) to the clause break before the next person, or before the date written as
	 * their label ("…. Then 15 March: Ulla Renes").
	 */
	private static List<int[]> segments(String body, List<AnnouncementParser.Span> persons, int from, int to,
			List<DateWords.Mention> dates) {
		List<int[]> segments = new ArrayList<>();
		int start = from;
		for (int i = 0; i < persons.size(); i++) {
			int end = to;
			if (i + 1 < persons.size()) {
				AnnouncementParser.Span next = persons.get(i + 1);
				int label = Math.max(persons.get(i).end(), DateLabels.labelStart(body, next, dates));
				end = lastBreak(body, persons.get(i).end(), label, label);
			}
			end = UnnamedSuccessor.partEnd(body, persons.get(i).end(), end, persons);
			segments.add(new int[] { start, end });
			start = end;
		}
		return segments;
	}

	/**
	 * The people by their folded first name; an initial ("J. de Haas") is no first name.
	 */
	private static Map<String, List<AnnouncementParser.Span>> firstNames(List<AnnouncementParser.Span> people) {
		Map<String, List<AnnouncementParser.Span>> byFirstName = new HashMap<>();
		for (AnnouncementParser.Span person : people) {
			String first = person.name().split(" ")[0];
			if (!first.endsWith(".")) {
				byFirstName.computeIfAbsent(Intake.fold(first), k -> new ArrayList<>()).add(person);
			}
		}
		return byFirstName;
	}

	/**
	 * Where each person introduced first is told about, in the order written; empty
	 * unless at least two people are introduced before the first of these and each of
	 * them is told about later. Two people with the same first name make it empty: a
	 * first name alone then names no one.
	 * @param people the full names in the message, in the order written
	 */
	static List<Reference> references(String body, List<AnnouncementParser.Span> people) {
		if (people.size() < 2) {
			return List.of();
		}
		Map<String, List<AnnouncementParser.Span>> byFirstName = firstNames(people);
		if (byFirstName.values().stream().anyMatch(same -> same.size() > 1)) {
			return List.of();
		}
		List<Reference> found = new ArrayList<>();
		Matcher word = CAPITALISED.matcher(body);
		while (word.find()) {
			int start = word.start();
			if (people.stream().anyMatch(p -> p.start() <= start && start < p.end())) {
				continue;
			}
			String token = word.group();
			if (token.endsWith("'s") || token.endsWith("’s")) {
				token = token.substring(0, token.length() - 2);
			}
			List<AnnouncementParser.Span> named = byFirstName.get(Intake.fold(token));
			AnnouncementParser.Span person = named == null ? null : named.get(0);
			if (person == null || person.end() > start || found.stream().anyMatch(r -> r.introduced() == person)) {
				continue;
			}
			// the whole name again: "Lieke Jansen starts …"
			int end = body.startsWith(person.name(), start) ? start + person.name().length() : start + token.length();
			found.add(new Reference(person, new AnnouncementParser.Span(start, end, person.name(), person.words())));
		}
		if (found.isEmpty()) {
			return List.of();
		}
		int firstSaid = found.get(0).said().start();
		List<AnnouncementParser.Span> introduced = people.stream().filter(p -> p.end() <= firstSaid).toList();
		List<Reference> told = found.stream().filter(r -> introduced.contains(r.introduced())).toList();
		if (introduced.size() < 2 || told.size() < introduced.size()) {
			return List.of();
		}
		return told;
	}

	/**
	 * Where the first names stood alone before any full name, when every one of at least
	 * two people was named so ("Hugo and Zara both join us …. Hugo Lambert …, Zara Malik
	 * …"): the end of the last of them; else 0.
	 */
	private static int namedFirst(String body, List<AnnouncementParser.Span> people) {
		if (people.size() < 2) {
			return 0;
		}
		Map<String, List<AnnouncementParser.Span>> byFirstName = firstNames(people);
		if (byFirstName.size() != people.size()) {
			return 0;
		}
		java.util.Set<String> seen = new java.util.HashSet<>();
		int end = 0;
		Matcher word = CAPITALISED.matcher(body).region(0, people.get(0).start());
		while (word.find()) {
			String first = Intake.fold(word.group());
			if (byFirstName.containsKey(first)) {
				seen.add(first);
				end = word.end();
			}
		}
		return seen.size() == byFirstName.size() ? end : 0;
	}

	/**
	 * Whether two of the people share a first name and that first name also stands on its
	 * own in the message ("Anna Bos and Anna de Wit! Anna starts on 4 January, Anna a
	 * week later"): the words told by it cannot be given to either of them with any
	 * certainty.
	 */
	static boolean sharedFirstNameStandsAlone(String body, List<AnnouncementParser.Span> people) {
		Map<String, List<AnnouncementParser.Span>> byFirstName = firstNames(people);
		Matcher word = CAPITALISED.matcher(body);
		while (word.find()) {
			int start = word.start();
			List<AnnouncementParser.Span> named = byFirstName.get(Intake.fold(word.group()));
			if (named != null && named.size() > 1
					&& people.stream().noneMatch(p -> p.start() <= start && start < p.end())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param introduced the person's full name where they are introduced
	 * @param said where they are told about later, with their full name
	 */
	record Reference(AnnouncementParser.Span introduced, AnnouncementParser.Span said) {
	}

	/**
	 * The people the message tells about, in the order told, and each one's part.
	 *
	 * @param people every full name in the message, in the order written
	 * @param persons the people told about, in the order told
	 * @param segments each person's part of the message, [start, end)
	 * @param introduction where the people's own parts begin: what comes before is said
	 * of all (0 unless they were introduced first)
	 * @param closing where the people's own parts end: what follows is said of all
	 * @param references where each person introduced first is told about (empty if they
	 * were not)
	 */
	record Parts(String body, List<AnnouncementParser.Span> people, List<AnnouncementParser.Span> persons,
			List<int[]> segments, int introduction, int closing, List<Reference> references) {

		/** Whether the people were introduced first and told about one by one. */
		boolean introducedFirst() {
			return !this.references.isEmpty();
		}

		/** Where the person told about here was introduced, or null. */
		AnnouncementParser.Span introducedAs(AnnouncementParser.Span said) {
			return this.references.stream()
				.filter(r -> r.said() == said)
				.map(Reference::introduced)
				.findFirst()
				.orElse(null);
		}

		/** Whether the people were named before they were told about one by one. */
		boolean namedBefore() {
			return introducedFirst() || this.introduction > 0;
		}

		/** Whether the name is that of a person introduced first (or named first). */
		boolean introduced(AnnouncementParser.Span name) {
			return this.references.stream().anyMatch(r -> r.introduced() == name) || this.persons.contains(name);
		}

		/**
		 * What was read of each part, in the order the people were introduced, with a
		 * visible note on a date that is not the person's own: another person's
		 * ({@code DATE_OF_ANOTHER}) or told by a first name two people share
		 * ({@code SAME_FIRST_NAME}).
		 * @param read each part's reading, in the order of {@link #persons}
		 * @param commonDate whether the words said of all give a date
		 */
		List<Announcement> finished(List<Announcement> read, boolean commonDate, List<DateWords.Mention> dates) {
			if (!introducedFirst()) {
				if (sharedFirstNameStandsAlone(this.body, this.people)) {
					return read.stream()
						.map(a -> a.date() == null ? a
								: AnnouncementParser.withNote(a, Announcement.Note.SAME_FIRST_NAME))
						.toList();
				}
				return read;
			}
			// Told about one by one, a person whose own words give no date has another's:
			// the form says so.
			List<Announcement> noted = new ArrayList<>();
			for (int i = 0; i < read.size(); i++) {
				int[] segment = this.segments.get(i);
				String words = this.body.substring(segment[0], segment[1]);
				boolean ownDate = dates.stream().anyMatch(d -> d.start() >= segment[0] && d.end() <= segment[1])
						|| DateWords.relative(words).isPresent() || AnnouncementParser.SAME_DAY.matcher(words).find();
				noted.add(read.get(i).date() == null || ownDate || commonDate ? read.get(i)
						: AnnouncementParser.withNote(read.get(i), Announcement.Note.DATE_OF_ANOTHER));
			}
			// a person told about again: what their first part leaves open, from the
			// later
			List<Integer> order = new ArrayList<>();
			for (int i = 0; i < noted.size(); i++) {
				AnnouncementParser.Span introduced = introducedAs(this.persons.get(i));
				int first = -1;
				for (int k = 0; k < i && introduced != null && first < 0; k++) {
					if (introducedAs(this.persons.get(k)) == introduced) {
						first = k;
					}
				}
				if (first >= 0) {
					noted.set(first, AnnouncementParser.completed(noted.get(first), noted.get(i)));
				}
				else {
					order.add(i);
				}
			}
			order.sort((a, b) -> Integer.compare(introducedAt(this.persons.get(a)), introducedAt(this.persons.get(b))));
			return order.stream().map(noted::get).toList();
		}

		private int introducedAt(AnnouncementParser.Span said) {
			return this.references.stream()
				.filter(r -> r.said() == said)
				.mapToInt(r -> r.introduced().start())
				.findFirst()
				.orElse(said.start());
		}

	}

}
