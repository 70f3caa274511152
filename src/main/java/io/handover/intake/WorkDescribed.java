package io.handover.intake;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A job told by the work it does, not by its name: "gaat de app en de website van de
 * zender bouwen en onderhouden" is a developer's, "taking care of the building, keys,
 * cleaning and the alarm" a facility coordinator's. The form then offers that profile
 * (its laptop, or its keys and alarm code) for a job the catalogue does not name ("office
 * manager") or for none named at all.
 */
final class WorkDescribed {

	/**
	 * Software of ours: an app, a website, a web shop. Not a "site" or "platform", which
	 * builders build too.
	 */
	private static final String SOFTWARE = "(?:apps?|website|websites|webshop|web shop|webwinkel|software|portal|"
			+ "portaal)";

	/**
	 * Building or keeping up software: "de app en de website … bouwen en onderhouden",
	 * "will build and maintain our website", "ontwikkelt onze webshop".
	 */
	private static final Pattern BUILDS_SOFTWARE = Pattern.compile("(?iu)\\b(?:de|het|onze?|ons)\\s+" + SOFTWARE
			+ "\\b[^.;!?\\n]{0,50}?\\b(?:bouwen|bouwt|ontwikkelen|ontwikkelt|programmeren|programmeert)\\b|"
			+ "\\b(?:build|builds|building|develop|develops|developing|code|codes|coding)\\s+(?:and\\s+(?:maintain|"
			+ "maintains|maintaining|run|runs|running)\\s+)?(?:the|our)\\s+(?:[\\p{L}-]+\\s+)?" + SOFTWARE + "\\b");

	/** What a facility coordinator looks after: the building, its keys and alarm. */
	private static final String FACILITY_THING = "(?:the building|het gebouw|het pand|the premises|keys|sleutels|"
			+ "cleaning|schoonmaak|alarm|the alarm|het alarm|facilities|facilitaire zaken|maintenance|onderhoud)";

	/**
	 * Two or more of those looked after in one clause: "taking care of the building,
	 * keys, cleaning and the alarm", "zorgt voor het pand, de sleutels en de schoonmaak".
	 */
	private static final Pattern LOOKS_AFTER_FACILITIES = Pattern
		.compile("(?iu)\\b(?:taking care of|takes care of|will take care of|looking after|looks after|"
				+ "will look after|in charge of|responsible for|zorgt voor|gaat zorgen voor|verantwoordelijk voor|"
				+ "regelt)\\s+(?:(?:the|de|het|our|onze?)\\s+)?" + FACILITY_THING + "\\b[^.;!?\\n]{0,30}?\\b"
				+ "(?:the |de |het )?" + FACILITY_THING + "\\b");

	/**
	 * The building itself among them: cleaning and upkeep alone are a cleaner's or a
	 * caretaker's.
	 */
	private static final Pattern BUILDING = Pattern
		.compile("(?iu)\\b(?:building|gebouw|pand|premises|keys|sleutels|alarm)\\b");

	private WorkDescribed() {
	}

	/** The words that told the work, and the catalogue role doing it. */
	record Work(String words, String key) {
	}

	/**
	 * The catalogue role whose work the words describe, if the catalogue has it; else
	 * null.
	 */
	static Work of(String body, int from, int to, List<RoleName> roles) {
		Matcher software = BUILDS_SOFTWARE.matcher(body).region(from, to);
		Matcher facilities = LOOKS_AFTER_FACILITIES.matcher(body).region(from, to);
		Work work = software.find() ? new Work(software.group(), "software-engineer")
				: facilities.find() && BUILDING.matcher(facilities.group()).find()
						? new Work(facilities.group(), "facility-coordinator") : null;
		return work != null && roles.stream().anyMatch(r -> r.key().equals(work.key())) ? work : null;
	}

}
