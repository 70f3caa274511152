package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Only a customer or supplier named ("Klant Van Leeuwen Bouw stopt per 1 januari met hun
 * polis", "our client Mr Dean cancels his policy"): no one of ours who starts or leaves.
 */
final class Customers {

	/**
	 * The word for one customer right before the name (and its title), or opening it; not
	 * a colon after customers, which introduces one of ours ("vertegenwoordiger voor de
	 * agrarische klanten: Gerrit Hofman").
	 */
	private static final Pattern CUSTOMER = Pattern.compile("(?iu)(?:^|\\b)(?:klant|customer|client|"
			+ "leverancier|supplier|opdrachtgever|polishouder|policyholder)\\s+(?:(?:mr|mrs|ms|miss|dhr|mevr|"
			+ "de heer|mevrouw)\\.?\\s+)?$");

	/** … or as the first word the name was read with. */
	private static final Pattern OPENS = Pattern
		.compile("(?iu)^(?:klant|customer|client|leverancier|supplier|" + "opdrachtgever)\\s+.*");

	private Customers() {
	}

	/** Whether every name read is a customer's or a supplier's. */
	static boolean only(String body, List<AnnouncementParser.Span> found) {
		return !found.isEmpty() && found.stream()
			.allMatch(name -> CUSTOMER.matcher(body.substring(Math.max(0, name.start() - 20), name.start())).find()
					|| OPENS.matcher(name.name()).matches());
	}

}
