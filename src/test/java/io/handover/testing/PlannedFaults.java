package io.handover.testing;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Faults an HR system emulator is told to answer with, each once, on a given page of a
 * given list (or any page): a 5xx mid-paging, a 429 with Retry-After, a page that is not
 * what the documentation promises.
 */
public final class PlannedFaults {

	/**
	 * One planned answer instead of the real one.
	 *
	 * @param list which list it applies to (e.g. {@code employments}); null: any
	 * @param page the 1-based page it replaces; 0: the next page of any number
	 * @param status the HTTP status
	 * @param retryAfterSeconds a Retry-After header, or null
	 * @param body the body, or null for the system's own error body
	 */
	public record Fault(String list, int page, int status, Integer retryAfterSeconds, String body) {
	}

	private final List<Fault> planned = new CopyOnWriteArrayList<>();

	public void plan(Fault fault) {
		this.planned.add(fault);
	}

	public void clear() {
		this.planned.clear();
	}

	/** The fault planned for this page of this list, used up by asking; or null. */
	public synchronized Fault take(String list, int page) {
		Iterator<Fault> faults = this.planned.iterator();
		while (faults.hasNext()) {
			Fault fault = faults.next();
			if ((fault.list() == null || fault.list().equals(list)) && (fault.page() == 0 || fault.page() == page)) {
				this.planned.remove(fault);
				return fault;
			}
		}
		return null;
	}

}
