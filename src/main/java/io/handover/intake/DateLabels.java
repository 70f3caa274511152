package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A date written as a label right before a name in a list of people: "8 March: Quentin
 * Abara, developer. Then 15 March: Ulla Renes", "Tue Nyah Okonjo (dev), Thu Yorick
 * Bakhuis (carer)", "Starting 15/3: Marnix Oost". The label belongs to the name after it,
 * not to the person before.
 */
final class DateLabels {

	/**
	 * Between a label and its name: on one line ("8 March: Quentin"); a date ending a
	 * list item ("- Ngozi Eze, starts 14/12" before "- Dorota …") is the one before's.
	 */
	private static final Pattern LABEL = Pattern.compile("[ \\t]*[:\\-–—]?[ \\t]*");

	/**
	 * Only a verb between a fronted date and the name it is the date of: "Op 7 december
	 * begint Ruben …", "Per 31 december vertrekt Tamara …".
	 */
	private static final Pattern VERB_ONLY = Pattern.compile("[ \\t]*,?(?:[ \\t]+\\p{Ll}[\\p{Ll}'’]*){1,3}[ \\t]+");

	private DateLabels() {
	}

	/** The date written right before the name, or null. */
	static DateWords.Mention before(String body, AnnouncementParser.Span name, List<DateWords.Mention> dates) {
		return dates.stream()
			.filter(d -> d.end() <= name.start() && name.start() - d.end() <= 3
					&& LABEL.matcher(body.substring(d.end(), name.start())).matches())
			.findFirst()
			.orElse(null);
	}

	/**
	 * Whether the name has a label of its own: the person before has a date of theirs
	 * before it ("8 March: Quentin …. 15 March: Ulla …"), so this one is not theirs.
	 */
	static boolean ownLabel(String body, AnnouncementParser.Span previous, AnnouncementParser.Span name,
			List<DateWords.Mention> dates) {
		DateWords.Mention label = before(body, name, dates);
		return label != null && dates.stream()
			.anyMatch(d -> d != label && d.end() <= label.start()
					&& (d.start() >= previous.end() || DateLabels.before(body, previous, dates) == d
							|| d.end() <= previous.start()
									&& VERB_ONLY.matcher(body).region(d.end(), previous.start()).matches()));
	}

	/**
	 * A day of the same thing said again for the next person, the thing left out: "is de
	 * laatste dag van Eva … en morgen die van Rob …", "… and tomorrow that of Rob …".
	 */
	private static final Pattern THAT_OF = Pattern.compile(
			"(?iu)^\\s*,?\\s*(?:die|dat|that|the one)\\s+(?:van|of)\\s+(?:(?:mr|mrs|ms|dr|meneer|mevrouw)\\.?\\s+)?$");

	private static final Pattern AND = Pattern.compile("(?iu)^\\s*,?\\s*(?:en|and|&)\\s*$");

	/**
	 * Whether the name follows a day of its own and "die van", "that of", after "and":
	 * the person before's thing, on another day.
	 */
	static boolean thatOf(String body, AnnouncementParser.Span previous, AnnouncementParser.Span name,
			List<DateWords.Mention> dates) {
		return dates.stream()
			.anyMatch(d -> d.start() >= previous.end() && d.end() <= name.start()
					&& AND.matcher(body.substring(previous.end(), d.start())).matches()
					&& THAT_OF.matcher(body.substring(d.end(), name.start())).matches());
	}

	/** Where the part of a person with a label begins at the latest: at the label. */
	static int labelStart(String body, AnnouncementParser.Span name, List<DateWords.Mention> dates) {
		DateWords.Mention label = before(body, name, dates);
		return label == null ? name.start() : label.start();
	}

}
