package io.handover.intake;

import java.util.List;

/**
 * A day said in the person's own sentence beats a day said in a sentence before it:
 * "We're closing the Delft location at the end of March. First to move is Luc Fontaine,
 * who goes to Eindhoven on 1 February" moves him on 1 February; the end of March is the
 * location's.
 */
final class DayInTheirSentence {

	private DayInTheirSentence() {
	}

	/** The days from the person's sentence on, if that sentence says a day outright. */
	static List<DateWords.Mention> only(String body, AnnouncementParser.Span person, List<DateWords.Mention> here) {
		if (person == null) {
			return here;
		}
		int start = Sentences.start(body, person.start());
		int end = Sentences.end(body, person.end());
		if (here.stream().noneMatch(d -> d.explicit() && d.start() >= start && d.end() <= end)) {
			return here;
		}
		return here.stream().filter(d -> d.start() >= start).toList();
	}

}
