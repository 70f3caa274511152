package io.handover.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a server set to Turkish, "PRODUCTION".toLowerCase() is "productıon" and "JOINER" is
 * "joıner": the bot refused to start and refusals named a "joıner" ticket. Every change
 * of case in the product names its locale, so words compare and read the same on every
 * server.
 */
class CaseChangesIgnoreTheServersLanguageTests {

	private static final Pattern SERVER_LANGUAGE_CASE = Pattern.compile("\\.to(Lower|Upper)Case\\(\\)");

	@Test
	void noSourceChangesCaseInTheServersLanguage() throws IOException {
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			List<String> found = sources.filter((file) -> file.toString().endsWith(".java"))
				.flatMap(CaseChangesIgnoreTheServersLanguageTests::serverLanguageCases)
				.toList();
			assertThat(found).as("case changes without a locale").isEmpty();
		}
	}

	@Test
	void theCheckFindsACaseChangeWithoutALocale() {
		assertThat(SERVER_LANGUAGE_CASE.matcher("mode.trim().toLowerCase();").find()).isTrue();
		assertThat(SERVER_LANGUAGE_CASE.matcher("mode.trim().toLowerCase(Locale.ROOT);").find()).isFalse();
	}

	private static Stream<String> serverLanguageCases(Path file) {
		try {
			List<String> lines = Files.readAllLines(file);
			return IntStream.range(0, lines.size())
				.filter((line) -> SERVER_LANGUAGE_CASE.matcher(lines.get(line)).find())
				.mapToObj((line) -> file + ":" + (line + 1) + " " + lines.get(line).strip());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
