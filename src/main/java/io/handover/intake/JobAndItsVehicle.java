package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A chat's job and the one word of its vehicle or unit after it, before a two-word name
 * in lower case: "bijrijder koelwagen daan hofstra", "chauffeur volgwagen …". The word
 * between is a vehicle's or a unit's by its ending, never a given name ("kapster anna
 * maria jansen" keeps all three).
 */
final class JobAndItsVehicle {

	/** A vehicle or unit by its last part: "koelwagen", "pendelbus", "nachtploeg". */
	private static final Pattern VEHICLE = Pattern
		.compile("\\p{Ll}{2,}(?:wagen|auto|bus|busje|truck|trein|boot|schip|kar|heftruck|lift|lijn|ploeg|dienst|"
				+ "afdeling)|(?:lorry|truck|bus|cab|forklift|crane|shift|line)");

	private JobAndItsVehicle() {
	}

	/** How many first words are the job and its vehicle: 2, or 0 when none. */
	static int before(List<String> words) {
		return words.size() == 4 && words.stream().allMatch(w -> Character.isLowerCase(w.charAt(0)))
				&& words.stream().noneMatch(PeopleInText.PARTICLES::contains) && Occupations.heldBeside(words.get(0))
				&& VEHICLE.matcher(words.get(1)).matches() ? 2 : 0;
	}

}
