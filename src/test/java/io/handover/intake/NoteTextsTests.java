package io.handover.intake;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every note the parser can put on a form field is explained to the manager in English
 * and in Dutch, with the words and the date it is about: a note without a text would fail
 * the reply that should have shown it.
 */
class NoteTextsTests {

	@ParameterizedTest
	@EnumSource(Announcement.Note.class)
	void everyNoteIsExplainedInBothLanguages(Announcement.Note note) {
		for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.forLanguageTag("nl-NL") }) {
			String text = IntakeTexts.text(locale, "note." + note.name(), "4 januari", "2027-01-04");

			assertThat(text).as("%s in %s", note, locale).isNotBlank().doesNotContain("{0}", "{1}");
		}
	}

}
