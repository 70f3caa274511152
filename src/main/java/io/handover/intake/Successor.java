package io.handover.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A person who follows one named before them:
 * <ul>
 * <li>taking over their role ("Theo Grant from the care team will take over her role",
 * "Imke Bruinsma van de facilitaire dienst neemt zijn functie over"): the role is the one
 * before's, and a role or department of their own is the one they leave, a move;</li>
 * <li>taking over their work ("takes over his projects, starting as developer", "neemt
 * haar klanten over"): a successor, a starter unless a role held now is said;</li>
 * <li>named as their successor ("His successor Amir Haddadi starts on 3 May", "Zijn
 * opvolger …"): with no role of their own, the one before's.</li>
 * </ul>
 */
final class Successor {

	private static final String HIS = "(?:his|her|their|zijn|haar|hun)";

	private static final Pattern ROLE_TAKEN = Pattern.compile("(?iu)\\b(?:(?:take|takes|taking|took|taken) over " + HIS
			+ " (?:role|job|position|function|post|place|duties)|(?:neemt|nemen|nam) " + HIS
			+ " (?:functie|rol|baan|plek|positie|taken) over|(?:overnemen|overgenomen) van " + HIS
			+ " (?:functie|rol))\\b");

	private static final Pattern WORK_TAKEN = Pattern.compile("(?iu)\\b(?:(?:take|takes|taking|took|taken) over " + HIS
			+ " (?:clients|customers|accounts|projects|shifts|caseload|portfolio|work|patients|residents|"
			+ "cases)|(?:neemt|nemen|nam) " + HIS + " (?:klanten|diensten|projecten|werk|cliënten|clienten|"
			+ "bewoners|portefeuille|dossiers|werkzaamheden) over)\\b");

	private static final Pattern NAMED_SUCCESSOR = Pattern
		.compile("(?iu)\\b(?:successor|opvolger|opvolgster|vervanger|vervangster|replacement)\\b");

	/** A role held now, said outright: "currently a carer", "nu nog verkoper". */
	private static final Pattern HELD_NOW = Pattern.compile("(?iu)\\b(?:currently|now|nu|nog|momenteel|thans|"
			+ "at the moment|from (?:the|our)|van (?:de|het|onze)|uit (?:de|het))\\b");

	private Successor() {
	}

	static List<Announcement> followed(String body, List<int[]> segments, List<Announcement> all) {
		if (all.size() < 2 || all.size() != segments.size()) {
			return all;
		}
		List<Announcement> result = new ArrayList<>(all);
		for (int i = 1; i < all.size(); i++) {
			Announcement before = all.get(i - 1);
			Announcement a = all.get(i);
			String part = body.substring(segments.get(i)[0], segments.get(i)[1]);
			String own = a.roleKey() != null ? a.roleKey() : a.currentRoleKey();
			if (ROLE_TAKEN.matcher(part).find() && before.roleKey() != null) {
				boolean moves = own != null && !own.equals(before.roleKey());
				result.set(i, with(a, moves ? Announcement.Kind.ROLE_CHANGE : a.kind(), before,
						moves ? own : a.currentRoleKey()));
			}
			else if (WORK_TAKEN.matcher(part).find() && !HELD_NOW.matcher(part).find()) {
				Announcement starter = new Announcement(Announcement.Kind.STARTER, a.employeeName(), a.date(),
						a.roleKey() != null ? a.roleWords() : null, own, a.workLocation(), a.dateWords(), null,
						a.notes(), a.language());
				result.set(i, own == null && before.roleKey() != null
						? with(starter, Announcement.Kind.STARTER, before, null) : starter);
			}
			else if (NAMED_SUCCESSOR
				.matcher(body.substring(Math.max(segments.get(i - 1)[0], segments.get(i)[0] - 30), segments.get(i)[1]))
				.find() && a.roleKey() == null && a.roleWords() == null && a.kind() == Announcement.Kind.STARTER
					&& before.roleKey() != null) {
				result.set(i, with(a, a.kind(), before, a.currentRoleKey()));
			}
		}
		return result;
	}

	private static Announcement with(Announcement a, Announcement.Kind kind, Announcement before, String current) {
		return new Announcement(kind, a.employeeName(), a.date(), before.roleWords(), before.roleKey(),
				a.workLocation(), a.dateWords(), current, a.notes(), a.language());
	}

}
