package io.handover.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A question on the process names no one, a job noun before a name is no part of it, and
 * a move between two jobs keeps the old one as the job held now.
 */
class QuestionsTitlesAndJobDirectionTests {

	private static final AnnouncementParser PARSER = new AnnouncementParser();

	private static Announcement read(String text) {
		return PARSER.parse(text, OnTheCorpusDay.TODAY, IntakeCorpusTests.shippedRoles());
	}

	@Test
	void aQuestionAboutAgencyTempsAnnouncesNoOneWhileARequestWithADayStillDoes() {
		assertThat(read("Krijgen stagiairs via Hays ook een account? Soms beginnen ze al in januari.").employeeName())
			.isNull();
		assertThat(read("Kun je een account maken voor Anouk Vos? Ze begint 4 januari.").employeeName())
			.isEqualTo("Anouk Vos");
	}

	@Test
	void aPurserNamedWithHerRankLeavesUnderHerOwnName() {
		assertThat(read("Senior Purser Maya Costa retires on 31 March.").employeeName()).isEqualTo("Maya Costa");
	}

	@Test
	void aProgrammerWhoTakesTheAccountManagersJobMovesFromProgramming() {
		Announcement move = read("Wim Dekker, programmeur, gaat per 1 maart de functie van accountmanager vervullen.");

		assertThat(move.roleKey()).isEqualTo("account-manager");
		assertThat(move.currentRoleKey()).isEqualTo("software-engineer");
	}

}
