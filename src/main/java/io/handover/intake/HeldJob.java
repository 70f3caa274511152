package io.handover.intake;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A job the person holds now, said as a title before the name ("Monteur Rik Hagen",
 * "wordt verzorgende Gerda Pols planner") or beside it ("Lucy Barnes, developer with us
 * since 2022, becomes …"), next to a new job said after: the person already works here,
 * so the news is a move, and the held job is the current role, not the new one.
 */
final class HeldJob {

	/**
	 * A new job said: "becomes office manager", "gaat aan de slag als", "onze nieuwe …".
	 */
	private static final Pattern NEW_JOB = Pattern.compile("(?iu)\\b(?:wordt|worden|becomes?|will become|"
			+ "takes? over as|(?:gaat|gaan)(?: [\\p{L}\\d]+){0,6}? als|aan de slag als|(?:is|wordt|becomes)"
			+ "(?: [\\p{L}\\d]+){0,4}? (?:onze|our) (?:nieuwe|new))\\s+(?:(?:a|an|een|de|het|the|onze|our)\\s+)?"
			+ "(\\p{L}[\\p{L}-]+)");

	/** Time said beside a held job: "developer with us since 2022,", "al tien jaar". */
	private static final Pattern SINCE = Pattern.compile(
			"(?iu)\\s+(?:(?:with us|bij ons|here|hier)\\s+)?" + "(?:since|sinds|for|already|al)\\b[^,;.()]{0,30}[,)]");

	/**
	 * "Tim stopt als magazijnchef; hij wordt dan accountmanager": a job left for another.
	 */
	private static final Pattern STOPS_AS_THEN = Pattern.compile("(?iu)\\b(?:stopt|stoppen|stops?|stopping|"
			+ "stop working|stops working)\\b(?: [\\p{L}\\d]+){0,4}? (?:als|as)\\b[^.!?\\n]{1,80}?\\b(?:wordt|worden|"
			+ "becomes?|will become|gaat (?:verder|door) als|goes on as|continues as)\\b"
			+ "(?!\\s+(?:opgevolgd|vervangen|bedankt|gemist|uitgezwaaid|gepensioneerd|replaced|succeeded|missed|"
			+ "retired|available|vacant|a pensioner|zzp'?er|freelancer|zelfstandig)\\b)");

	private HeldJob() {
	}

	/** Whether the words stop one job and name the next one: a move, not a leaving. */
	static boolean leftForAnother(String body, int from, int to) {
		return STOPS_AS_THEN.matcher(body).region(from, to).find();
	}

	/**
	 * Whether an occupation outside the catalogue is said as a title right before the
	 * name, and a new job after it ("Monteur Rik Hagen gaat aan de slag als
	 * accountmanager").
	 */
	static boolean titleBefore(String body, int nameStart, int nameEnd, int to) {
		Matcher word = Pattern.compile("(\\p{L}[\\p{L}-]+)\\s+$")
			.matcher(body.substring(Math.max(0, nameStart - 40), nameStart));
		if (!word.find() || !Occupations.is(word.group(1))) {
			return false;
		}
		String before = body.substring(Math.max(0, nameStart - 60), nameStart - word.group().length())
			.toLowerCase(Locale.ROOT);
		return !before.matches("(?s).*\\b(?:nieuwe?|new|een|a|an)\\s*$") && newJob(body, nameEnd, to, List.of()) >= 0;
	}

	/**
	 * Whether the one role read is held now: right before the name or beside it with time
	 * said, while a new job outside it is said after the name.
	 */
	static boolean heldNow(String body, int nameStart, int nameEnd, int roleStart, int roleEnd, int to,
			List<int[]> roles) {
		boolean before = roleEnd <= nameStart && body.substring(roleEnd, nameStart).matches("\\s+");
		boolean beside = roleStart >= nameEnd && body.substring(nameEnd, roleStart).matches("\\s*,\\s*")
				&& SINCE.matcher(body).region(roleEnd, to).lookingAt();
		if (!before && !beside) {
			return false;
		}
		return newJob(body, Math.max(nameEnd, roleEnd), to, roles) >= 0;
	}

	private static int newJob(String body, int from, int to, List<int[]> roles) {
		Matcher job = NEW_JOB.matcher(body).region(from, to);
		while (job.find()) {
			int at = job.start(1);
			if (roles.stream().noneMatch(r -> r[0] <= at && at < r[1])) {
				return at;
			}
		}
		// "wordt verzorgende Gerda Pols planner": the new job right after the name
		Matcher bare = Pattern
			.compile("^\\s+(\\p{Ll}[\\p{L}-]{3,})(?:\\s+(?:op|in|bij|at|on|for|voor|van|of)\\b|\\s*[.,;!]|\\s*$)")
			.matcher(body.substring(from, to));
		return bare.find() && body.substring(Math.max(0, from - 80), from)
			.matches("(?is).*\\b(?:wordt|worden)\\s+\\S+\\s+\\S+(?:\\s+\\S+)?$") ? from : -1;
	}

}
