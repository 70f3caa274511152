package io.handover.intake;

/**
 * A joiner told without a start verb, as a team made stronger: "het avondteam krijgt
 * versterking van …", "krijgt per a.s. maandag versterking", "is getting reinforcement
 * from …", "het nachtteam krijgt er een verpleegkundige bij: …", "our depot gets a new
 * forklift driver on Monday: …".
 */
final class Reinforced {

	/** The words that say a team gains someone. */
	static final String CUE = "(?:krijgt|krijgen)(?: [\\p{L}\\d'’().-]+){0,6} versterking\\b|"
			+ "(?:is|are) getting (?:some )?reinforcements?\\b|gets? (?:some )?reinforcements?\\b|"
			+ "(?:reinforced|strengthened) by\\b|" + "(?:krijgt|krijgen) er(?: [\\p{L}\\d'’()-]+){1,8} bij(?=\\s*:)|"
			+ "(?:gets|will get|is getting|are getting) (?:a|an|two|three) (?:new|extra)\\b";

	private Reinforced() {
	}

}
