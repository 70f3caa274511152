package io.handover.cards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.core.io.DefaultResourceLoader;

/**
 * The fixtures under {@code src/test/resources/cards/}:
 * {@code <template>.<variant>.data.json}, each rendered in English and in Dutch.
 */
final class CardFixtures {

	static final Path FOLDER = Paths.get("src/test/resources/cards");

	static final ObjectMapper JSON = new ObjectMapper();

	private CardFixtures() {
	}

	/** The catalogue as the application builds it, on the organisation's zone. */
	static Cards cards() {
		return new Cards(new ObjectMapper(), ZoneId.of("Europe/Amsterdam"), new DefaultResourceLoader(),
				"classpath:cards/templates/");
	}

	record Fixture(CardName card, String variant, Locale locale, JsonNode data) {

		String id() {
			return card.template().replace(".json", "") + "." + variant + "." + locale.getLanguage();
		}

		@Override
		public String toString() {
			return id();
		}

	}

	static List<Fixture> all() {
		List<Fixture> fixtures = new ArrayList<>();
		try (Stream<Path> files = Files.list(FOLDER)) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				if (!name.endsWith(".data.json")) {
					continue;
				}
				String base = name.substring(0, name.length() - ".data.json".length());
				int dot = base.indexOf('.');
				CardName card = cardFor(base.substring(0, dot) + ".json");
				JsonNode data = JSON.readTree(file.toFile());
				for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl-NL"))) {
					fixtures.add(new Fixture(card, base.substring(dot + 1), locale, data));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return fixtures;
	}

	static Fixture one(CardName card, String variant, Locale locale) {
		return all().stream()
			.filter(f -> f.card() == card && f.variant().equals(variant)
					&& f.locale().getLanguage().equals(locale.getLanguage()))
			.findFirst()
			.orElseThrow();
	}

	private static CardName cardFor(String template) {
		for (CardName name : CardName.values()) {
			if (name.template().equals(template)) {
				return name;
			}
		}
		throw new IllegalStateException("Fixture for unknown template " + template);
	}

}
