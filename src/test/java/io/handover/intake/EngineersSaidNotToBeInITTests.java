package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An engineer or programmer whose message says the job has nothing to do with software
 * ("niks met software", "not informatics", "nothing to do with IT") or who works with
 * living cultures ("bioprocess engineer") gets no software engineer's profile: it would
 * hand out code and cloud access. Today is Thursday 3 December 2026.
 */
class EngineersSaidNotToBeInITTests {

	@Test
	void softwareDeniedAfterTheJobGivesNoRole() {
		assertThat(OnTheCorpusDay
			.parseShipped("Per 1 maart start Joost Brink als programmeur van het poppodium (niks met software).")
			.roleKey()).isNull();
		assertThat(OnTheCorpusDay
			.parseShipped("Lena Vos joins on 4 January as engineer, nothing to do with IT: she maintains the presses.")
			.roleKey()).isNull();
		assertThat(OnTheCorpusDay
			.parseShipped("Anaïs Petit will join us on 1 February as engineer (laboratory, not informatics).")
			.roleKey()).isNull();
	}

	@Test
	void aBioprocessEngineerIsNoDeveloper() {
		assertThat(OnTheCorpusDay.parseShipped("Tom Ries joins on 11 January as bioprocess engineer.").roleKey())
			.isNull();
	}

	@Test
	void aProgrammerOfSoftwareKeepsTheRole() {
		assertThat(OnTheCorpusDay.parseShipped("Per 1 maart start Bas Hoek als programmeur (backend, Java).").roleKey())
			.isEqualTo("software-engineer");
		assertThat(OnTheCorpusDay.parseShipped("Lena Vos joins on 4 January as engineer for our cloud platform.")
			.roleKey()).isEqualTo("software-engineer");
	}

}
