package io.handover.intake;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A crop or product said between a job and a lower-case name in a chat: "inpakker aardbei
 * joanna kowalska", "picker apples tom nowak". The crop is what the job handles, no given
 * name: the name is the words after it.
 */
final class CropBeforeName {

	/** Crops and products a grower's or a packer's job is named with. */
	private static final Set<String> CROPS = Set.of("paprika", "paprika's", "tomaat", "tomaten", "komkommer",
			"komkommers", "aardbei", "aardbeien", "sla", "chrysant", "chrysanten", "tulp", "tulpen", "appel", "appels",
			"peer", "peren", "kers", "kersen", "asperge", "asperges", "champignon", "champignons", "prei", "aubergine",
			"courgette", "bloemkool", "broccoli", "spinazie", "bessen", "druiven", "potplanten", "tomato", "tomatoes",
			"pepper", "peppers", "cucumber", "cucumbers", "strawberry", "strawberries", "lettuce", "apple", "apples",
			"pear", "pears", "cherry", "cherries", "asparagus", "mushroom", "mushrooms", "grapes", "berries",
			"blueberries", "bosbessen", "frambozen", "raspberries");

	private CropBeforeName() {
	}

	/**
	 * Whether the run's first word is a crop said after a lower-case job:
	 * "teeltmedewerker paprika …". Two words of the name stay.
	 */
	static boolean after(String jobBefore, List<String> words) {
		return words.size() >= 3 && !jobBefore.isEmpty() && Character.isLowerCase(jobBefore.charAt(0))
				&& Character.isLowerCase(words.get(0).charAt(0)) && Occupations.jobBeforeName(jobBefore)
				&& CROPS.contains(words.get(0).toLowerCase(Locale.ROOT));
	}

}
