import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.handover.cards.CardName;
import io.handover.cards.Cards;

/**
 * How long expanding a card takes with the card catalogue (plain Java, not part of the
 * test run; see bench/README.md). Prints microseconds per card and, as a yardstick, the
 * ratio to Jackson reading the same card's JSON text.
 */
public class CardExpansionBenchmark {

	public static void main(String[] args) throws Exception {
		ObjectMapper mapper = new ObjectMapper();
		Cards cards = new Cards(mapper, Clock.systemUTC(), "classpath:cards/templates/");
		Path fixtures = Path.of("src/test/resources/cards");
		measure(cards, mapper, CardName.DEPARTMENT_TASKS, mapper.readTree(fixtures.resolve("task-department.mixed.data.json").toFile()), "department card, 6 tasks");
		measure(cards, mapper, CardName.DEPARTMENT_TASKS, mapper.readTree(fixtures.resolve("task-department.twenty.data.json").toFile()), "department card, 20 tasks");
		measure(cards, mapper, CardName.TICKET_STATUS, mapper.readTree(fixtures.resolve("ticket-status.in-progress.data.json").toFile()), "ticket status");
		measure(cards, mapper, CardName.MESSAGE, mapper.readTree(fixtures.resolve("teams-message.confirmation.data.json").toFile()), "message");
	}

	private static void measure(Cards cards, ObjectMapper mapper, CardName name, JsonNode data, String label) throws Exception {
		Locale dutch = Locale.forLanguageTag("nl-NL");
		String json = mapper.writeValueAsString(cards.render(name, data, dutch));
		long sink = 0;
		for (int i = 0; i < 20_000; i++) { // warm-up
			sink += cards.render(name, data, dutch).size();
			sink += mapper.readTree(json).size();
		}
		int rounds = 20_000;
		long start = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			sink += cards.render(name, data, dutch).size();
		}
		double expandMicros = (System.nanoTime() - start) / 1_000.0 / rounds;
		start = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			sink += mapper.readTree(json).size();
		}
		double parseMicros = (System.nanoTime() - start) / 1_000.0 / rounds;
		System.out.printf("%-28s %8.1f µs/card  (%6.1f KB; Jackson readTree of the same card %6.1f µs; ratio %.1fx)  [%d]%n",
				label, expandMicros, json.length() / 1024.0, parseMicros, expandMicros / parseMicros, sink % 10);
	}

}
