package io.handover.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A department of another function, said as where someone goes: "gaat naar de
 * salarisadministratie", "moves to finance", "naar de afdeling inkoop". Its work is a job
 * of its own, outside the catalogue: whoever goes there leaves the job held (a facilities
 * worker going to payroll is no facilities worker there), unlike a move to another team,
 * shift or site, where the job stays.
 */
final class OtherFunction {

	/** Departments whose work is no job of the catalogue. */
	private static final String FUNCTIONS = "(?:\\p{L}*administratie|\\p{L}*boekhouding|finance|financi[eë]n|"
			+ "financial department|accounting|accounts|payroll|hr|p&o|personeelszaken|human resources|marketing|"
			+ "communicatie|communications|inkoop|purchasing|procurement|logistiek|logistics|planning|"
			+ "klantenservice|customer service|receptie|reception|juridische zaken|legal|productie|production|"
			+ "magazijn|warehouse|keuken|kitchen)";

	/**
	 * Going there: "gaat naar de salarisadministratie", "moves to the finance team", "to
	 * HR"; a bare "naar" where the verb came before the name.
	 */
	private static final Pattern INTO = Pattern.compile("(?iu)(?:\\b(?:gaat|gaan|moves?|moving|goes|going|"
			+ "transfers?|transferring|switch(?:es|ing)?|overstapt|stapt over|verhuist|joins?|joining)\\b"
			+ "[^.;!?\\n]{0,40}?\\b(?:naar|to|into|bij)|"
			// the verb before the name: "gaat onze zorgmedewerker X naar de receptie"
			+ "\\bnaar)\\s+(?:(?:de|het|the|our|ons|onze)\\s+)?(?:afdeling\\s+|department\\s+)?" + "(" + FUNCTIONS
			+ ")(?:[\\s-]?(?:afdeling|team|department|dienst))?(?=[\\s.,;:!?)]|$)");

	private OtherFunction() {
	}

	/**
	 * Where in from–to a department of another function is named as the one gone to, or
	 * -1.
	 */
	static int into(String body, int from, int to) {
		Matcher into = INTO.matcher(body).region(from, to);
		return into.find() ? into.start(1) : -1;
	}

}
