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
 */
final class IntroducedFirst {

	private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{M}'’\\-])\\p{Lu}[\\p{L}\\p{M}'’\\-]*");

	private IntroducedFirst() {
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
		Map<String, AnnouncementParser.Span> byFirstName = new HashMap<>();
		for (AnnouncementParser.Span person : people) {
			String first = person.name().split(" ")[0];
			if (!first.endsWith(".") && byFirstName.put(Intake.fold(first), person) != null) {
				return List.of();
			}
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
			AnnouncementParser.Span person = byFirstName.get(Intake.fold(token));
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
	 * Whether two of the people share a first name and that first name also stands on its
	 * own in the message ("Anna Bos and Anna de Wit! Anna starts on 4 January, Anna a
	 * week later"): the words told by it cannot be given to either of them with any
	 * certainty.
	 */
	static boolean sharedFirstNameStandsAlone(String body, List<AnnouncementParser.Span> people) {
		Map<String, Integer> count = new HashMap<>();
		for (AnnouncementParser.Span person : people) {
			count.merge(Intake.fold(person.name().split(" ")[0]), 1, Integer::sum);
		}
		Matcher word = CAPITALISED.matcher(body);
		while (word.find()) {
			int start = word.start();
			if (people.stream().noneMatch(p -> p.start() <= start && start < p.end())
					&& count.getOrDefault(Intake.fold(word.group()), 0) > 1) {
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

}
