package io.handover.intake;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.handover.language.LanguageModel;
import io.handover.language.LanguageModelProperties;
import io.handover.testing.ChatCompletionsEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The optional language model's second reading of an announcement, against an
 * OpenAI-compatible emulator: only the message text is sent, with a JSON schema; every
 * value it answers is checked by our code; where it reads otherwise (or fills a gap) the
 * form gets a note; a malformed, slow, throttled or failing answer leaves our own reading
 * exactly as it was; and with the model off nothing is sent. Today is Thursday 3 December
 * 2026.
 */
class AnnouncementModelTests {

	static final ChatCompletionsEmulator MODEL = new ChatCompletionsEmulator();

	static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	static final String TEXT = "Anna de Vries starts on 7 January as software engineer";

	final AnnouncementParser parser = new AnnouncementParser();

	final RoleCatalogue.Snapshot roles = catalogue();

	@AfterAll
	static void stop() {
		MODEL.close();
	}

	@BeforeEach
	void reset() {
		MODEL.reset();
	}

	static RoleCatalogue.Snapshot catalogue() {
		List<RoleName> names = IntakeCorpusTests.shippedRoles();
		Map<String, String> titles = new LinkedHashMap<>();
		for (RoleName name : names) {
			titles.put(name.key(), name.names().get(1));
		}
		return new RoleCatalogue.Snapshot(names, List.of(), titles, 0);
	}

	static AnnouncementModel model(boolean enabled, Duration timeout) {
		// the shared settings retry twice and wait 20 s: the intake's own limits must win
		LanguageModel model = LanguageModel.of(new LanguageModelProperties(MODEL.baseUrl(), ChatCompletionsEmulator.KEY,
				"intake-model", Duration.ofSeconds(20), 2, 300));
		return new AnnouncementModel(model, new IntakeModelProperties(enabled, timeout));
	}

	static AnnouncementModel model() {
		return model(true, Duration.ofSeconds(4));
	}

	List<Announcement> ours(String text) {
		return this.parser.parseAll(text, TODAY, this.roles.names());
	}

	static String person(String intent, String name, String date, String role) {
		return "{\"intent\":" + quoted(intent) + ",\"name\":" + quoted(name) + ",\"date\":" + quoted(date)
				+ ",\"role\":" + quoted(role) + "}";
	}

	static String quoted(String value) {
		return value == null ? "null" : "\"" + value + "\"";
	}

	static String people(String... people) {
		return "{\"people\":[" + String.join(",", people) + "]}";
	}

	@Test
	void onlyTheMessageTextIsSentWithTheSchemaAndTodaysDate() {
		MODEL.answer(request -> people(person("starter", "Anna de Vries", "2027-01-07", "software engineer")));

		model().check(TEXT, ours(TEXT), TODAY, this.roles);

		assertThat(MODEL.requests()).singleElement().satisfies(request -> {
			assertThat(request.user()).isEqualTo(TEXT);
			assertThat(request.system()).contains("2026-12-03 (Thursday)").doesNotContain("Anna");
			assertThat(request.model()).isEqualTo("intake-model");
			assertThat(request.responseFormat()).contains("\"json_schema\"")
				.contains("\"name\":\"announcement\"")
				.contains("\"strict\":true")
				.contains("role_change");
		});
	}

	@Test
	void aModelThatAgreesChangesNothingAndAddsNoNote() {
		MODEL.answer(request -> people(person("starter", "Anna de Vries", "2027-01-07", "Software Engineer")));
		List<Announcement> ours = ours(TEXT);

		List<Announcement> read = model().check(TEXT, ours, TODAY, this.roles);

		assertThat(read).isEqualTo(ours);
		assertThat(read.get(0).model()).isNull();
		assertThat(AnnouncementNotes.of(read.get(0), Locale.ENGLISH)).isEmpty();
	}

	@Test
	void whereTheModelReadsOtherwiseOurReadingStaysAndTheFormShowsItsReadingAsANote() {
		MODEL.answer(request -> people(person("leaver", "Anna de Vries", "2027-01-08", "account manager")));
		List<Announcement> ours = ours(TEXT);
		assertThat(ours.get(0).kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(ours.get(0).date()).isEqualTo(LocalDate.of(2027, 1, 7));

		Announcement read = model().check(TEXT, ours, TODAY, this.roles).get(0);

		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.date()).isEqualTo(LocalDate.of(2027, 1, 7));
		assertThat(read.roleKey()).isEqualTo("software-engineer");
		assertThat(read.model()).isEqualTo(new Announcement.ModelReading(Announcement.Kind.LEAVER, null,
				LocalDate.of(2027, 1, 8), "Account Manager"));
		Map<FormField, String> notes = AnnouncementNotes.of(read, Locale.ENGLISH);
		assertThat(notes.get(FormField.EMPLOYEE_NAME)).contains("The language model read this as a leaver");
		assertThat(notes.get(FormField.DATE)).contains("The language model read the date as Friday 8 January 2027");
		assertThat(notes.get(FormField.ROLE)).contains("The language model read the role as Account Manager");
		assertThat(AnnouncementNotes.of(read, Locale.forLanguageTag("nl-NL")).get(FormField.DATE))
			.contains("Het taalmodel las de datum als vrijdag 8 januari 2027");
	}

	@Test
	void whatTheModelFindsThatWeDidNotIsFilledInWithANote() {
		String text = "Anna de Vries begint als software engineer";
		List<Announcement> ours = ours(text);
		assertThat(ours.get(0).date()).isNull();
		MODEL.answer(request -> people(person("starter", "Anna de Vries", "2027-06-30", null)));

		Announcement read = model().check(text, ours, TODAY, this.roles).get(0);

		assertThat(read.date()).isEqualTo(LocalDate.of(2027, 6, 30));
		assertThat(read.model().date()).isEqualTo(LocalDate.of(2027, 6, 30));
		assertThat(AnnouncementNotes.of(read, Locale.forLanguageTag("nl-NL")).get(FormField.DATE))
			.isEqualTo("Het taalmodel las de datum als woensdag 30 juni 2027; controleer die.");
	}

	@Test
	void aDateTheModelFillsInIsCheckedAsOursWouldBe() {
		String text = "Anna de Vries begint als software engineer";
		MODEL.answer(request -> people(person("starter", "Anna de Vries", "2026-11-30", null)));

		Announcement read = model().check(text, ours(text), TODAY, this.roles).get(0);

		assertThat(read.date()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(read.notes()).contains(Announcement.Note.PAST_DATE);
	}

	@Test
	void valuesThatFailOurChecksAreDropped() {
		// a name not in the message, a date that is no date, a role no profile has
		String text = "Anna de Vries begint als software engineer";
		List<Announcement> ours = ours(text);
		MODEL.answer(request -> people(person("starter", "Anna de Wit", "2027-02-30", "astronaut")));

		List<Announcement> read = model().check(text, ours, TODAY, this.roles);

		assertThat(read).isEqualTo(ours);
		assertThat(read.get(0).date()).isNull();
		assertThat(read.get(0).model()).isNull();
	}

	@Test
	void aNameIsFilledInOnlyFromTheMessage() {
		String text = "pieter-jan el amrani begint op 4 januari";
		List<Announcement> ours = ours(text);
		MODEL.answer(request -> people(person("starter", "Pieter-Jan El Amrani", "2027-01-04", null)));

		Announcement read = model().check(text, ours, TODAY, this.roles).get(0);

		assertThat(read.employeeName()).isNotNull();
		assertThat(Intake.fold(read.employeeName())).isEqualTo("pieter jan el amrani");
	}

	@Test
	void aMalformedAnswerLeavesOurReadingAsItWas() {
		List<Announcement> ours = ours(TEXT);
		for (String answer : List.of("Anna de Vries is a starter on 7 January.", "{\"persons\":[]}",
				"{\"people\":{\"name\":\"Anna de Vries\"}}", "{\"people\":[\"Anna de Vries\"]}",
				people("{\"intent\":\"starter\",\"name\":\"Anna de Vries\"}"),
				people(person("fired", "Anna de Vries", "2027-01-08", null)),
				"{\"people\":[{\"intent\":\"starter\",\"name\":7,\"date\":\"2027-01-08\",\"role\":null}]}",
				"```json\n" + people(person("leaver", "Anna de Vries", "2027-01-08", null)))) {
			MODEL.answer(request -> answer);

			assertThat(model().check(TEXT, ours, TODAY, this.roles)).as(answer).isEqualTo(ours);
		}
	}

	@Test
	void aSlowModelIsNotWaitedForPastTheTimeout() {
		MODEL.delay(Duration.ofSeconds(5));
		MODEL.answer(request -> people(person("leaver", "Anna de Vries", "2027-01-08", null)));
		List<Announcement> ours = ours(TEXT);

		long started = System.nanoTime();
		List<Announcement> read = model(true, Duration.ofMillis(500)).check(TEXT, ours, TODAY, this.roles);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
		assertThat(read).isEqualTo(ours);
		assertThat(MODEL.requests()).hasSize(1);
	}

	@Test
	void aThrottledModelIsNotRetriedAndOurReadingGoesOut() {
		MODEL.failNext(429, 100L, 1, "Rate limit reached for requests");
		MODEL.answer(request -> people(person("leaver", "Anna de Vries", "2027-01-08", null)));
		List<Announcement> ours = ours(TEXT);

		assertThat(model().check(TEXT, ours, TODAY, this.roles)).isEqualTo(ours);
		assertThat(MODEL.requests()).hasSize(1);
	}

	@Test
	void aFailingModelLeavesOurReadingAsItWas() {
		List<Announcement> ours = ours(TEXT);
		MODEL.failNext(500, null, 1, "The server had an error while processing your request.");
		assertThat(model().check(TEXT, ours, TODAY, this.roles)).isEqualTo(ours);

		MODEL.answer(request -> null);
		assertThat(model().check(TEXT, ours, TODAY, this.roles)).isEqualTo(ours);
		assertThat(MODEL.requests()).hasSize(2);
	}

	@Test
	void switchedOffOrWithoutAModelNothingIsSentAndNothingChanges() {
		List<Announcement> ours = ours(TEXT);

		assertThat(model(false, Duration.ofSeconds(4)).check(TEXT, ours, TODAY, this.roles)).isSameAs(ours);
		AnnouncementModel none = new AnnouncementModel(
				LanguageModel.of(new LanguageModelProperties(null, null, null, null, null, null)),
				new IntakeModelProperties(true, null));
		assertThat(none.active()).isFalse();
		assertThat(none.check(TEXT, ours, TODAY, this.roles)).isSameAs(ours);
		assertThat(MODEL.requests()).isEmpty();
	}

	@Test
	void theTimeoutIsFourSecondsByDefaultAndNeverLongerThanTeamsWaits() {
		assertThat(new IntakeModelProperties(null, null).timeout()).isEqualTo(Duration.ofSeconds(4));
		assertThat(new IntakeModelProperties(null, null).enabled()).isFalse();
		assertThatThrownBy(() -> new IntakeModelProperties(true, Duration.ofSeconds(11)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("handover.intake.model.timeout");
		assertThatThrownBy(() -> new IntakeModelProperties(true, Duration.ZERO))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void twoPeopleAreMatchedByName() {
		String text = "Anna de Vries and Piet Bos both start on 7 January as software engineer";
		List<Announcement> ours = ours(text);
		assertThat(ours).hasSize(2);
		MODEL.answer(request -> people(person("starter", "Piet Bos", "2027-01-08", "software engineer"),
				person("starter", "Anna de Vries", "2027-01-07", "software engineer")));

		List<Announcement> read = model().check(text, ours, TODAY, this.roles);

		assertThat(read.get(0)).isEqualTo(ours.get(0));
		assertThat(read.get(1).model().date()).isEqualTo(LocalDate.of(2027, 1, 8));
		assertThat(read.get(1).date()).isEqualTo(ours.get(1).date());
	}

}
