package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer's job told by the work, not by a name the catalogue knows: building or
 * keeping up our app or website is a developer's ("gaat onze webshop bouwen en
 * onderhouden"), looking after the building, its keys, cleaning and alarm a facility
 * coordinator's; and "our new office manager" is someone starting, a place's manager
 * being no boss. Today is Thursday 3 December 2026.
 */
class JobsToldByTheirWorkTests {

	@Test
	void buildingOurAppOrWebsiteIsADevelopersJob() {
		Announcement read = OnTheCorpusDay
			.parseShipped("Per 4 januari komt Sara Lindqvist bij ons. Ze gaat onze webshop bouwen en onderhouden.");
		assertThat(read).extracting(Announcement::kind, Announcement::employeeName, Announcement::roleKey)
			.containsExactly(Announcement.Kind.STARTER, "Sara Lindqvist", "software-engineer");
		assertThat(read.date()).hasToString("2027-01-04");
		assertThat(
				OnTheCorpusDay.parseShipped("Milo Grant starts on Monday; he will build and maintain our booking app.")
					.roleKey())
			.isEqualTo("software-engineer");
	}

	@Test
	void lookingAfterTheBuildingKeysAndAlarmIsAFacilityCoordinatorsJob() {
		Announcement read = OnTheCorpusDay.parseShipped(
				"From 11 January Rosa Quint will be our new office manager, looking after the building, the keys and the alarm.");
		assertThat(read).extracting(Announcement::kind, Announcement::employeeName, Announcement::roleKey)
			.containsExactly(Announcement.Kind.STARTER, "Rosa Quint", "facility-coordinator");
		assertThat(read.date()).hasToString("2027-01-11");
	}

	@Test
	void aNewOfficeManagerStartsWithNoRoleOfTheCatalogue() {
		Announcement read = OnTheCorpusDay.parseShipped("As of 1 February Rosa Quint will be our new office manager.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.roleKey()).isNull();
	}

	@Test
	void workDoneBeforeOrByALeaverTellsNoJob() {
		Announcement read = OnTheCorpusDay.parseShipped("Milo Grant leaves us on Friday; he built our website.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.roleKey()).isNull();
		// cleaning and upkeep alone are no facility coordinator's, a site no software
		assertThat(OnTheCorpusDay
			.parseShipped("Rosa Quint starts on 11 January and will take care of the cleaning and maintenance.")
			.roleKey()).isNull();
		assertThat(
				OnTheCorpusDay.parseShipped("Milo Grant starts on Monday; he will build the site in Almere.").roleKey())
			.isNull();
		// one thing looked after is not yet the job
		assertThat(OnTheCorpusDay
			.parseShipped("Rosa Quint starts on 11 January as our receptionist and will look after the keys.")
			.roleKey()).isNull();
	}

}
