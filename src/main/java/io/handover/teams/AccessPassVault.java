package io.handover.teams;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Holds joiners' Temporary Access Passes between their creation and the manager's click,
 * in this instance's memory only: never in the store, the logs or the audit trail. A pass
 * is handed out once ({@link #take} removes it) and not after it expires; a restart loses
 * every pass held, and the manager's card then offers a new one.
 */
@Component
class AccessPassVault {

	private final Map<String, Held> held = new ConcurrentHashMap<>();

	void keep(String passId, String pass, Instant until, Instant now) {
		this.held.values().removeIf(h -> !now.isBefore(h.until()));
		this.held.put(passId, new Held(pass, until));
	}

	/** The pass, once: a second take (or one after it expired) answers empty. */
	Optional<String> take(String passId, Instant now) {
		Held pass = this.held.remove(passId);
		return pass != null && now.isBefore(pass.until()) ? Optional.of(pass.pass()) : Optional.empty();
	}

	boolean holds(String passId, Instant now) {
		Held pass = this.held.get(passId);
		return pass != null && now.isBefore(pass.until());
	}

	void drop(String passId) {
		this.held.remove(passId);
	}

	/** Forgets every pass, as a restart of the instance does. */
	void forget() {
		this.held.clear();
	}

	private record Held(String pass, Instant until) {

		@Override
		public String toString() {
			return "Held[pass=***, until=" + this.until + "]";
		}

	}

}
