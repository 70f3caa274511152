package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The writer and the writer's workplace, named in a message about someone else: "Hi, I'm
 * the site lead at Alder Lodge. …", "Dit is Anouk Visser (locatiemanager). …", "ik werk
 * als planner bij Magazijn Oost". Such a name is no one to announce.
 */
final class Sender {

	/** A sentence in which the writer introduces themselves. */
	private static final Pattern SELF = Pattern.compile("(?iu)^\\s*(?:(?:hi|hello|hey|hiya|hoi|hallo|dear|beste|"
			+ "goedemorgen|goedemiddag|good morning|morning)\\b[\\s,!]*)?(?:i'm|i am|this is|it's|here is|"
			+ "my name is|i work|ik ben|dit is|hier is|mijn naam is|ik werk|wij zijn|we are)\\b");

	/**
	 * A place of work right before a name: "at Harbour Storage", "bij Zorgcentrum De
	 * Linde".
	 */
	private static final Pattern WORKPLACE = Pattern.compile("(?iu)\\b(?:at|bij)\\s+(?:the\\s+|de\\s+|het\\s+)?$");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]");

	private Sender() {
	}

	/**
	 * The names without the writer's and their workplace's, unless that would leave none.
	 */
	static List<AnnouncementParser.Span> without(String body, List<AnnouncementParser.Span> names) {
		List<AnnouncementParser.Span> others = names.stream().filter(n -> !sender(body, n)).toList();
		return others.isEmpty() ? names : others;
	}

	private static boolean sender(String body, AnnouncementParser.Span name) {
		String before = body.substring(0, name.start());
		int sentence = 0;
		var end = SENTENCE_END.matcher(before);
		while (end.find()) {
			sentence = end.end();
		}
		return SELF.matcher(before.substring(sentence)).find()
				|| WORKPLACE.matcher(before.substring(Math.max(0, before.length() - 12))).find();
	}

}
