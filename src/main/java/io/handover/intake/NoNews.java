package io.handover.intake;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * News about someone that no one joins, moves or leaves by, read in one place, so that no
 * form is opened for it. Of the whole message: a question on the process or on a start
 * ({@link Question}), a start or a leaving called off, taken back or put off with no day
 * yet ({@link CalledOff}), a start moved for a first name alone ({@link MovedStart}),
 * names still to follow ({@link AskedNotAnnounced}). Of one person's part: other hours or
 * shifts, a new rota said before it, a leave with its return, a contract extended
 * ({@link HoursChange}), unless a joining, moving or leaving of its own is said beside
 * it.
 */
final class NoNews {

	/** A report of no news: "nothing to report", "no starters, no leavers". */
	private static final Pattern NOTHING = Pattern.compile("(?i)\\b(?:nothing (?:new )?to report|no news (?:from|this)|"
			+ "niets te melden|niks te melden|no (?:new )?starters(?:,| or| and| nor)? (?:no )?leavers|"
			+ "geen (?:nieuwe )?(?:starters|instromers)(?:,| of| en)? (?:geen )?(?:vertrekkers|uitstromers|leavers)|"
			+ "geen in- (?:of|en) uitstroom|no joiners(?:,| or| and)? (?:no )?leavers)\\b");

	/**
	 * The writer asking what to do ("Moet ik hem ergens afmelden?", "Should I offboard
	 * her?", "When someone goes on leave, do we need to close his account?"): a leaving
	 * word there is asked about, not said.
	 */
	private static final Pattern ASKED_WHAT_TO_DO = Pattern.compile("(?iu)(?:^|[.!?,\\n]\\s*)(?:moet|moeten|hoef|"
			+ "hoeven|should|must|do|shall)\\s+(?:ik|we|wij|i)\\b[^.!?\\n]*\\?");

	private static final Pattern NOBODY_COMING = Pattern.compile("(?iu)\\b(?:nobody|no one|no-one) (?:is|will be) "
			+ "(?:coming|starting|joining)\\b|\\ber komt (?:dus )?niemand\\b|\\bniemand (?:komt|begint)\\b");

	/**
	 * Right after the name: "'s manager asked whether", "'s team leader wants to know
	 * if".
	 */
	private static final Pattern MANAGER_ASKED = Pattern
		.compile("(?iu)(?:['’]s?)?\\s+(?:\\p{L}+\\s+)?(?:manager|supervisor|"
				+ "boss|lead|leader|teamleader|coordinator)\\s+(?:asked|asks|has asked|wants to know|wondered|wonders)"
				+ "\\s+(?:whether|if)\\b");

	private NoNews() {
	}

	/**
	 * Whether the message as a whole announces no one; others named beside a start called
	 * off stay ({@link CalledOff#without}).
	 */
	static boolean ofTheMessage(String body, List<AnnouncementParser.Span> found, List<DateWords.Mention> dates) {
		return Question.aboutNoOne(body, found, dates) || CalledOff.all(body, found)
				|| MovedStart.ofAFirstNameAlone(body, found, dates) || AskedNotAnnounced.namesToFollow(body, found)
				|| nothingToReport(body, found, dates) || takenOverByUs(body, found) || nobodyComing(body, found)
				|| askedByTheirManager(body, found, dates) || AwayReply.onlyContacts(body, found)
				|| TicketAsked.aboutOneAnnounced(body, found, dates) || NoOnesNews.ofTheMessage(body, found)
				|| NoOneInParticular.ofTheMessage(body, found);
	}

	/**
	 * A unit taken over by the organisation, no one named: "Ons bedrijf neemt per 1 maart
	 * de facilitaire dienst van het ziekenhuis over". The unit's name is no job of
	 * anyone's starting.
	 */
	private static final Pattern TAKEN_OVER_BY_US = Pattern.compile("(?iu)(?:^|[.!?\\n]\\s*)(?:ons bedrijf|onze "
			+ "organisatie|het bedrijf|wij|we|our company|the company)\\s+(?:neemt|nemen|takes? over|will take over|is "
			+ "taking over)\\b");

	private static boolean takenOverByUs(String body, List<AnnouncementParser.Span> found) {
		return found.isEmpty() && TAKEN_OVER_BY_US.matcher(body).find();
	}

	/**
	 * "Owen Baxter's supervisor asked whether he needs a phone": a question passed on
	 * from the manager of the one named, with no day, announces no one.
	 */
	private static boolean askedByTheirManager(String body, List<AnnouncementParser.Span> found,
			List<DateWords.Mention> dates) {
		return dates.isEmpty() && !found.isEmpty()
				&& found.stream()
					.allMatch(person -> MANAGER_ASKED
						.matcher(body.substring(person.end(), Math.min(body.length(), person.end() + 60)))
						.lookingAt());
	}

	/**
	 * "The lab technician who was supposed to start in January: vacancy withdrawn. Nobody
	 * is coming.": a job said in the place of a name, and no one coming. A name written
	 * with capitals beside it is someone's news.
	 */
	private static boolean nobodyComing(String body, List<AnnouncementParser.Span> found) {
		return NOBODY_COMING.matcher(body).find()
				&& found.stream().noneMatch(person -> Character.isUpperCase(body.charAt(person.start())));
	}

	/**
	 * "Nothing to report from the Texel team - no starters, no leavers", "Deze maand geen
	 * in- of uitstroom": a report of no news, with no day or no full name in it ("…,
	 * except that Jan Bos leaves on Friday" is news).
	 */
	private static boolean nothingToReport(String body, List<AnnouncementParser.Span> found,
			List<DateWords.Mention> dates) {
		return NOTHING.matcher(body).find()
				&& (dates.isEmpty() || found.stream().allMatch(person -> person.words() < 2));
	}

	/**
	 * Whether a person's part says only news that is none: it says a change of hours, a
	 * leave or an extension, and no event outside those words is strong enough (a weak
	 * one will do, unless the part says the person stays: "Ellen blijft, maar werkt
	 * alleen nog ochtenden").
	 * @param events the joining, moving and leaving words read in the part, each as
	 * {start, end, weight}
	 */
	static boolean ofThePart(String body, int from, int to, List<int[]> events) {
		List<int[]> cues = HoursChange.said(body, from, to);
		// a new rota said before the part holds for everyone named after it
		if (cues.isEmpty() && !HoursChange.rotaBefore(body, from)) {
			return false;
		}
		int least = HoursChange.stays(body, from, to) ? 2 : 1;
		List<int[]> asked = ASKED_WHAT_TO_DO.matcher(body)
			.results()
			.map(q -> new int[] { q.start(), q.end() })
			.toList();
		return events.stream()
			.noneMatch(m -> m[0] >= from && m[1] <= to && m[2] >= least && !HoursChange.fromADay(body, m[0])
					&& cues.stream().allMatch(cue -> m[1] <= cue[0] || m[0] >= cue[1])
					&& !CoverWhileAway.covering(body, m[0], m[1])
					&& asked.stream().noneMatch(q -> m[0] >= q[0] && m[1] <= q[1]));
	}

	/** The reading of a message that announces no one: no kind, no name, no date. */
	static Announcement noOne(Announcement.Location location, String language) {
		return new Announcement(null, null, null, null, null, location, null, null, Set.of(), language);
	}

}
