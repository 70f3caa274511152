package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The day of a funeral told after a death: "passed away on Sunday. The funeral is on
 * Saturday 12 December", "De uitvaart is vrijdag in Aalst". It is no day of the one who
 * died: their leaving is the day of the death, or none when only the funeral is dated.
 */
final class FuneralDay {

	/**
	 * The funeral, the cremation, the memorial, said before its day in the sentence; not
	 * a job of a funeral home ("funeral director", "uitvaartverzorger").
	 */
	private static final Pattern FUNERAL = Pattern.compile("(?iu)\\b(?:funeral|cremation|memorial service|burial|"
			+ "uitvaart|begrafenis|crematie|herdenkingsdienst|afscheidsdienst|rouwdienst)\\b(?!\\s+(?:director|"
			+ "assistant|home|parlou?r|arranger|worker|staff|team))[^.!?\\n]{0,50}$");

	/** A death told in the message. */
	private static final Pattern DEATH = Pattern
		.compile("(?iu)\\b(?:overleden|overlijden|gestorven|" + "passed away|died|has died|death of|sudden death)\\b");

	private FuneralDay() {
	}

	/** The dates without those of a funeral. */
	static List<DateWords.Mention> without(String body, List<DateWords.Mention> dates) {
		if (!DEATH.matcher(body).find()) {
			return dates;
		}
		return dates.stream()
			.filter(d -> !FUNERAL.matcher(body.substring(Math.max(0, d.start() - 60), d.start())).find())
			.toList();
	}

}
