package io.handover.intake;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.handover.ticket.TicketRequestView;
import io.handover.ticket.TicketView;

/** What became of a submitted announcement form. */
public sealed interface IntakeOutcome {

	/**
	 * The ticket is stored (or was already, for a repeat of the same submission).
	 *
	 * @param ticket the ticket as stored; {@code ticket.lateNotice()} says whether the
	 * notice was late
	 */
	record Opened(TicketView ticket) implements IntakeOutcome {
	}

	/**
	 * The announcer may not open this ticket themself (not HR, not an Administrator, not
	 * the person's manager of record; every e-mail): it is stored as a request that HR or
	 * the manager of record confirms in Teams. Nothing is planned until then.
	 *
	 * @param request the request as stored (or as decided, for a repeat)
	 */
	record Requested(TicketRequestView request) implements IntakeOutcome {
	}

	/**
	 * Nothing was stored: the answers to correct, each with a message in the requester's
	 * language, and for a person not found the closest names in the register.
	 */
	record NeedsCorrection(Map<FormField, String> errors, List<String> suggestions) implements IntakeOutcome {

		public NeedsCorrection {
			errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
			suggestions = List.copyOf(suggestions);
		}

	}

}
