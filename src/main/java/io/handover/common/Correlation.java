package io.handover.common;

import java.util.Map;

import org.slf4j.MDC;

/**
 * The correlation id in the log context (MDC) that ties together what one activity or
 * request caused: set per request by the system module, stored with what is done later on
 * its behalf (a ticket's owed card updates), and put back around that later work, so the
 * logs of a card sent seconds afterwards on another thread can be found under the
 * activity that caused it.
 */
public final class Correlation {

	/** The MDC key of the correlation id. */
	public static final String ID = "correlationId";

	/** The MDC key of the ticket a piece of background work is for. */
	public static final String TICKET = "ticketKey";

	private Correlation() {
	}

	/** The correlation id of the work on this thread, or null. */
	public static String current() {
		return MDC.get(ID);
	}

	/**
	 * Runs {@code work} with this correlation id (when known) and ticket key in the log
	 * context, and puts back what was there before.
	 */
	public static void run(String correlationId, String ticketKey, Runnable work) {
		Map<String, String> before = MDC.getCopyOfContextMap();
		try {
			if (correlationId != null) {
				MDC.put(ID, correlationId);
			}
			if (ticketKey != null) {
				MDC.put(TICKET, ticketKey);
			}
			work.run();
		}
		finally {
			restore(before);
		}
	}

	/** Replaces this thread's log context with {@code context} (null: empty). */
	public static void restore(Map<String, String> context) {
		if (context == null || context.isEmpty()) {
			MDC.clear();
		}
		else {
			MDC.setContextMap(context);
		}
	}

}
