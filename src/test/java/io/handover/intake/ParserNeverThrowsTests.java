package io.handover.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Whatever a manager types, they get a form or a question, never an error: the parser
 * must not throw on any text, however cut short or oddly ordered.
 */
class ParserNeverThrowsTests {

	/**
	 * Cut after one word in this many: fourteen in the suite (the corpus passed 14,000
	 * messages and the suite neared its 15 minutes), seven with
	 * {@code -Dintake.everyWay=true}, as {@link NoMessageBreaksTheReadingTests} reads
	 * every way then.
	 */
	private static final int CUT_EVERY = Boolean.getBoolean("intake.everyWay") ? 7 : 14;

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
	 * Every corpus message cut after one word in {@link #CUT_EVERY} (each message from a
	 * different word, so every kind of cut is met across the corpus; each word would take
	 * minutes of the suite now that the corpus has grown past 11,000 messages, and every
	 * fifth took two), and with its sentences in the opposite order where it has more
	 * than one: tens of thousands of texts a manager could send.
	 */
	@Test
	void noCorpusMessageCutShortOrReorderedMakesTheParserThrow() throws Exception {
		List<Message> messages = new ArrayList<>();
		for (String set : IntakeCorpusTests.everySet()) {
			for (JsonNode message : IntakeCorpusTests.corpus(set)) {
				messages.add(new Message(set, message.path("id").asString(), set.contains("/blind"),
						message.path("text").asString(), messages.size()));
			}
		}
		// The messages are independent, and the product shares one parser between
		// concurrent requests: they are read on the common pool and this thread at
		// once, so a core the other test JVM leaves idle (waiting on its stubs) is used.
		AtomicInteger texts = new AtomicInteger();
		List<String> thrown = messages.parallelStream().flatMap((message) -> {
			List<String> variants = message.variants();
			texts.addAndGet(variants.size());
			return variants.stream().map((variant) -> message.thrownBy(variant)).filter(Objects::nonNull);
		}).toList();
		thrown.forEach((line) -> System.out.println("PARSER THREW " + line));
		assertThat(texts.get()).isGreaterThan(20_000);
		assertThat(thrown).as("texts the parser threw on").isEmpty();
	}

	private record Message(String set, String id, boolean blind, String text, int place) {

		/**
		 * Cut after one word in CUT_EVERY, starting at a different word in each message.
		 */
		List<String> variants() {
			List<String> variants = new ArrayList<>();
			int word = this.place;
			for (int i = this.text.indexOf(' '); i > 0; i = this.text.indexOf(' ', i + 1)) {
				if (word++ % CUT_EVERY == 0) {
					variants.add(this.text.substring(0, i));
				}
			}
			List<String> sentences = new ArrayList<>(List.of(this.text.split("(?<=[.!?])\\s+")));
			java.util.Collections.reverse(sentences);
			String reversed = String.join(" ", sentences);
			if (!reversed.equals(this.text)) {
				variants.add(reversed);
			}
			return variants;
		}

		String thrownBy(String variant) {
			try {
				OnTheCorpusDay.parseAll(variant);
				return null;
			}
			catch (RuntimeException ex) {
				return this.set + " " + this.id + ": " + ex + " at " + whereIn(ex)
						+ (this.blind ? "" : " — " + variant);
			}
		}

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
