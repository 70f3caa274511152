package io.handover.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list item's own job, said as its line's last field: "- Emre Kaya, 18 Jan, warehouse"
 * under "- Oliver Grant, 4 Jan, sales". The line says the job, though the catalogue does
 * not know it: no other line's job is shared to it.
 */
final class ListLineJob {

	/**
	 * A bulleted line: the name, then fields set off by commas, the last a word or two.
	 */
	private static final Pattern LINE = Pattern.compile(
			"(?m)^[ \\t]*[-*•·–][ \\t]*([^,\\n]+)(?:,[^,\\n]+)*,[ \\t]*(\\p{L}[\\p{L}-]*(?:[ \\t]+\\p{L}[\\p{L}-]*)?)"
					+ "[ \\t.;]*$");

	private static final Pattern BULLETED = Pattern.compile("[ \\t]*[-*•·–]");

	private static String lineOf(String body, int at) {
		int start = body.lastIndexOf('\n', at - 1) + 1;
		return body.substring(start);
	}

	private ListLineJob() {
	}

	/**
	 * A job or a unit: "warehouse", "magazijn", "bakker"; no town, day or way of working.
	 */
	private static boolean ownWork(String words) {
		String[] each = words.split("\\s+");
		return HeldJob.unit(words) || Occupations.is(each[each.length - 1]);
	}

	static List<Announcement> own(String body, List<RoleWords.Mention> roles, List<Announcement> read) {
		List<Announcement> result = new ArrayList<>(read);
		Matcher line = LINE.matcher(body);
		while (line.find()) {
			int lineStart = line.start();
			int lineEnd = line.end();
			// a job of the catalogue said on the line is the reading's own
			if (roles.stream().anyMatch(r -> r.start() >= lineStart && r.end() <= lineEnd) || !ownWork(line.group(2))) {
				continue;
			}
			String name = line.group(1).strip();
			for (int i = 0; i < result.size(); i++) {
				Announcement a = result.get(i);
				String key = a.roleKey();
				// a job said for all, in a heading ("Nieuwe verkopers:"), stays theirs
				if (key != null && name.equalsIgnoreCase(a.employeeName())
						&& roles.stream()
							.filter(r -> r.key().equals(key))
							.allMatch(r -> BULLETED.matcher(lineOf(body, r.start())).lookingAt())) {
					result.set(i, new Announcement(a.kind(), a.employeeName(), a.date(), line.group(2), null,
							a.workLocation(), a.dateWords(), a.currentRoleKey(), a.notes(), a.language(), a.model()));
				}
			}
		}
		return result;
	}

}
