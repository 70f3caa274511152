package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A day the writer tells of themselves: "ik ben er morgen niet, kees bos begint maandag",
 * "ben morgen vrij. …", "I'm off tomorrow, so: Amy Lee starts Monday". Beside another
 * day, that other day is the news's.
 */
final class WritersOwnDay {

	/** The writer's whereabouts right before the day, in the same clause. */
	private static final Pattern WRITER = Pattern.compile("(?iu)(?:\\b(?:ik ben|ik zit|ik werk|i am|i['’]m|"
			+ "i will be|i['’]ll be|i work)|(?:^|[.!?;,\\n]\\s*)ben)\\b[^.,;!?\\n]{0,25}$");

	private WritersOwnDay() {
	}

	/** The days left once the writer's own are set aside, if any other is said. */
	static List<DateWords.Mention> without(String body, List<DateWords.Mention> days) {
		return DateWords.setAside(body, days, WRITER, 40);
	}

}
