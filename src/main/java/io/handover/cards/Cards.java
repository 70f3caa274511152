package io.handover.cards;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.ser.std.StdSerializer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The card catalogue: the only way code gets a card. All templates are parsed and checked
 * when the application starts (a broken one stops it, naming template, path and
 * expression); {@link #render} then only binds data.
 *
 * <p>
 * Templates see the data as {@code $root} and the texts of the user's language as
 * {@code $host.text}. Timestamps ({@link Instant}, {@link OffsetDateTime},
 * {@link ZonedDateTime}) are handed to templates as local date-times of the
 * organisation's zone, because {@code formatDateTime} prints what it gets in UTC.
 */
@Service
public class Cards {

	private static final Logger log = LoggerFactory.getLogger(Cards.class);

	private final Map<CardName, CardTemplate> templates;

	private final CardTexts texts;

	private final ObjectMapper mapper;

	@Autowired
	public Cards(ObjectMapper objectMapper, Clock clock,
			@Value("${handover.cards.location:classpath:cards/templates/}") String location) {
		this(objectMapper, clock.getZone(), new DefaultResourceLoader(), location);
	}

	Cards(ObjectMapper objectMapper, ZoneId zone, ResourceLoader loader, String location) {
		this.mapper = dataMapper(objectMapper, zone);
		this.texts = CardTexts.load();
		this.templates = load(loader, location.endsWith("/") ? location : location + "/", this.texts);
		log.info("Loaded {} card templates from {}", this.templates.size(), location);
	}

	/**
	 * Expands a card.
	 * @param name the card
	 * @param data any Jackson-serialisable object or map (see {@code cards/README.md})
	 * @param locale the user's locale: Dutch texts for {@code nl}, English otherwise
	 * @return the Adaptive Card (version 1.5) to send
	 */
	public ObjectNode render(CardName name, Object data, Locale locale) {
		JsonNode root = (data == null) ? this.mapper.createObjectNode() : this.mapper.valueToTree(data);
		return expand(name, root, host(locale));
	}

	ObjectNode expand(CardName name, JsonNode root, JsonNode host) {
		// names, reasons and other values from outside never become Markdown
		JsonNode card = this.templates.get(name).expandEscaped(root, host);
		if (card == null || !card.isObject()) {
			throw new IllegalStateException("Card template " + name.template() + " did not expand to a card");
		}
		return (ObjectNode) card;
	}

	/** What templates see as {@code $host} for a locale. */
	JsonNode host(Locale locale) {
		return this.texts.host(locale);
	}

	/** The data as templates see it ({@code $root}). */
	JsonNode root(Object data) {
		return this.mapper.valueToTree(data);
	}

	CardTemplate template(CardName name) {
		return this.templates.get(name);
	}

	private static Map<CardName, CardTemplate> load(ResourceLoader loader, String location, CardTexts texts) {
		ObjectMapper json = new ObjectMapper();
		Map<String, CardTemplate> byFile = new TreeMap<>();
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver(loader).getResources(location + "*.json");
			for (Resource resource : resources) {
				String file = resource.getFilename();
				JsonNode tree;
				try (InputStream in = resource.getInputStream()) {
					tree = json.readTree(in);
				}
				catch (IOException ex) {
					throw new TemplateException(file, "/", "", "not valid JSON: " + ex.getMessage());
				}
				CardTemplate template = CardTemplate.parse(file, tree);
				texts.checkKeysUsedBy(template);
				byFile.put(file, template);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read card templates from " + location, ex);
		}
		Map<CardName, CardTemplate> templates = new EnumMap<>(CardName.class);
		for (CardName name : CardName.values()) {
			CardTemplate template = byFile.get(name.template());
			if (template == null) {
				throw new IllegalStateException(
						"Card template " + name.template() + " for " + name + " is missing in " + location);
			}
			templates.put(name, template);
		}
		return templates;
	}

	private static ObjectMapper dataMapper(ObjectMapper objectMapper, ZoneId zone) {
		DateTimeFormatter local = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
		SimpleModule timestamps = new SimpleModule("card-timestamps");
		timestamps.addSerializer(
				new LocalTimestamp<>(Instant.class, value -> LocalDateTime.ofInstant(value, zone).format(local)));
		timestamps.addSerializer(new LocalTimestamp<>(OffsetDateTime.class,
				value -> value.atZoneSameInstant(zone).toLocalDateTime().format(local)));
		timestamps.addSerializer(new LocalTimestamp<>(ZonedDateTime.class,
				value -> value.withZoneSameInstant(zone).toLocalDateTime().format(local)));
		return objectMapper.rebuild().addModule(timestamps).disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build();
	}

	private static final class LocalTimestamp<T> extends StdSerializer<T> {

		private final java.util.function.Function<T, String> format;

		LocalTimestamp(Class<T> type, java.util.function.Function<T, String> format) {
			super(type);
			this.format = format;
		}

		@Override
		public void serialize(T value, JsonGenerator generator, SerializationContext provider) {
			generator.writeString(this.format.apply(value));
		}

	}

}
