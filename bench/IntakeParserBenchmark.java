import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.Yaml;

import io.handover.intake.AnnouncementParser;
import io.handover.intake.RoleName;

/**
 * How long the deterministic extractor takes per message (issue 18), over every message
 * of the intake corpus (tuning and blind parts), with the shipped role profiles. Plain
 * Java, not part of the test run; see bench/README.md. Prints p50, p99 and max in
 * microseconds per message after a warm-up.
 */
public class IntakeParserBenchmark {

	public static void main(String[] args) throws Exception {
		List<String> texts = new ArrayList<>();
		ObjectMapper json = new ObjectMapper();
		for (String part : List.of("src/test/resources/intake/tuning.jsonl", "src/test/resources/intake/blind/blind.jsonl")) {
			for (String line : Files.readAllLines(Path.of(part))) {
				if (!line.isBlank()) {
					texts.add(json.readTree(line).path("text").asText());
				}
			}
		}
		List<RoleName> roles = new ArrayList<>();
		try (var files = Files.list(Path.of("src/main/resources/profiles"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					Map<String, Object> profile = new Yaml().load(in);
					List<String> names = new ArrayList<>();
					names.add((String) profile.get("key"));
					names.add((String) profile.get("title"));
					@SuppressWarnings("unchecked")
					List<String> aliases = (List<String>) profile.getOrDefault("aliases", List.of());
					names.addAll(aliases);
					roles.add(new RoleName((String) profile.get("key"), names));
				}
			}
		}
		AnnouncementParser parser = new AnnouncementParser();
		LocalDate today = LocalDate.of(2026, 12, 3);
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
		long sink = 0;
		for (int r = 0; r < 10; r++) { // warm-up
			for (String text : texts) {
				sink += parser.parseAll(text, today, roles).size();
			}
		}
		long[] nanos = new long[texts.size() * rounds];
		int k = 0;
		for (int r = 0; r < rounds; r++) {
			for (String text : texts) {
				long start = System.nanoTime();
				sink += parser.parseAll(text, today, roles).size();
				nanos[k++] = System.nanoTime() - start;
			}
		}
		Arrays.sort(nanos);
		System.out.printf("%d messages × %d rounds: p50 %.0f µs, p99 %.0f µs, max %.0f µs per message (sink %d)%n",
				texts.size(), rounds, nanos[nanos.length / 2] / 1000.0, nanos[(int) (nanos.length * 0.99)] / 1000.0,
				nanos[nanos.length - 1] / 1000.0, sink);
	}

}
