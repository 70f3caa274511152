package io.handover.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.handover.language.LanguageModel;
import io.handover.language.LanguageModelFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A second reading of an announcement by the optional language model
 * ({@code handover.intake.model.enabled}, off by default). The model fills a JSON schema
 * (intent, name, date, role per person); our code checks every value — the intent one of
 * three, the name must occur in the message, the date is parsed by us and must be a real
 * date, the role must name a profile of our catalogue — and drops what fails. Our own
 * reading stays on the form: what the model read otherwise, or what it found that we did
 * not (then filled in), becomes a note next to the field. A model that is slow (past
 * {@code handover.intake.model.timeout}), throttled, failing or answering anything but
 * the schema leaves our reading unchanged. Only the message text is sent, with today's
 * date in the instructions: nothing from the employee register.
 */
@Component
class AnnouncementModel {

	private static final Logger log = LoggerFactory.getLogger(AnnouncementModel.class);

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	static final String SCHEMA_NAME = "announcement";

	static final String INSTRUCTIONS = """
			You read a manager's message announcing that people start (are hired, join), leave (resign, \
			are offboarded, their contract ends) or change role within the organisation. The message may be \
			in English or Dutch. Today is %s.
			For each person the message announces, give:
			- intent: "starter", "leaver" or "role_change"; null when the message does not say;
			- name: the person's name exactly as written in the message; null when no name is given;
			- date: the start date, the last working day or the date of the role change, as YYYY-MM-DD, \
			relative dates worked out from today; null when the message gives no date;
			- role: the words of the message naming the role (for a role change the new role); null when none.
			Use only what the message says; never guess. Someone only mentioned (who is replaced, who to \
			tell) is not announced. Answer with the JSON object only.""";

	/** The JSON schema the model answers in (strict structured output). */
	static final Map<String, Object> SCHEMA = schema();

	private final LanguageModel model;

	private final IntakeModelProperties properties;

	AnnouncementModel(LanguageModel model, IntakeModelProperties properties) {
		this.model = model;
		this.properties = properties;
	}

	/** Whether announcements are read by the model too: switched on and configured. */
	boolean active() {
		return this.properties.enabled() && this.model.available();
	}

	/**
	 * Our reading, with what the model read otherwise (or found that we did not) added to
	 * each announcement; ours unchanged when the model is off, fails, is too slow or
	 * answers anything the checks refuse.
	 * @param text the message as the manager wrote it (only this is sent)
	 * @param ours our own reading of it
	 */
	List<Announcement> check(String text, List<Announcement> ours, LocalDate today, RoleCatalogue.Snapshot roles) {
		if (!active() || text == null || text.isBlank()) {
			return ours;
		}
		String sent = text.length() > AnnouncementParser.READ_AT_MOST
				? text.substring(0, AnnouncementParser.READ_AT_MOST) : text;
		long started = System.nanoTime();
		String answer;
		try {
			answer = this.model.completeJson(instructions(today), sent, SCHEMA_NAME, SCHEMA, this.properties.timeout());
		}
		catch (LanguageModelFailure failure) {
			log.warn("Announcement read without the language model ({} after {} ms): {}", failure.kind(),
					(System.nanoTime() - started) / 1_000_000, failure.getMessage());
			return ours;
		}
		Optional<List<Person>> read = people(answer, text, roles);
		if (read.isEmpty()) {
			return ours;
		}
		return merged(ours, read.get(), today);
	}

	static String instructions(LocalDate today) {
		return INSTRUCTIONS.formatted(today + " ("
				+ today.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + ")");
	}

	/** One person as the model read them, each value checked; null where it failed. */
	record Person(Announcement.Kind kind, String name, LocalDate date, String roleKey, String roleTitle) {
	}

	/**
	 * The people in the model's answer, every value checked; empty when the answer is not
	 * the schema's JSON (then nothing of it is used).
	 */
	static Optional<List<Person>> people(String answer, String text, RoleCatalogue.Snapshot roles) {
		JsonNode json;
		try {
			json = JSON.readTree(answer);
		}
		catch (RuntimeException unreadable) {
			log.warn("The language model's reading of an announcement is not JSON; our own reading is used");
			return Optional.empty();
		}
		JsonNode people = json == null ? null : json.get("people");
		if (people == null || !people.isArray()) {
			log.warn("The language model's reading of an announcement has no list of people; our own reading is used");
			return Optional.empty();
		}
		String words = " " + Intake.fold(text) + " ";
		List<Person> read = new ArrayList<>();
		for (JsonNode person : people) {
			if (!person.isObject()) {
				log.warn(
						"The language model's reading of an announcement is not the schema's; our own reading is used");
				return Optional.empty();
			}
			Optional<String> intent = string(person, "intent");
			Optional<String> name = string(person, "name");
			Optional<String> date = string(person, "date");
			Optional<String> role = string(person, "role");
			if (intent == null || name == null || date == null || role == null) {
				log.warn(
						"The language model's reading of an announcement is not the schema's; our own reading is used");
				return Optional.empty();
			}
			Announcement.Kind kind = intent.map(AnnouncementModel::kind).orElse(null);
			if (intent.isPresent() && kind == null) {
				log.warn("The language model gave an intent outside the three; our own reading is used");
				return Optional.empty();
			}
			// The name must be in the message: a model may make one up.
			String checkedName = name.map(String::strip)
				.filter(n -> !Intake.fold(n).isEmpty() && words.contains(" " + Intake.fold(n) + " "))
				.filter(n -> n.indexOf('<') < 0 && n.indexOf('>') < 0)
				.orElse(null);
			if (name.isPresent() && checkedName == null) {
				log.info("The language model read a name that is not in the message; it is not used");
			}
			LocalDate checkedDate = date.map(AnnouncementModel::date).orElse(null);
			if (date.isPresent() && checkedDate == null) {
				log.info("The language model read a date that is not a date; it is not used");
			}
			String roleKey = role.flatMap(roles::keyOf).orElse(null);
			read.add(new Person(kind, checkedName, checkedDate, roleKey,
					roleKey != null ? roles.titleOf(roleKey) : null));
		}
		return Optional.of(read);
	}

	/**
	 * The value at the key: empty for JSON null, null when missing or not a string (not
	 * the schema).
	 */
	private static Optional<String> string(JsonNode person, String key) {
		JsonNode value = person.get(key);
		if (value == null) {
			return null;
		}
		if (value.isNull()) {
			return Optional.empty();
		}
		if (!value.isString()) {
			return null;
		}
		String text = value.asString().strip();
		return text.isEmpty() ? Optional.empty() : Optional.of(text);
	}

	private static Announcement.Kind kind(String intent) {
		return switch (intent) {
			case "starter" -> Announcement.Kind.STARTER;
			case "leaver" -> Announcement.Kind.LEAVER;
			case "role_change" -> Announcement.Kind.ROLE_CHANGE;
			default -> null;
		};
	}

	private static LocalDate date(String iso) {
		try {
			return LocalDate.parse(iso, ISO);
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}

	/**
	 * Ours, each announcement with what the model read about the same person (same name;
	 * or, when the model read as many people, the one in the same place) where it differs
	 * or fills a gap. A gap it fills is filled, with the note; what we read stays.
	 */
	static List<Announcement> merged(List<Announcement> ours, List<Person> theirs, LocalDate today) {
		List<Announcement> all = new ArrayList<>();
		List<Person> left = new ArrayList<>(theirs);
		for (int i = 0; i < ours.size(); i++) {
			Announcement our = ours.get(i);
			Person their = left.stream()
				.filter(p -> p.name() != null && our.employeeName() != null
						&& Intake.fold(p.name()).equals(Intake.fold(our.employeeName())))
				.findFirst()
				.orElse(null);
			if (their == null && ours.size() == theirs.size()) {
				Person same = theirs.get(i);
				their = left.contains(same) ? same : null;
			}
			if (their == null) {
				all.add(our);
				continue;
			}
			left.remove(their);
			all.add(merged(our, their, today));
		}
		return all;
	}

	private static Announcement merged(Announcement our, Person their, LocalDate today) {
		Announcement.Kind kind = our.kind() != null ? our.kind() : their.kind();
		Announcement.Kind kindNote = their.kind() != null && their.kind() != our.kind() ? their.kind() : null;
		String name = our.employeeName() != null ? our.employeeName() : their.name();
		String nameNote = their.name() != null && !Intake.fold(their.name()).equals(Intake.fold(our.employeeName()))
				? their.name() : null;
		LocalDate date = our.date() != null ? our.date() : their.date();
		LocalDate dateNote = their.date() != null && !their.date().equals(our.date()) ? their.date() : null;
		boolean leaver = kind == Announcement.Kind.LEAVER;
		String roleKey = our.roleKey() != null || leaver ? our.roleKey() : their.roleKey();
		String roleNote = !leaver && their.roleKey() != null && !their.roleKey().equals(our.roleKey())
				? their.roleTitle() : null;
		String roleWords = our.roleKey() == null && roleKey != null ? their.roleTitle() : our.roleWords();
		var notes = new java.util.HashSet<>(our.notes());
		if (our.date() == null && date != null) {
			// the model's date, checked as ours would be
			if (date.isBefore(today)) {
				notes.add(Announcement.Note.PAST_DATE);
			}
			if (date.isAfter(today.plusMonths(AnnouncementParser.PLAUSIBLE_MONTHS))) {
				notes.add(Announcement.Note.FAR_DATE);
			}
		}
		Announcement.ModelReading reading = new Announcement.ModelReading(kindNote, nameNote, dateNote, roleNote);
		return new Announcement(kind, name, date, roleWords, roleKey, our.workLocation(),
				our.date() == null && date != null ? date.toString() : our.dateWords(), our.currentRoleKey(), notes,
				our.language(), reading.isEmpty() ? null : reading);
	}

	private static Map<String, Object> schema() {
		Map<String, Object> nullableString = Map.of("type", List.of("string", "null"));
		Map<String, Object> intent = new LinkedHashMap<>();
		intent.put("type", List.of("string", "null"));
		intent.put("enum", Arrays.asList("starter", "leaver", "role_change", null));
		Map<String, Object> date = new LinkedHashMap<>();
		date.put("type", List.of("string", "null"));
		date.put("description", "YYYY-MM-DD");
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("intent", intent);
		properties.put("name", nullableString);
		properties.put("date", date);
		properties.put("role", nullableString);
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("type", "object");
		person.put("additionalProperties", false);
		person.put("required", List.of("intent", "name", "date", "role"));
		person.put("properties", properties);
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("type", "object");
		schema.put("additionalProperties", false);
		schema.put("required", List.of("people"));
		schema.put("properties", Map.of("people", Map.of("type", "array", "items", person)));
		return java.util.Collections.unmodifiableMap(schema);
	}

}
