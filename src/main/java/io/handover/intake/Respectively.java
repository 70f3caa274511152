package io.handover.intake;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roles said after two or more names, one for each in the order the names were written:
 * "Farah Ali and Lucas Berg join us as developer and carer respectively", "vertrekken
 * Noor Smit en Bas Wolters, respectievelijk verkoper en ontwikkelaar", "start on 8 March
 * - she as a developer, he as a carer", "zij als verzorgende en hij als ontwikkelaar".
 * Pronouns are paired by order, not by a guessed gender.
 */
final class Respectively {

	private static final Pattern RESPECTIVELY = Pattern.compile("(?iu)\\b(?:respectively|respectievelijk|resp\\.)");

	/** A role told of one of them: "she as", "hij als", "the second as". */
	private static final Pattern EACH = Pattern.compile("(?iu)\\b(?:she|he|zij|hij|ze|the (?:first|second|other)|"
			+ "de (?:eerste|tweede|ander))\\s+(?:as|als)\\s+(?:(?:a|an|the|een|de|het|our|onze)\\s+)?$");

	private Respectively() {
	}

	static List<Announcement> paired(String body, List<AnnouncementParser.Span> persons, List<RoleWords.Mention> roles,
			List<Announcement> all) {
		if (all.size() < 2 || all.size() != persons.size()) {
			return all;
		}
		Matcher respectively = RESPECTIVELY.matcher(body);
		if (respectively.find()) {
			int[] sentence = sentence(body, respectively.start());
			List<Integer> named = namedIn(persons, sentence);
			int after = named.isEmpty() ? sentence[1] : persons.get(named.get(named.size() - 1)).end();
			List<RoleWords.Mention> said = roles.stream()
				.filter(r -> r.start() >= after && r.end() <= sentence[1])
				.toList();
			return assigned(all, named, said);
		}
		List<RoleWords.Mention> each = roles.stream()
			.filter(r -> EACH.matcher(body.substring(Math.max(0, r.start() - 30), r.start())).find())
			.toList();
		if (each.size() < 2) {
			return all;
		}
		int[] sentence = sentence(body, each.get(0).start());
		List<Integer> named = namedIn(persons, sentence);
		return named.isEmpty() || persons.get(named.get(named.size() - 1)).end() > each.get(0).start() ? all
				: assigned(all, named, each.stream().filter(r -> r.end() <= sentence[1]).toList());
	}

	/** Between two dates of one list: "4 and ", "4 January, ", "op 4 en op ". */
	private static final Pattern DATES_JOINED = Pattern
		.compile("(?iu)\\s*(?:,\\s*(?:(?:and|en)\\s+)?|(?:and|en|&)\\s+)(?:(?:on|op|per|the|de)\\s+)*");

	/**
	 * Days listed after two or more names, one for each in the order the names were
	 * written: "Anna Smit and Joost Vos start on 4 and 11 January respectively",
	 * "beginnen op respectievelijk 4 en 11 januari". Said "respectively", each day is
	 * sure; said without, it is the likely reading, and the form notes there are several.
	 */
	static List<Announcement> dated(String body, List<AnnouncementParser.Span> persons, List<DateWords.Mention> dates,
			List<Announcement> all) {
		if (all.size() < 2 || all.size() != persons.size()) {
			return all;
		}
		List<Announcement> result = new ArrayList<>(all);
		int[] sentence = sentence(body, persons.get(0).start());
		while (sentence[0] < body.length()) {
			int[] here = sentence;
			List<Integer> named = namedIn(persons, here);
			if (named.size() >= 2) {
				int after = persons.get(named.get(named.size() - 1)).end();
				List<DateWords.Mention> said = dates.stream()
					.filter(d -> d.start() >= after && d.end() <= here[1] && d.date() != null)
					.toList();
				if (said.size() == named.size() && listed(body, said)
						&& said.stream().map(DateWords.Mention::date).distinct().count() == said.size()) {
					boolean sure = RESPECTIVELY.matcher(body).region(here[0], here[1]).find();
					for (int k = 0; k < named.size(); k++) {
						Announcement a = all.get(named.get(k));
						DateWords.Mention day = said.get(k);
						Set<Announcement.Note> notes = EnumSet.noneOf(Announcement.Note.class);
						notes.addAll(a.notes());
						if (sure) {
							notes.remove(Announcement.Note.SEVERAL_DATES);
						}
						else {
							notes.add(Announcement.Note.SEVERAL_DATES);
						}
						result.set(named.get(k), new Announcement(a.kind(), a.employeeName(), day.date(), a.roleWords(),
								a.roleKey(), a.workLocation(), day.words(), a.currentRoleKey(), notes, a.language()));
					}
				}
			}
			sentence = sentence(body, here[1] + 1);
			if (sentence[1] <= here[1]) {
				break;
			}
		}
		return result;
	}

	/** Whether the dates follow one another as a list, nothing else between. */
	private static boolean listed(String body, List<DateWords.Mention> said) {
		for (int k = 1; k < said.size(); k++) {
			if (!joined(body, said.get(k - 1), said.get(k))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the second date comes right after the first in one list: "4 and 11
	 * January".
	 */
	static boolean joined(String body, DateWords.Mention first, DateWords.Mention second) {
		return second.start() >= first.end()
				&& DATES_JOINED.matcher(body).region(first.end(), second.start()).matches();
	}

	private static List<Announcement> assigned(List<Announcement> all, List<Integer> named,
			List<RoleWords.Mention> said) {
		if (named.size() < 2 || said.size() != named.size()
				|| said.stream().map(RoleWords.Mention::key).distinct().count() < 2) {
			return all;
		}
		List<Announcement> result = new ArrayList<>(all);
		for (int k = 0; k < named.size(); k++) {
			Announcement a = all.get(named.get(k));
			RoleWords.Mention role = said.get(k);
			result.set(named.get(k), new Announcement(a.kind(), a.employeeName(), a.date(), role.words(), role.key(),
					a.workLocation(), a.dateWords(), a.currentRoleKey(), a.notes(), a.language()));
		}
		return result;
	}

	private static List<Integer> namedIn(List<AnnouncementParser.Span> persons, int[] sentence) {
		List<Integer> named = new ArrayList<>();
		for (int i = 0; i < persons.size(); i++) {
			if (persons.get(i).start() >= sentence[0] && persons.get(i).end() <= sentence[1]) {
				named.add(i);
			}
		}
		return named;
	}

	/** The sentence around a place: [start, end). */
	private static int[] sentence(String body, int at) {
		return new int[] { Sentences.start(body, at), Sentences.end(body, at) };
	}

}
