package io.handover.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One of ours named by the job held, a title opening the sentence, who takes on a duty
 * with no job named: "Verkoper Marleen Oosterhuis gaat per 1 maart het magazijn leiden",
 * "Carer Tom Briggs will lead the laundry team from 1 March". The title is the job left;
 * the new one is none of the catalogue's (a duty, no title), never the same job again. So
 * too after "onze/our": "Onze verkoper Peter Vos gaat … het distributiecentrum leiden".
 */
final class NewDutyOfHeld {

	/** The sentence's start before the title: the text's start or a sentence's end. */
	private static final Pattern OPENS = Pattern.compile("(?:^|[.!?:\\n])\\s*$");

	/** A duty taken on in the sentence after the name, with no job said for it. */
	private static final Pattern DUTY = Pattern.compile("(?iu)^[^.;!?\\n]{0,80}?\\b(?:" + NewTaskWords.LEADS + "|"
			+ "will (?:lead|run|head|manage) (?:the|our)\\b)");

	/** A job named for the new work: "als planner", "as team lead", "becomes". */
	private static final Pattern JOB_SAID = Pattern
		.compile("(?iu)^[^.;!?\\n]*\\b(?:als|as(?! of\\b)|wordt|becomes?|will become)\\b");

	/** "Onze verkoper " right before the name: the job held, said of one of ours. */
	private static final Pattern OURS_HELD = Pattern
		.compile("(?iu)\\b(?:onze|our)\\s+\\p{L}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*)?\\s+$");

	private NewDutyOfHeld() {
	}

	/**
	 * "Onze verkoper Peter Vos gaat … het distributiecentrum leiden", read as the same
	 * job held and taken: the duty is no job of the catalogue, the held one is left.
	 */
	private static Announcement ofOurs(String body, Announcement a) {
		int at = body.indexOf(a.employeeName());
		if (at < 0 || !OURS_HELD.matcher(body.substring(Math.max(0, at - 40), at)).find()) {
			return a;
		}
		String after = body.substring(at + a.employeeName().length());
		if (!DUTY.matcher(after).find() || JOB_SAID.matcher(after).find()) {
			return a;
		}
		return new Announcement(a.kind(), a.employeeName(), a.date(), null, null, a.workLocation(), a.dateWords(),
				a.currentRoleKey(), a.notes(), a.language());
	}

	/** The announcements read, a titled mover's job before the name made the one held. */
	static List<Announcement> moved(String body, List<Announcement> read) {
		List<Announcement> result = new ArrayList<>(read);
		for (int i = 0; i < result.size(); i++) {
			Announcement a = result.get(i);
			if (a.kind() == Announcement.Kind.ROLE_CHANGE && a.roleWords() == null && a.roleKey() != null
					&& a.roleKey().equals(a.currentRoleKey()) && a.employeeName() != null) {
				result.set(i, ofOurs(body, a));
				continue;
			}
			if (a.kind() != Announcement.Kind.ROLE_CHANGE || a.roleKey() == null || a.roleWords() == null
					|| a.employeeName() == null
					|| (a.currentRoleKey() != null && !a.currentRoleKey().equals(a.roleKey()))) {
				continue;
			}
			String held = a.roleWords() + " " + a.employeeName();
			int at = body.toLowerCase(Locale.ROOT).indexOf(held.toLowerCase(Locale.ROOT));
			if (at < 0 || !OPENS.matcher(body.substring(0, at)).find()
					|| !Character.isUpperCase(body.codePointAt(at))) {
				continue;
			}
			String after = body.substring(at + held.length());
			if (DUTY.matcher(after).find() && !JOB_SAID.matcher(after).find()) {
				result.set(i, new Announcement(a.kind(), a.employeeName(), a.date(), null, null, a.workLocation(),
						a.dateWords(), a.roleKey(), a.notes(), a.language()));
			}
		}
		return result;
	}

}
