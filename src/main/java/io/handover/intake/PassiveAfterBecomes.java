package io.handover.intake;

/**
 * A Dutch participle that ends its sentence after "wordt": "Mijn team wordt uitgebreid!",
 * "de ploeg wordt versterkt." is something done to a team, no job anyone becomes.
 */
final class PassiveAfterBecomes {

	/**
	 * The participle, its sentence ending right after it or what is added following
	 * ("uitgebreid met").
	 */
	static final String PARTICIPLE = "(?:ge|(?:uit|aan|op|in|af|mee|door|over|toe|bij|weg)ge|be|ver|ont|"
			+ "her)\\p{L}{2,}[dt](?:\\s*[.!?,;:]|\\s*$|\\s+met\\b)";

	/** A negative lookahead to put right after "wordt" and its space. */
	static final String NOT_A_PARTICIPLE = "(?!" + PARTICIPLE + ")";

	private PassiveAfterBecomes() {
	}

}
