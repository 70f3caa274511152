package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager tells that a branch closes and where its staff go. The closing's day belongs
 * to the branch: taken as the people's, it prefilled the day before their move without a
 * note (issue 18's worst failure). Today is Thursday 3 December 2026.
 */
class BranchClosingMoversTests {

	@Test
	void staffOfAClosingBranchMoveOnTheirOwnDayNotTheClosingDay() {
		List<Announcement> dutch = OnTheCorpusDay.parseAll(
				"Filiaal Zwolle sluit op 31 maart; Anna Bos en Piet Kok gaan per 1 april naar Deventer, zelfde functie.");
		assertThat(dutch).extracting(Announcement::employeeName).containsExactly("Anna Bos", "Piet Kok");
		assertThat(dutch).allSatisfy(mover -> {
			assertThat(mover.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
			assertThat(mover.date()).hasToString("2027-04-01");
		});
		List<Announcement> english = OnTheCorpusDay
			.parseAll("Branch Leeds closes on 31 March; from 1 April staff move to York: Ann Bell and Tom Hart.");
		assertThat(english).extracting(Announcement::date)
			.allSatisfy(date -> assertThat(date).hasToString("2027-04-01"));
		assertThat(english).allSatisfy(mover -> assertThat(mover.notes()).isEmpty());
	}

	@Test
	void theClosingBranchIsNoOneAnnounced() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Reisbureau Leiden sluit; Hans Kooiman en Margot Stapel gaan per 1 januari naar Den Haag.");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Hans Kooiman", "Margot Stapel");
		assertThat(read).extracting(Announcement::kind).containsOnly(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void theClosingDayStaysWhenItIsTheOnlyDayTold() {
		Announcement leaver = OnTheCorpusDay
			.parse("Ons filiaal in Venlo sluit op 31 januari; Kees Hermans gaat dan met pensioen.");
		assertThat(leaver.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(leaver.date()).hasToString("2027-01-31");
	}

	@Test
	void closingAnAccountIsNoPlaceClosing() {
		Announcement leaver = OnTheCorpusDay
			.parse("Kun je het account van Ruud Peters op 8 januari sluiten? Hij is gestopt.");
		assertThat(leaver.employeeName()).isEqualTo("Ruud Peters");
		assertThat(leaver.date()).hasToString("2027-01-08");
	}

}
