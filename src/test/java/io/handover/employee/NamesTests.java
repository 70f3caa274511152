package io.handover.employee;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTests {

	@Test
	void foldingIgnoresCaseAccentsAndPunctuation() {
		assertThat(Names.fold("  Ánna  DE-Vriës ")).isEqualTo("anna de vries");
		assertThat(Names.fold("Zoë O'Brien")).isEqualTo("zoe o brien");
	}

	@Test
	void aTypoOrASwappedPairOfLettersIsOneEdit() {
		assertThat(Names.distance("bakker", "baker")).isEqualTo(1);
		assertThat(Names.distance("vries", "vreis")).isEqualTo(1);
	}

	@Test
	void similarNamesScoreHigherThanDifferentOnes() {
		double typo = Names.similarity("jan baker", "jan bakker");
		double partial = Names.similarity("de vries", "anna de vries");
		double other = Names.similarity("jan baker", "anna de vries");

		assertThat(typo).isGreaterThan(0.8);
		assertThat(partial).isGreaterThan(0.8);
		assertThat(other).isLessThan(0.6);
		assertThat(Names.similarity("anna de vries", "anna de vries")).isEqualTo(1.0);
	}

}
