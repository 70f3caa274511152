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

	boolean observed(Area area) {
		return !this.unobservable.containsKey(area);
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

}
