package io.handover.intake;

/**
 * No one said to follow the person in a job: "nobody replaces him in that role", "niemand
 * vervangt haar". The words of a successor are there, but no one comes, so they announce
 * no start (a mover's "becomes software developer" before them keeps its kind).
 */
final class NoSuccessor {

	/** "nobody replaces him", "no one will succeed her", "niemand neemt het over". */
	static final String SAID = "(?:nobody|no one|no-one|niemand)(?: else)? (?:(?:will|is going to|gaat|zal) )?"
			+ "(?:replaces?|replacing|succeeds?|succeeding|takes? over|fills? (?:in|the)|vervangt|vervangen|"
			+ "opvolgt|opvolgen|volgt (?:hem|haar) op|neemt (?:het|dat|die|de taken|zijn taken|haar taken) over)\\b";

	private NoSuccessor() {
	}

}
