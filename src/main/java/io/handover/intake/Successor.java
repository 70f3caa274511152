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

	/** The one named next follows a leaver: "opgevolgd door", "succeeded by". */
	private static final Pattern SUCCEEDED_BY = Pattern.compile("(?iu)\\b(?:opgevolgd|vervangen|succeeded|replaced)"
			+ "\\s+(?:door|by)\\s+(?:(?:de heer|mevrouw|mr\\.?|mrs\\.?|ms\\.?|dr\\.?)\\s+)?$");

	/** Leaving words of the successor's own: then they are no successor. */
	private static final Pattern LEAVES = Pattern
		.compile("(?iu)\\b(?:vertrek(?:t|ken)?|leaves|leaving|uit dienst|" + "laatste (?:werk)?dag|last day)\\b");

	private static boolean succeededBy(String body, int[] segment, String name) {
		String part = body.substring(segment[0], segment[1]);
		int at = part.toLowerCase(java.util.Locale.ROOT).indexOf(name.toLowerCase(java.util.Locale.ROOT));
		return at >= 0 && SUCCEEDED_BY.matcher(part.substring(0, at)).find()
				&& !LEAVES.matcher(part.substring(at)).find();
	}

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
			else if (a.kind() != Announcement.Kind.STARTER && before.kind() == Announcement.Kind.LEAVER
					&& a.employeeName() != null && succeededBy(body, segments.get(i), a.employeeName())) {
				// "Anja Vos vertrekt 31 december en wordt … opgevolgd door Joost Kam"
				result.set(i, new Announcement(Announcement.Kind.STARTER, a.employeeName(), a.date(), a.roleWords(),
						a.roleKey(), a.workLocation(), a.dateWords(), null, a.notes(), a.language()));
			}
		}
		return result;
	}

	private static Announcement with(Announcement a, Announcement.Kind kind, Announcement before, String current) {
		return new Announcement(kind, a.employeeName(), a.date(), before.roleWords(), before.roleKey(),
				a.workLocation(), a.dateWords(), current, a.notes(), a.language());
	}

}
