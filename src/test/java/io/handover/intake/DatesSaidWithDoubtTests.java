package io.handover.intake;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date the manager is not sure of ("I think she leaves on Friday 18 December",
 * "vertrekt waarschijnlijk per 1 maart", "onder voorbehoud 4 januari") is prefilled as
 * written, with a note asking to confirm it before the form is sent: a guess confirmed by
 * a busy manager would disable an account on the wrong day. Today is Thursday 3 December
 * 2026.
 */
class DatesSaidWithDoubtTests {

	@Test
	void aDateSaidWithDoubtCarriesANote() {
		for (String text : new String[] { "I think Maria Lopez will leave on Friday 18 December.",
				"Marieke Smit vertrekt waarschijnlijk per 1 maart.",
				"Onder voorbehoud: Joris Wijnands begint 4 januari als kok.",
				"Dennis Okafor starts on 11 January, not confirmed yet.",
				"Als het goed is komt Fatma Kaya op 18 januari bij ons in de keuken.",
				"Priya Nair's last day is probably 29 January." }) {
			Announcement read = OnTheCorpusDay.parse(text);
			assertThat(read.date()).as(text).isNotNull();
			assertThat(read.notes()).as(text).contains(Announcement.Note.DATE_UNSURE);
		}
	}

	@Test
	void theNoteSaysWhichDateWasTakenInTheWritersLanguage() {
		Announcement read = OnTheCorpusDay.parse("Marieke Smit vertrekt waarschijnlijk per 1 maart.");
		assertThat(AnnouncementNotes.of(read, Locale.forLanguageTag("nl-NL")).get(FormField.DATE)).contains("1 maart")
			.contains("maandag 1 maart 2027")
			.contains("onzeker");
		Announcement english = OnTheCorpusDay.parse("I think Maria Lopez will leave on Friday 18 December.");
		assertThat(AnnouncementNotes.of(english, Locale.ENGLISH).get(FormField.DATE))
			.contains("Friday 18 December 2026")
			.contains("not sure");
	}

	@Test
	void aDateSaidForSureOrADoubtElsewhereNeedsNoNote() {
		for (String text : new String[] { "Maria Lopez leaves on Friday 18 December.",
				"Kun je zo snel mogelijk een laptop klaarzetten? Fatma Kaya begint 18 januari.",
				"Fatma Kaya begint 18 januari. Misschien kan ze de oude laptop van Ans krijgen?",
				"Hopefully the badge is ready: Dennis Okafor starts on 11 January." }) {
			assertThat(OnTheCorpusDay.parse(text).notes()).as(text).doesNotContain(Announcement.Note.DATE_UNSURE);
		}
	}

}
