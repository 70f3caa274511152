package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A name the writer says they wrote wrongly, the right one after it ("ik schreef gisteren
 * Bas Koster maar het is Bas Kuster", "I wrote Anna Smit yesterday but it is Anna Smid"):
 * only the right one is someone announced.
 */
final class WrittenWrongly {

	/** The writer's own earlier writing, said right before the name. */
	private static final Pattern WROTE = Pattern.compile("(?iu)\\b(?:i (?:wrote|typed|put)|ik (?:schreef|typte))\\s+"
			+ "(?:(?:yesterday|earlier|before|this morning|by mistake|accidentally|gisteren|eerder|vanochtend|"
			+ "per ongeluk|abusievelijk)\\s+){0,2}$");

	/** … or after it: "ik had Bas Koster geschreven, maar". */
	private static final Pattern WRITTEN_AFTER = Pattern.compile("(?iu)^\\s*(?:geschreven|getypt|getikt)\\b");

	/** The turn to the right name, in the same sentence. */
	private static final Pattern BUT = Pattern.compile("(?iu)^[^.!?\\n]{0,40}?\\b(?:but|maar)\\b");

	private static final int REACH = 80;

	private WrittenWrongly() {
	}

	/** The names without one written wrongly before another full name. */
	static List<AnnouncementParser.Span> without(String body, List<AnnouncementParser.Span> found) {
		return found.stream().filter(name -> !wrong(body, name, found)).toList();
	}

	private static boolean wrong(String body, AnnouncementParser.Span name, List<AnnouncementParser.Span> found) {
		String after = body.substring(name.end(), Math.min(body.length(), name.end() + REACH));
		boolean wrote = WROTE.matcher(body.substring(Math.max(0, name.start() - 40), name.start())).find()
				|| WRITTEN_AFTER.matcher(after).lookingAt();
		return wrote && BUT.matcher(after).lookingAt() && found.stream()
			.anyMatch(other -> other.words() >= 2 && other.start() > name.end() && other.start() <= name.end() + REACH);
	}

}
