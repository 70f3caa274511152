package io.handover.guard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One look at a leaver: per area either what was seen to be in order (the evidence), the
 * residues found, or why it could not be observed.
 */
final class Observation {

	final Map<Area, String> evidence = new LinkedHashMap<>();

	final List<Residue> residues = new ArrayList<>();

	final Map<Area, String> unobservable = new LinkedHashMap<>();

	/**
	 * Areas whose read was throttled (429, 503): not seen this time, but nothing for a
	 * person to fix; the guard looks again shortly and keeps what it saw last.
	 */
	final Map<Area, String> deferred = new LinkedHashMap<>();

	boolean observed(Area area) {
		return !this.unobservable.containsKey(area) && !this.deferred.containsKey(area);
	}

	/** Whether some area has to be looked at again because its read was throttled. */
	boolean incomplete() {
		return !this.deferred.isEmpty();
	}

	void clean(Area area, String evidence) {
		this.evidence.put(area, evidence);
	}

	void residue(Residue residue) {
		this.residues.add(residue);
	}

	void unobservable(Area area, String why) {
		this.unobservable.put(area, why);
		this.evidence.remove(area);
	}

	/** The area's read was throttled: looked at again later. */
	void deferred(Area area, String why) {
		this.deferred.put(area, why);
		this.evidence.remove(area);
		this.residues.removeIf(residue -> residue.area() == area);
	}

	/** A failed directory read: throttled (looked at again later) or not observable. */
	void failed(Area area, io.handover.identity.DirectoryFailure failure) {
		if (failure.throttled()) {
			deferred(area, failure.describe());
		}
		else {
			// with what to grant, when the adapter knows it
			unobservable(area, failure.describeWithAdvice());
		}
	}

}
