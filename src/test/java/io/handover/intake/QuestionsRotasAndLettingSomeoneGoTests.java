package io.handover.intake;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager asks how things work, tells of a newcomer whose name follows, or of a new
 * rota: no one is announced, and no word of the question becomes a name. Letting someone
 * go is a leaving. Today is Thursday 3 December 2026.
 */
class QuestionsRotasAndLettingSomeoneGoTests {

	@Test
	void theWordsAfterAQuestionWordAreNoName() {
		assertNoOne("Hoe snel kan een toegangspas klaar zijn? Misschien komt er volgende maand een nieuwe monteur.");
		assertNoOne("Hoe lang blijft een account actief als een stagiair zijn stage afrondt?");
		assertNoOne("Wie bestelt de werkkleding voor de nieuwe bakker? Hij begint pas in januari.");
		assertThat(OnTheCorpusDay.parse("Nieuwe stagiairs op de afdeling: wie maakt de accounts aan?").employeeName())
			.isNull();
		assertThat(OnTheCorpusDay.parse("New interns on the ward: who orders their badges?").employeeName()).isNull();
	}

	@Test
	void daysInThePluralAreAHabitNotAName() {
		assertNoOne("Does a relief driver who only covers Sundays in February need a login? I'll send names once "
				+ "I know them.");
		assertNoOne("Krijgt een invalkracht die alleen zaterdagen werkt in maart ook een account?");
	}

	@Test
	void aHolidayIsNoName() {
		assertThat(OnTheCorpusDay.parse("Does the new planner get a phone? Starts after Christmas.").employeeName())
			.isNull();
		assertThat(OnTheCorpusDay.parse("Krijgt de nieuwe kok een pas? Hij begint na Pasen.").employeeName()).isNull();
	}

	@Test
	void aNewcomerWhoseNameFollowsIsNoOneYet() {
		assertThat(OnTheCorpusDay
			.parse("Next week our new shift lead starts, but I don't know yet who it will be. Name to follow.")
			.employeeName()).isNull();
		assertThat(OnTheCorpusDay
			.parse("De nieuwe heftruckchauffeur komt in maart, naam volgt nog. Vast een telefoon bestellen?")
			.employeeName()).isNull();
	}

	@Test
	void ourPlaceBeforeItsNounIsNoName() {
		assertThat(OnTheCorpusDay
			.parse("One of our nurses goes on a secondment to our Leeds site for three months; does her access "
					+ "change?")
			.employeeName()).isNull();
	}

	@Test
	void aNewRotaAnnouncesNoOne() {
		assertNoOne("New rota from 4 January: Sanne Visser works late shifts.");
		assertNoOne("Nieuw dienstrooster per maandag: Bram de Wit draait voortaan nachtdiensten.");
	}

	@Test
	void aRotaSaidFirstHoldsForEveryoneNamedAfterIt() {
		assertNoOne("New rota for January is attached; Piet de Vries and Emma Kok swap to nights.");
		assertNoOne("Het rooster voor januari staat online. Karin Jansen werkt dan vroeg.");
		Announcement leaving = OnTheCorpusDay
			.parse("Het rooster voor januari volgt nog. Sanne Bos stopt per 31 december.");
		assertThat(leaving.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(leaving.date()).hasToString("2026-12-31");
	}

	@Test
	void aStartBesideANewRotaStillGivesItsForm() {
		Announcement read = OnTheCorpusDay
			.parse("Nieuw rooster vanaf januari, en Lotte Smit begint op 4 januari bij de kassa.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.employeeName()).isEqualTo("Lotte Smit");
		assertThat(read.date()).hasToString("2027-01-04");
	}

	@Test
	void lettingSomeoneGoIsALeaving() {
		Announcement read = OnTheCorpusDay.parse("We are letting Priya Shah go on Friday.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.employeeName()).isEqualTo("Priya Shah");
		assertThat(read.date()).hasToString("2026-12-04");
		Announcement letGoOf = OnTheCorpusDay
			.parse("Sadly we had to let go of our courier Dean Porter; his last day is 18 December.");
		assertThat(letGoOf.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(letGoOf.employeeName()).isEqualTo("Dean Porter");
		Announcement dutch = OnTheCorpusDay.parse("We laten Joris Mulder per 31 december gaan.");
		assertThat(dutch.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(dutch.date()).hasToString("2026-12-31");
	}

	@Test
	void tellingWhenWeGoIsNoLeaving() {
		Announcement read = OnTheCorpusDay.parse("We laten je weten wanneer we gaan. Sanne Bos begint maandag.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.employeeName()).isEqualTo("Sanne Bos");
	}

	@Test
	void aVerbIsNoOccupation() {
		assertThat(Occupations.is("starts")).isFalse();
		assertThat(Occupations.is("restarts")).isFalse();
		assertThat(Occupations.is("huisarts")).isTrue();
		assertThat(Occupations.is("sportarts")).isTrue();
	}

}
