package io.handover.intake;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A newcomer named at the end of the sentence that says their job, after someone who
 * leaves: "Jan Vos retires on 26 February. From March she'll be our new driver, Eva
 * Kok.", "Vanaf maart komt er een nieuwe kok: Peter Lambrecht." The sentence is the
 * newcomer's, not the leaver's: the newcomer starts, on the day that sentence says or on
 * none (never the leaver's), in the job it says; the leaver keeps only a job said of
 * them.
 */
final class NamedAfterTheirJob {

	/**
	 * The words before the name point ahead to it, a pronoun or "er" as their subject or
	 * the place taken, and end in a comma or colon: "From March she'll be our new care
	 * worker,", "Vanaf maart komt er een nieuwe kok:", "Taking her place from 8 March,
	 * our new planner:".
	 */
	private static final Pattern POINTS_AHEAD = Pattern.compile("(?iu)\\b(?:he|she|they|hij|zij|ze|er|"
			+ "(?:taking|takes|take|neemt|nemen) (?:his|her|their|zijn|haar|hun) (?:place|plek|plaats)|"
			+ "in (?:zijn|haar|hun) plaats)\\b[^.!?\\n]*[,:]\\s*$");

	/** The sentence says someone new: "our new care worker", "een nieuwe kok". */
	private static final Pattern NEW = Pattern.compile("(?iu)\\b(?:new|nieuwe)\\b");

	/** Words that make the sentence no start: "no longer", "niet meer", "not". */
	private static final Pattern NOT_NEW = Pattern
		.compile("(?iu)\\b(?:no longer|not|niet|geen|isn't|won't|nog niet|yet to be|wanted|gezocht)\\b|\\?");

	private NamedAfterTheirJob() {
	}

	/** The newcomers named after their job start; the leaver before keeps their own. */
	static List<Announcement> started(String body, List<AnnouncementParser.Span> persons, List<DateWords.Mention> dates,
			List<RoleWords.Mention> roles, List<Announcement> read) {
		List<Announcement> result = new ArrayList<>(read);
		for (int p = 1; p < persons.size(); p++) {
			AnnouncementParser.Span person = persons.get(p);
			int opens = Sentences.start(body, person.start());
			if (persons.get(p - 1).end() > opens) {
				continue;
			}
			String lead = body.substring(opens, person.start());
			int closes = Sentences.end(body, person.end());
			String sentence = body.substring(opens, closes);
			if (!POINTS_AHEAD.matcher(lead).find() || !NEW.matcher(sentence).find()
					|| NOT_NEW.matcher(sentence).find()) {
				continue;
			}
			int own = indexOf(result, person.name());
			if (own < 0) {
				continue;
			}
			DateWords.Mention day = dates.stream()
				.filter(d -> d.start() >= opens && d.end() <= closes)
				.findFirst()
				.orElse(null);
			RoleWords.Mention job = roles.stream()
				.filter(r -> r.start() >= opens && r.end() <= closes)
				.findFirst()
				.orElse(null);
			Announcement newcomer = result.get(own);
			Set<Announcement.Note> notes = EnumSet.noneOf(Announcement.Note.class);
			newcomer.notes().stream().filter(n -> n.field() != FormField.DATE || day != null).forEach(notes::add);
			result.set(own,
					new Announcement(Announcement.Kind.STARTER, newcomer.employeeName(),
							day == null ? null : day.date(), job == null ? newcomer.roleWords() : job.words(),
							job == null ? newcomer.roleKey() : job.key(), newcomer.workLocation(),
							day == null ? null : day.words(), null, notes, newcomer.language()));
			if (job != null) {
				withoutTheNewcomersJob(body, persons.get(p - 1), opens, job, roles, result);
			}
		}
		return result;
	}

	/**
	 * The one before keeps a job only when it is said outside the newcomer's sentence.
	 */
	private static void withoutTheNewcomersJob(String body, AnnouncementParser.Span before, int opens,
			RoleWords.Mention job, List<RoleWords.Mention> roles, List<Announcement> result) {
		int at = indexOf(result, before.name());
		if (at < 0 || !job.key().equals(result.get(at).roleKey())
				|| roles.stream().anyMatch(r -> r.key().equals(job.key()) && r.end() <= opens)) {
			return;
		}
		Announcement a = result.get(at);
		result.set(at, new Announcement(a.kind(), a.employeeName(), a.date(), null, null, a.workLocation(),
				a.dateWords(), a.currentRoleKey(), a.notes(), a.language()));
	}

	private static int indexOf(List<Announcement> read, String name) {
		for (int i = 0; i < read.size(); i++) {
			if (read.get(i).employeeName() != null
					&& read.get(i).employeeName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
				return i;
			}
		}
		return -1;
	}

}
