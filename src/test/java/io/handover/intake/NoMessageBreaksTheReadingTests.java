package io.handover.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager's message gets a form or "I found no one", never "something went wrong": two
 * crashes were found by chance (initials before a bracketed first name at the message's
 * end; a Turkish "İ" that lower-cases to two characters), both from places read in one
 * copy of the text and used in another. Every corpus message is read again as managers
 * also write it: cut off right after a name, in capitals, in lower case, with Windows
 * line ends, non-breaking spaces, an emoji after the name, letters that change length
 * when their case changes. The suite reads a rotating sample (each message one way); run
 * with {@code -Dintake.everyWay=true} to read every message every way (about 14,000 × 10,
 * a quarter of an hour). With the "İ" fix switched off the sample fails.
 */
class NoMessageBreaksTheReadingTests {

	private static final boolean EVERY_WAY = Boolean.getBoolean("intake.everyWay");

	/** One message in this many is read in the suite; every way it is written rotates. */
	private static final int SAMPLE = 8;

	private static final List<Way> WAYS = List.of(new Way("cut after a name", Ways::cutAfterName),
			new Way("cut after a name and a full stop", (text, names) -> Ways.cutAfterName(text, names) + "."),
			new Way("in capitals", (text, names) -> text.toUpperCase(Locale.ROOT)),
			new Way("in lower case", (text, names) -> text.toLowerCase(Locale.ROOT)),
			new Way("with Windows line ends", (text, names) -> text.replace("\n", "\r\n")),
			new Way("with non-breaking spaces", (text, names) -> text.replace(' ', '\u00A0')),
			new Way("with an emoji after a name", Ways::emojiAfterName),
			new Way("with letters that grow in capitals", (text, names) -> text.replace("ss", "ß").replace("fi", "ﬁ")),
			new Way("cut after a name with a dotted capital I",
					(text, names) -> Ways.cutAfterName(text.replace('I', 'İ'), names)),
			new Way("cut to its first line", (text, names) -> text.lines().findFirst().orElse(text)));

	@Test
	void everyCorpusMessageIsReadHoweverItIsWrittenOrCut() throws IOException {
		List<String> failures = new ArrayList<>();
		int read = 0;
		int place = 0;
		for (String set : IntakeCorpusTests.everySet()) {
			for (JsonNode message : IntakeCorpusTests.corpus(set)) {
				String text = message.path("text").asString();
				List<String> names = names(message);
				for (int way = 0; way < WAYS.size(); way++) {
					if (EVERY_WAY || (place % (WAYS.size() * SAMPLE) == way)) {
						read++;
						String written = WAYS.get(way).write().apply(text, names);
						try {
							IntakeCorpusTests.PARSER.parseAll(written, IntakeCorpusTests.TODAY,
									IntakeCorpusTests.ROLES);
						}
						catch (RuntimeException ex) {
							failures.add(message.path("id").asString() + " " + WAYS.get(way).name() + ": " + ex + " on "
									+ written.replace("\n", "\\n"));
						}
					}
				}
				place++;
			}
		}
		System.out.println("READ ANY WAY " + read + " messages, " + failures.size() + " failed");
		assertThat(read).as("messages read").isGreaterThan(EVERY_WAY ? 100_000 : 1_500);
		assertThat(failures).as("messages the reading failed on").isEmpty();
	}

	@Test
	void aMessageEndingRightAfterANameWithInitialsOrAnIIsRead() {
		for (String text : List.of("Per 1 maart treedt drs. J.P. (Jan-Peter) de Groot in dienst",
				"İlknur Yılmaz begint maandag", "Claus Weiß begint maandag", "Welcome Ayşe 🎉",
				"Per 1 maart\r\nNieuw: Sofie Maes")) {
			assertThat(IntakeCorpusTests.PARSER.parseAll(text, IntakeCorpusTests.TODAY, IntakeCorpusTests.ROLES))
				.as(text)
				.isNotEmpty();
		}
	}

	private static List<String> names(JsonNode message) {
		List<String> names = new ArrayList<>();
		for (JsonNode person : message.path("expect")) {
			if (person.hasNonNull("name")) {
				names.add(person.path("name").asString());
			}
		}
		return names;
	}

	private record Way(String name, BiFunction<String, List<String>, String> write) {
	}

	/** Where a name's last word stands in the message as written (any case). */
	private static final class Ways {

		static String cutAfterName(String text, List<String> names) {
			int end = nameEnd(text, names);
			return (end < 0) ? text.substring(0, text.length() / 2) : text.substring(0, end);
		}

		static String emojiAfterName(String text, List<String> names) {
			int end = nameEnd(text, names);
			return (end < 0) ? text + " 🎉" : text.substring(0, end) + " 🎉" + text.substring(end);
		}

		private static int nameEnd(String text, List<String> names) {
			for (String name : names) {
				String[] words = name.split("\\s+");
				String last = words[words.length - 1];
				for (int at = 0; at + last.length() <= text.length(); at++) {
					if (text.regionMatches(true, at, last, 0, last.length())) {
						return at + last.length();
					}
				}
			}
			return -1;
		}

	}

}
