package io.handover.intake;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A trainee who finishes their training and stays in a job: "Our apprentice Kyle Dent
 * completes his apprenticeship on 22 January and begins as a technician on 25 January",
 * "rondt op 22 januari haar opleiding af en begint op 25 januari als verzorgende". No
 * leaving and no start: a move, on the first day of the job, not the training's last.
 */
final class Traineeship {

	private static final Pattern ENDS_THEN_JOB = Pattern.compile("(?iu)\\b(?:completes?|completing|finish(?:es)?|"
			+ "finishing|rondt|sluit|beëindigt|voltooit)\\b[^.;!?\\n]{0,60}?\\b(?:apprenticeship|traineeship|"
			+ "internship|training|placement|opleiding|stage|leerwerktraject|bbl|leertraject|traineeprogramma)\\b"
			+ "[^.;!?\\n]{0,60}?\\b(?:and|en|then|daarna|dan)\\b[^.;!?\\n]{0,20}?\\b(begins?|starts?|continues?|"
			+ "begint|start|gaat|blijft)\\b[^.;!?\\n]{0,60}?\\b(?:as|als)\\b([^.;!?\\n]*)");

	/**
	 * The job is elsewhere: "as a developer at Google", "als verpleegkundige bij het
	 * UMC".
	 */
	private static final Pattern ELSEWHERE = Pattern.compile("\\b(?:at|bij|with)\\s+(?!(?:ons|us|onze|our)\\b)\\p{Lu}");

	private Traineeship() {
	}

	static List<Announcement> continued(String body, List<DateWords.Mention> dates, LocalDate today,
			List<Announcement> read) {
		if (read.size() != 1) {
			return read;
		}
		Matcher said = ENDS_THEN_JOB.matcher(body);
		if (!said.find() || ELSEWHERE.matcher(said.group(2)).find()) {
			return read;
		}
		int verb = said.start(1);
		DateWords.Mention first = dates.stream()
			.filter(d -> d.start() >= verb && d.date() != null && d.start() < said.end() + 30)
			.findFirst()
			.orElse(null);
		Announcement a = read.get(0);
		Set<Announcement.Note> notes = EnumSet.noneOf(Announcement.Note.class);
		notes.addAll(a.notes());
		LocalDate date = a.date();
		String words = a.dateWords();
		if (first != null) {
			notes.remove(Announcement.Note.PAST_DATE);
			notes.remove(Announcement.Note.FAR_DATE);
			date = first.date();
			words = first.words();
			if (date.isBefore(today)) {
				notes.add(Announcement.Note.PAST_DATE);
			}
			if (date.isAfter(today.plusMonths(AnnouncementParser.PLAUSIBLE_MONTHS))) {
				notes.add(Announcement.Note.FAR_DATE);
			}
		}
		return List.of(new Announcement(Announcement.Kind.ROLE_CHANGE, a.employeeName(), date, a.roleWords(),
				a.roleKey(), a.workLocation(), words, a.currentRoleKey(), notes, a.language()));
	}

}
