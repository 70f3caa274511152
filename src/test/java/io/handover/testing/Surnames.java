package io.handover.testing;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Unique surnames for tests that parse names from text: letters only, since the parser
 * reads names as words.
 */
public final class Surnames {

	private Surnames() {
	}

	/** A surname no other test run uses, e.g. "Qwertyson". */
	public static String unique() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder name = new StringBuilder().append((char) ('A' + random.nextInt(26)));
		for (int i = 0; i < 6; i++) {
			name.append((char) ('a' + random.nextInt(26)));
		}
		return name.append("son").toString();
	}

	/**
	 * Eight random lower-case letters to keep a name or address apart from other tests'
	 * in the shared store; letters only, so the parser and the account convention keep it
	 * whole.
	 */
	public static String letters() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			letters.append((char) ('a' + random.nextInt(26)));
		}
		return letters.toString();
	}

}
