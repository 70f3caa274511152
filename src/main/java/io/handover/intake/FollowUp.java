package io.handover.intake;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A follow-up on a request already sent: "Is the joiner for Marco (kitchen) in your
 * queue? I sent it on Monday", "Ik heb maandag de aanmelding voor Karim gestuurd, is die
 * binnengekomen?". It announces no one: the day told is when the request went out, and a
 * start or leave read from it would open a second form with that day as its date.
 */
final class FollowUp {

	/** The writer sent, submitted or passed on something before. */
	private static final Pattern SENT = Pattern
		.compile("(?iu)\\b(?:sent|submitted|filed|forwarded|mentioned|told you about|"
				+ "announced|filled in|filled out|ingevuld|gestuurd|verstuurd|doorgestuurd|ingestuurd|doorgegeven|doorgaf|ingediend|aangevraagd|"
				+ "aangemeld|gemeld)\\b");

	/**
	 * Whether it arrived: "come through", "in your queue", "binnengekomen", "opgepakt".
	 */
	private static final Pattern ARRIVED = Pattern
		.compile("(?iu)\\b(?:come through|came through|go through|went through|gone through|arrived?|"
				+ "reached you|picked up|received|in (?:your|the) (?:queue|system|inbox)|on your (?:list|radar)|"
				+ "got it|get it|(?:goed )?doorgekomen|binnengekomen|binnen|aangekomen|ontvangen|opgepakt|in behandeling|"
				+ "in het systeem|in de wachtrij|bij jullie)\\b");

	/** A sentence with what ends it. */
	private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]*");

	private FollowUp() {
	}

	/**
	 * Whether the message only asks after a request it says was sent: it asks whether
	 * something arrived, says it was sent, and every sentence is that question, that
	 * sending or a remark that names no one and no day ("Don't want him to turn up
	 * without a laptop"); "Lena starts Monday. Did you get my mail?" announces Lena.
	 */
	static boolean onASentRequest(String body, List<AnnouncementParser.Span> named, List<DateWords.Mention> dates) {
		if (body.indexOf('?') < 0 || !SENT.matcher(body).find()) {
			return false;
		}
		boolean asked = false;
		Matcher sentence = SENTENCE.matcher(body);
		while (sentence.find()) {
			int from = sentence.start();
			int to = sentence.end();
			boolean remark = named.stream().noneMatch(n -> n.start() < to && n.end() > from)
					&& dates.stream().noneMatch(d -> d.start() < to && d.end() > from);
			String said = sentence.group().strip();
			if (said.replaceAll("[\\p{P}\\s]", "").isEmpty()) {
				continue;
			}
			boolean question = said.endsWith("?");
			if (question && ARRIVED.matcher(said).find()) {
				asked = true;
			}
			else if (!question && !SENT.matcher(said).find() && !opener(said) && !remark) {
				return false;
			}
		}
		return asked;
	}

	/** A label before the question: "Even checken:", "Quick check –". */
	private static boolean opener(String said) {
		return said.matches("(?iu)(?:just checking|quick check|checking in|even checken|even navragen|"
				+ "kleine check|follow-up|opvolging)\\W*");
	}

}
