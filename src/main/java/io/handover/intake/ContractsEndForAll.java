package io.handover.intake;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of temps whose contracts end, said once after the names: "Tijdelijke krachten
 * voor de kerstdrukte: Anna Bos, Piet Kok en Lies Mol, contracten eindigen op 23
 * december", "Temp order pickers A, B and C: contracts end on 23 December", or after the
 * day ("The contracts of our three temps end on 23 December: A, B and C"). The heading
 * names temps, which reads like a start; with no start and no other day said, the ending
 * contracts are the news: each one leaves on that day. Starters told with their
 * contract's end ("all starting 19 dec: … contracts end 31 march") say a start and
 * another day, and stay starters. So do temps who "both work until 24 December" ("werken
 * allebei tot en met 24 december"): their work said to end on one day for all.
 */
final class ContractsEndForAll {

	/**
	 * The contracts ending, right before the day: "contracten eindigen op", "contracts
	 * end on".
	 */
	private static final Pattern CONTRACTS_END = Pattern
		.compile("(?iu)\\b(?:(?:hun|their|de|the)\\s+)?" + "(?:contract(?:en|s)?|arbeidsovereenkomsten)\\s+"
		// whose, the names between: "de tijdelijke contracten van chauffeurs Anouk
		// Smit en Rik Boer lopen af op"
				+ "(?:(?:van|of)\\s+[^.;:!?\\n]{2,90}?\\s+)?(?:eindigen|eindigt|lopen\\s+af|loopt\\s+af|stoppen|stopt|"
				+ "end|ends|expire|expires|run\\s+out|runs\\s+out|finish|finishes)(?:\\s+(?:op|on|per|at))?\\s+$|"
				// their work said to go on until the day, of all of them: "both work
				// until
				// 24 December", "werken allebei nog tot en met 24 december"
				+ "\\b(?:both|all|each)\\s+work\\s+(?:here\\s+|with\\s+us\\s+)?(?:until|till)\\s+$|"
				+ "\\bwerken\\s+(?:hier\\s+|bij\\s+ons\\s+)?(?:allebei|beiden|beide|allemaal|alle\\s+\\p{L}+)\\s+(?:nog\\s+)?"
				+ "(?:tot(?:\\s+en\\s+met)?|t/m)\\s+$");

	/** A start said anywhere: then the contract's end is only how long they stay. */
	private static final Pattern START_SAID = Pattern.compile("(?iu)\\b(?:start\\p{L}*|begin\\p{L}*|join\\p{L}*|"
			+ "komen|komt|new|nieuwe?|hired|aangenomen|add|toevoegen|welkom|welcome|verlengd|extended|renewed)\\b");

	private ContractsEndForAll() {
	}

	/**
	 * Everyone listed before the contracts' end, or after it past a colon, leaves on its
	 * day.
	 */
	static List<Announcement> left(String body, List<DateWords.Mention> dates, List<Announcement> read) {
		if (read.size() < 2 || dates.size() != 1 || dates.get(0).date() == null || START_SAID.matcher(body).find()) {
			return read;
		}
		DateWords.Mention end = dates.get(0);
		Matcher said = CONTRACTS_END.matcher(body).region(Math.max(0, end.start() - 150), end.start());
		if (!said.find()) {
			return read;
		}
		// every name stands before the words that end the contracts
		boolean allBefore = read.stream()
			.allMatch(a -> a.employeeName() != null && WhereNamed.in(body, a.employeeName()) >= 0
					&& WhereNamed.in(body, a.employeeName()) < said.end());
		if (!allBefore && !listedAfter(body, end, read)) {
			return read;
		}
		return read.stream()
			.map(a -> new Announcement(Announcement.Kind.LEAVER, a.employeeName(), end.date(), a.roleWords(),
					a.roleKey(), a.workLocation(), end.words(), a.currentRoleKey(), a.notes(), a.language()))
			.toList();
	}

	/** A colon right after the day, then the names: "… end on 18 December: A and B". */
	private static final Pattern COLON_AFTER = Pattern.compile("\\s*:");

	private static boolean listedAfter(String body, DateWords.Mention end, List<Announcement> read) {
		return COLON_AFTER.matcher(body).region(end.end(), body.length()).lookingAt() && read.stream()
			.allMatch(a -> a.employeeName() != null && WhereNamed.in(body, a.employeeName()) > end.end());
	}

}
