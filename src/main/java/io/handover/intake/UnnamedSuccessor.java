package io.handover.intake;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence about a successor not named: "Noah Peters leaves on Friday. His successor
 * starts on 4 January." Its start and its date are the successor's, no part of the person
 * before (who was read as a starter on the successor's day).
 */
final class UnnamedSuccessor {

	private static final Pattern OPENS = Pattern.compile("(?iu)(?:^|[.;!?\\n])\\s*(?:his|her|their|zijn|haar|hun|"
			+ "the|de|a|an|een)\\s+(?:new\\s+|nieuwe\\s+)?(?:successor|replacement|stand-in|opvolger|opvolgster|"
			+ "vervanger|vervangster|invaller|invalster)\\b");

	private static final Pattern SENTENCE_END = Pattern.compile("[.;!?\\n]");

	private UnnamedSuccessor() {
	}

	/**
	 * Where a person's part ends: at the first sentence in it about a successor named in
	 * no part of it, or at {@code end}.
	 */
	static int partEnd(String body, int from, int end, List<AnnouncementParser.Span> persons) {
		Matcher opens = OPENS.matcher(body).region(from, end);
		while (opens.find()) {
			int start = opens.start();
			Matcher stop = SENTENCE_END.matcher(body).region(opens.end(), body.length());
			int sentenceEnd = stop.find() ? stop.start() : body.length();
			if (persons.stream().noneMatch(p -> p.start() >= start && p.start() < sentenceEnd)) {
				return start;
			}
		}
		return end;
	}

}
