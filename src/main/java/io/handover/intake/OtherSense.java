package io.handover.intake;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A catalogue word said in another sense, which gives no profile: denied ("he is no
 * developer, he only builds reports") or a keeper's "verzorger" of a team or of animals
 * ("verzorger (fysio) van onze hockeydames", "de verzorger van de olifanten").
 */
final class OtherSense {

	/** A denial right before the role: "no", "not a", "geen", "never a". */
	private static final Pattern DENIED = Pattern.compile("(?iu)\\b(?<!\\bno longer )(?<!\\bnot only )"
			+ "(?:no|not an?|geen|never an?|nooit)\\s+(?:(?:a|an|een|real|echte|actual)\\s+)?$");

	/**
	 * Words after it that make it a job left or held besides: "geen verzorgende meer".
	 */
	private static final Pattern LEFT_OR_BESIDES = Pattern
		.compile("(?iu)^\\s*(?:meer|anymore|any more|longer|but also|maar ook|alone|alleen)\\b");

	/** "verzorger (fysio) van onze hockeydames": whom or what the keeper looks after. */
	private static final Pattern KEEPER_OF = Pattern
		.compile("(?iu)^\\s*(?:\\([^)]{1,30}\\)\\s*)?,?\\s*van\\s+(?:de|het|onze|ons)\\s+(\\p{L}+)");

	/** People a carer looks after, or where: "verzorger van de bewoners". */
	private static final Set<String> CARED_FOR = Set.of("bewoners", "bewoner", "cliënten", "clienten", "cliënt",
			"client", "patiënten", "patienten", "patiënt", "patient", "ouderen", "afdeling", "thuiszorg", "groep",
			"woongroep", "kinderen", "zorg");

	private OtherSense() {
	}

	/** Whether the role words at start–end are said in another sense. */
	static boolean said(String text, int start, int end) {
		String before = text.substring(Math.max(0, start - 30), start);
		if (DENIED.matcher(before).find() && !LEFT_OR_BESIDES.matcher(text.substring(end)).lookingAt()) {
			return true;
		}
		if (!"verzorger".equals(text.substring(start, end).toLowerCase(Locale.ROOT))) {
			return false;
		}
		Matcher of = KEEPER_OF.matcher(text.substring(end));
		return of.lookingAt() && !CARED_FOR.contains(of.group(1).toLowerCase(Locale.ROOT));
	}

}
