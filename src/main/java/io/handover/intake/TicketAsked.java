package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A question after a ticket already open, by its key: "Wanneer krijgt Femke haar laptop?
 * Ticket JML-0123 staat nog open.", "Any news on Bram's phone? JML-0456 still says
 * waiting". The one asked about was announced before; with no day and a first name alone,
 * a second form would only repeat the ticket.
 */
final class TicketAsked {

	/** A ticket's readable key: "JML-0042". */
	private static final Pattern KEY = Pattern.compile("\\b\\p{Lu}{2,5}-\\d{2,6}\\b");

	private TicketAsked() {
	}

	static boolean aboutOneAnnounced(String body, List<AnnouncementParser.Span> found, List<DateWords.Mention> dates) {
		return body.indexOf('?') >= 0 && dates.isEmpty() && KEY.matcher(body).find()
				&& found.stream().allMatch(person -> person.words() < 2);
	}

}
