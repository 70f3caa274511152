package io.handover.intake;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Whatever a manager types, they get a form or a question, never an error: the parser
 * must not throw on any text, however cut short or oddly ordered.
 */
class ParserNeverThrowsTests {

	@Test
	void aPromotionWithTheOnlyRoleBeforeTheNameIsReadNotThrown() {
		for (String text : List.of("Promotion for our carer Famke Udding, from 1 April.",
				"Promotie voor onze verzorgende Famke Udding per 1 april.")) {
			List<Announcement> read = new ArrayList<>();
			assertThatCode(() -> read.addAll(OnTheCorpusDay.parseAll(text))).as(text).doesNotThrowAnyException();
			assertThat(read).as(text).hasSize(1);
			assertThat(read.get(0).employeeName()).as(text).isEqualTo("Famke Udding");
			assertThat(read.get(0).date()).as(text).hasToString("2027-04-01");
		}
	}

	/**
	 * Every corpus message cut after every fifth of its words (each message a different
	 * fifth, so every kind of cut is met across the corpus; each word would take minutes
	 * of the suite now that the corpus has grown past 9,500 messages), and with its
	 * sentences in the opposite order: tens of thousands of texts a manager could send.
	 */
	@Test
	void noCorpusMessageCutShortOrReorderedMakesTheParserThrow() throws Exception {
		List<String> thrown = new ArrayList<>();
		int texts = 0;
		int messages = 0;
		for (String set : IntakeCorpusTests.everySet()) {
			boolean blind = set.contains("/blind");
			for (JsonNode message : IntakeCorpusTests.corpus(set)) {
				String text = message.path("text").asString();
				List<String> variants = new ArrayList<>();
				int word = messages++;
				for (int i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
					if (word++ % 5 == 0) {
						variants.add(text.substring(0, i));
					}
				}
				List<String> sentences = new ArrayList<>(List.of(text.split("(?<=[.!?])\\s+")));
				java.util.Collections.reverse(sentences);
				variants.add(String.join(" ", sentences));
				for (String variant : variants) {
					texts++;
					try {
						OnTheCorpusDay.parseAll(variant);
					}
					catch (RuntimeException ex) {
						thrown.add(set + " " + message.path("id").asString() + ": " + ex + " at " + whereIn(ex)
								+ (blind ? "" : " — " + variant));
					}
				}
			}
		}
		thrown.forEach((line) -> System.out.println("PARSER THREW " + line));
		assertThat(texts).isGreaterThan(20_000);
		assertThat(thrown).as("texts the parser threw on").isEmpty();
	}

	private static String whereIn(Throwable ex) {
		for (StackTraceElement frame : ex.getStackTrace()) {
			if (frame.getClassName().startsWith("io.handover")) {
				return frame.getClassName().replace("io.handover.intake.", "") + ":" + frame.getLineNumber();
			}
		}
		return "?";
	}

}
