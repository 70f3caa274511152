package io.handover.intake;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resignation letter passed on by its addressee: "From: Sophie Laurent … Dear Mark, I
 * hereby resign … My last working day will be 29 January", "Van: Jeroen Blom … Beste
 * Willem, … is mijn laatste werkdag 31 januari". The one greeted is who the letter was
 * sent to; the one who leaves is its writer, named by the forwarded header or the
 * signature.
 */
final class WriterLeaving {

	/**
	 * A quoted header's sender: "From: Sophie Laurent", "Van: Jeroen Blom <j.blom@…>".
	 */
	private static final Pattern SENDER = Pattern.compile("(?imu)^(?:>\\s?)*(?:from|van)\\s*:\\s*"
			+ "(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:van|de|der|den|ter|ten|te|el|al|da|di|le|la|von))*"
			+ "(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})\\s*(?:[<\\[(][^>\\])\\n]*[>\\])])?\\s*$");

	private WriterLeaving() {
	}

	/** The one leaving read as the addressee, named after the letter's writer. */
	static List<Announcement> named(String text, List<Announcement> read) {
		if (read.size() != 1 || read.get(0).kind() != Announcement.Kind.LEAVER) {
			return read;
		}
		Announcement one = read.get(0);
		// no name read: the greeting's first name was dropped as the addressee's
		int letter = 0;
		if (one.employeeName() != null) {
			Matcher greeted = Pattern
				.compile("(?iu)\\b(?:dear|beste|geachte|hi|hello|hallo|hoi|hey)\\s+"
						+ "(?:mr\\.?\\s+|mrs\\.?\\s+|ms\\.?\\s+|heer\\s+|mevrouw\\s+)?"
						+ Pattern.quote(one.employeeName()) + "\\s*[,!:\\n]")
				.matcher(text);
			if (!greeted.find()) {
				return read;
			}
			letter = greeted.start();
		}
		String writer = null;
		Matcher sender = SENDER.matcher(text.substring(0, Math.max(letter, 0) == 0 ? text.length() : letter));
		while (sender.find()) {
			writer = sender.group(1);
			letter = Math.max(letter, sender.end());
		}
		if (!SignedLeaving.saysOwnLeaving(text.substring(letter))) {
			return read;
		}
		if (writer == null && one.employeeName() != null) {
			writer = SignedLeaving.signer(text.substring(letter));
		}
		if (writer == null || writer.equals(one.employeeName())) {
			return read;
		}
		return List.of(new Announcement(one.kind(), writer, one.date(), one.roleWords(), one.roleKey(),
				one.workLocation(), one.dateWords(), one.currentRoleKey(), one.notes(), one.language(), one.model()));
	}

}
