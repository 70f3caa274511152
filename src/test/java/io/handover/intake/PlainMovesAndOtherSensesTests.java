package io.handover.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A colleague who already works here goes to another shift or site with a plain verb, and
 * catalogue words said in another sense: the move is no newcomer, and a denied
 * "developer" or a zoo's "verzorger" hands out no profile.
 */
class PlainMovesAndOtherSensesTests {

	@Test
	void aHeadBakerSentToTheEarlyShiftMovesAndGetsNoSecondAccount() {
		Announcement read = OnTheCorpusDay.parse("From next Monday our head baker Tom Berg goes to the early shift.");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(read.employeeName()).isEqualTo("Tom Berg");
		assertThat(read.date()).isEqualTo(LocalDate.of(2026, 12, 7));
	}

	@Test
	void aStoreManagerTakingOverAnotherShopKeepsHerJobAndMoves() {
		assertThat(OnTheCorpusDay
			.parse("Ria Bakker, nu filiaalmanager in Oost, neemt per 1 mei de winkel in West "
					+ "over; haar functie blijft gelijk.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void aColleagueWhoseJobIsSaidBesideTheNameMovesToAnotherShiftOrKitchen() {
		assertThat(OnTheCorpusDay.parse("Wendy Hale (sous-chef) goes to the late shift from 11 January.").kind())
			.isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(OnTheCorpusDay.parse("Per 1 april neemt Bart Kool, chef-kok, de keuken in Delft over.").kind())
			.isEqualTo(Announcement.Kind.ROLE_CHANGE);
	}

	@Test
	void twoWhoSwapClinicsBothMove() {
		assertThat(OnTheCorpusDay
			.parseAll("Hana Ito and Luke Ward swap clinics on 1 March: Hana goes to Eastgate and Luke to Northgate."))
			.hasSize(2)
			.allSatisfy(a -> assertThat(a.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE));
	}

	@Test
	void aNewcomerSentToTheNightShiftStillStarts() {
		assertThat(OnTheCorpusDay.parse("Noor Bakker begint maandag bij de nachtdienst.").kind())
			.isEqualTo(Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay.parse("Our new baker Tom Berg starts on Monday and goes to the early shift.").kind())
			.isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void aStatisticianWhoIsNoDeveloperGetsNoDeveloperProfile() {
		Announcement read = OnTheCorpusDay.parse("Jonas Weber starts on 1 March as statistician in the research "
				+ "unit — he is no developer, he only builds reports.");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.roleKey()).isNull();
	}

	@Test
	void theElephantsKeeperRetiresWithoutACareWorkersProfile() {
		// the shipped catalogue, where "verzorger" is a care worker's name
		Announcement read = new AnnouncementParser().parse(
				"De verzorger van de olifanten, Ruud Smit, gaat per 1 februari met pensioen.", OnTheCorpusDay.TODAY,
				IntakeCorpusTests.shippedRoles());

		assertThat(read.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.roleKey()).isNull();
	}

}
