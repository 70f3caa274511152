package io.handover.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words looked for before the look back over a stretch match exactly where the plain look
 * back does: the parser's speed changes, not what it reads.
 */
class BehindTests {

	private static final String BEFORE = "\\b(?:begint|starts|joins)\\b[^.;\\n]{0,40}";

	private static final String WORDS = "(?:blijft|stays) (?:tot|until)\\b|and leaves on\\b";

	@Test
	void theWordsFirstMatchWhereThePlainLookBackDoes() {
		List<String> texts = List.of("Anna starts Monday and stays until 8 January.",
				"Anna begint maandag en blijft tot 8 januari.", "Tom joins on the 4th and leaves on 29 January.",
				"Tom stays until Friday.", "Anna starts Monday. She stays until 8 January.",
				"Lotte joins the team, stays until March and leaves on the 31st; Tom starts and stays until May.", "",
				"stays until");
		Pattern plain = Pattern.compile("(?i)(?<=" + BEFORE + ")(?:" + WORDS + ")");
		Pattern wordsFirst = Pattern.compile("(?i)" + Behind.then(BEFORE, WORDS));
		int found = 0;
		for (String text : texts) {
			assertThat(matches(wordsFirst, text)).as(text).isEqualTo(matches(plain, text));
			found += matches(plain, text).size();
		}
		assertThat(found).as("matches across the texts").isEqualTo(6);
	}

	private static List<String> matches(Pattern pattern, String text) {
		List<String> spans = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			spans.add(matcher.start() + "-" + matcher.end());
		}
		return spans;
	}

}
