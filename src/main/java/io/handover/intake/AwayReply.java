package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An automatic reply of a writer away ("I'm out of office until Monday 4 January …
 * contact Ella Brooks", "Ik ben afwezig tot en met 8 januari. Voor dringende zaken kunt u
 * terecht bij Bas Kok", "Ik ben van 21 december tot en met 3 januari met vakantie"): a
 * period of two dates may stand between the writer and their absence. The day is the
 * writer's return and the one named is whom to ask meanwhile, so it announces no one.
 */
final class AwayReply {

	/** The writer away, or the reply's own title. */
	private static final Pattern AWAY = Pattern.compile("(?iu)\\b(?:(?:i(?:'m|’m| am| will be)|ik ben)\\s+"
			+ "(?:(?:currently|momenteel|tot en met|until|tot|t/m|[\\p{L}\\d]+)\\s+){0,8}?(?:out of (?:the )?office|away|"
			+ "on (?:annual )?leave|on holiday|on vacation|afwezig|niet aanwezig|met vakantie|op vakantie|met verlof|"
			+ "niet op kantoor)|out of office|afwezigheidsmelding|automatic reply|automatisch antwoord)\\b");

	/** Whom to ask meanwhile, said before their name in its sentence. */
	private static final Pattern CONTACT = Pattern.compile("(?iu)\\b(?:contact|contacteer|terecht bij|wenden tot|"
			+ "reach out to|get in touch with|doorgestuurd naar|forwarded to|(?:neem|neemt|nemen) (?:dan )?contact op met"
			+ "|contact opnemen met)\\b[^.!?\\n]{0,30}$");

	private AwayReply() {
	}

	/** Whether the message is an away reply whose every name is one to contact. */
	static boolean onlyContacts(String body, List<AnnouncementParser.Span> found) {
		return !found.isEmpty() && AWAY.matcher(body).find() && found.stream()
			.allMatch(
					person -> CONTACT.matcher(body.substring(Math.max(0, person.start() - 60), person.start())).find());
	}

}
