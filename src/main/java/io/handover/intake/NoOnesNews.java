package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Messages about something other than a person's joining, moving or leaving, though a
 * name or a day is in them: a reminder of an event ("Vergeet niet dat de borrel op
 * vrijdag 18 december is", "Reminder: the AGM is on Monday 14 December"), a rule for
 * every newcomer ("Vanaf 1 januari moeten alle nieuwe medewerkers een VOG aanleveren"), a
 * person named only in a condition ("Als Jeroen Post niet tekent, zoeken we iemand
 * anders"). No intent word is said of anyone, so the day is the event's or the rule's,
 * and a form would be opened for no one.
 */
final class NoOnesNews {

	/** A reminder opening the message. */
	private static final Pattern REMINDER = Pattern.compile("(?iu)^\\W*(?:vergeet (?:niet|vooral niet)|niet vergeten|"
			+ "denk (?:eraan|er aan)|ter herinnering|herinnering|geheugensteuntje|reminder|friendly reminder|"
			+ "(?:don't|don’t|do not) forget|remember)\\b");

	/** Every newcomer as a group, bound by a rule: "alle nieuwe medewerkers moeten". */
	private static final Pattern RULE_FOR_ALL = Pattern.compile("(?iu)(?:\\b(?:moeten|moet|dienen|hoeven|must|"
			+ "need to|needs to|have to|has to|should)\\b[^.!?\\n]{0,40}\\b(?:alle|elke|iedere?|all|every|each|any) "
			+ "(?:nieuwe|new) \\p{L}+|\\b(?:alle|elke|iedere?|all|every|each|any) (?:nieuwe|new) \\p{L}+"
			+ "[^.!?\\n]{0,40}\\b(?:moeten|moet|dienen|hoeven|must|need to|needs to|have to|has to|should)\\b)");

	/** Every newcomer as a group: "alle nieuwe medewerkers", "all new staff". */
	private static final Pattern ALL_NEW = Pattern
		.compile("(?iu)\\b(?:alle|elke|iedere?|all|every|each) (?:nieuwe|new) \\p{L}+");

	/** A condition opening the clause the name stands in: "Als …", "If …". */
	private static final Pattern CONDITION = Pattern
		.compile("(?iu)(?:^|[.!?\\n;:]\\s*|,\\s*)(?:als|indien|mocht|tenzij|if|unless|in case)\\s+$");

	private NoOnesNews() {
	}

	/** Whether the message, with no intent word in it, announces no one. */
	static boolean ofTheMessage(String body, List<AnnouncementParser.Span> found) {
		// a rule for all newcomers says their joining words of no one, and so does news
		// of them all with no one named
		// ("Alle nieuwe medewerkers": the determiner before "nieuwe" names no one)
		List<AnnouncementParser.Span> named = found.stream()
			.filter(person -> ALL_NEW.matcher(body).results().noneMatch(m -> m.start() == person.start()))
			.toList();
		if (named.isEmpty() && (RULE_FOR_ALL.matcher(body).find() || ALL_NEW.matcher(body).find())) {
			return true;
		}
		if (!IntentLexicon.find(body).isEmpty()) {
			return false;
		}
		return REMINDER.matcher(body).find() || !found.isEmpty() && found.stream()
			.allMatch(person -> CONDITION.matcher(body.substring(Math.max(0, person.start() - 20), person.start()))
				.find());
	}

}
