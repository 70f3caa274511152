package io.handover.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer announcing their own leaving, named only below the closing: "mijn laatste
 * werkdag is donderdag 24 december. Met vriendelijke groet, Veerle Willaert", "I am
 * leaving on Friday. Kind regards, Tom Reed". The signer is the one who leaves; read
 * without them the form would name no one.
 */
final class SignedLeaving {

	/**
	 * The writer as the one who leaves: "mijn laatste werkdag", "my last day", "ik stop",
	 * "ik per eind januari stop", "I am leaving", "I resign".
	 */
	private static final Pattern OWN_LEAVING = Pattern.compile("(?iu)\\b(?:mijn|my)\\s+(?:laatste|last)\\s+"
			+ "(?:werk|working\\s+|work\\s+)?(?:dag|day|dienst|shift)\\b|\\b(?:mijn|my)\\s+(?:ontslag|resignation)\\b|"
			// no one else between: "I think she will leave" is hers
			+ "\\b(?:ik|i)(?:\\s+(?!(?:she|he|zij|hij|ze|they|we|wij|our|onze|ons|de|het|the|his|her|zijn|haar|hun|"
			+ "their|dat|that|die|who|wie)\\b)\\p{L}+){0,4}?\\s+(?:stop|vertrek|ga\\s+(?:met\\s+pensioen|weg)|leave|quit|resign|"
			+ "retire|neem\\s+ontslag)\\b|\\bi(?:'m|’m|\\s+am|\\s+will\\s+be)\\s+(?:leaving|retiring|resigning|quitting)\\b");

	/**
	 * A name of two or three words right after the closing word, as a signature; its
	 * words on one line ("Ilse Maas" then a line "Zie hierboven …" is no third word).
	 */
	private static final Pattern SIGNED = Pattern.compile("(?iu)\\b(?:groet(?:en|jes)?|regards|mvg|cheers|thanks|"
			+ "bedankt|sincerely|hoogachtend|faithfully)\\b[\\s,!.]*(?-i:(\\p{Lu}[\\p{L}'’-]+(?:\\h+(?:van|de|der|den|"
			+ "ter|ten|te|van der|van den|van de))?(?:\\h+\\p{Lu}[\\p{L}'’-]+){1,2}))");

	private SignedLeaving() {
	}

	/** Whether the words say the writer's own leaving: "my last day", "ik stop". */
	static boolean saysOwnLeaving(String words) {
		return OWN_LEAVING.matcher(words).find();
	}

	/** The last name signed after a closing word, or null. */
	static String signer(String text) {
		Matcher signed = SIGNED.matcher(text);
		String name = null;
		while (signed.find()) {
			name = signed.group(1);
		}
		return name;
	}

	/** The leaving read with no name, named after its writer's signature. */
	static Announcement named(String text, String body, Announcement read) {
		// "Ik wil laten weten dat ik per eind januari stop": the writer's own "stop", a
		// word the lexicon leaves to the one named
		boolean leaving = read.kind() == Announcement.Kind.LEAVER || read.kind() == null && read.date() != null;
		if (!leaving || read.employeeName() != null || !saysOwnLeaving(body)) {
			return read;
		}
		String name = signer(text);
		if (name == null) {
			return read;
		}
		return new Announcement(Announcement.Kind.LEAVER, name, read.date(), read.roleWords(), read.roleKey(),
				read.workLocation(), read.dateWords(), read.currentRoleKey(), read.notes(), read.language(),
				read.model());
	}

}
