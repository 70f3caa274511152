package io.handover.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A manager names people with what they are: a rank before the name ("Captain …"), a
 * software job said short ("webdev", "backend eng"), and in a list each one's own job.
 * The form gets the name without the rank, the developer's profile for a developer said
 * short, and no one's job handed to a person listed beside them: a carer's form for a
 * researcher hands out the wrong keys.
 */
class RanksShortJobsAndRolesOfEachOneListedTests {

	@Test
	void aRankBeforeTheNameIsNoPartOfItWhereverTheNameStands() {
		assertThat(OnTheCorpusDay.parseShipped("We welcome Commander Eva Lindqvist to the fleet on 4 January.")
			.employeeName()).isEqualTo("Eva Lindqvist");
		assertThat(
				OnTheCorpusDay.parseShipped("Op 4 januari begint Kapitein Ruud Hofman op de sleepboot.").employeeName())
			.isEqualTo("Ruud Hofman");
		// a surname that is also a rank stays the surname
		assertThat(OnTheCorpusDay.parseShipped("Op 4 januari begint Noa Schipper bij ons.").employeeName())
			.isEqualTo("Noa Schipper");
	}

	@Test
	void aSoftwareJobSaidShortIsTheDeveloper() {
		Announcement webdev = OnTheCorpusDay.parseShipped("Hoi! Webdev Lars Timmer begint op 1 februari.");
		assertThat(webdev.employeeName()).isEqualTo("Lars Timmer");
		assertThat(webdev.roleKey()).isEqualTo("software-engineer");
		for (String words : new String[] { "Ada Wong (backend eng) starts on 4 January.",
				"Ada Wong (front-end dev) starts on 4 January.",
				"Our new full stack dev Ada Wong starts on 4 January." }) {
			assertThat(OnTheCorpusDay.parseShipped(words).roleKey()).as(words).isEqualTo("software-engineer");
		}
	}

	@Test
	void anotherFieldsEngineerOrAShortWordAloneIsNoDeveloper() {
		assertThat(OnTheCorpusDay.parseShipped("Ada Wong (data eng) starts on 4 January.").roleKey()).isNull();
		assertThat(OnTheCorpusDay.parseShipped("Ada Wong (eng) starts on 4 January.").roleKey()).isNull();
		// "Dev" before a surname is a first name
		assertThat(OnTheCorpusDay.parseShipped("Dev Sharma starts on 4 January.").employeeName())
			.isEqualTo("Dev Sharma");
	}

	@Test
	void aJobSetOffAfterAListedNameIsThatPersonsOwn() {
		List<Announcement> read = OnTheCorpusDay
			.parseAllShipped("Nieuw in maart:\n- Rik Bos, programmeur, per 1-3\n- Sara Vink, onderzoeker, per 8-3");

		assertThat(read).extracting(Announcement::employeeName).containsExactly("Rik Bos", "Sara Vink");
		assertThat(read).extracting(Announcement::roleKey).containsExactly("software-engineer", null);
		assertThat(read.get(1).date()).isEqualTo(LocalDate.of(2027, 3, 8));
	}

	@Test
	void aListedPersonWithoutAJobDoesNotGetTheOneSaidOfAnother() {
		List<Announcement> read = OnTheCorpusDay
			.parseAllShipped("Leaving on 18 December: Jan Ek (developer), Lou Bell (researcher) and Kit Moss.");

		assertThat(read).extracting(Announcement::roleKey).containsExactly("software-engineer", null, null);
		// said of all in the plural or with "allebei": shared
		assertThat(OnTheCorpusDay.parseAllShipped("Jan Ek and Kit Moss (developers) start on 4 January."))
			.extracting(Announcement::roleKey)
			.containsOnly("software-engineer");
		assertThat(OnTheCorpusDay.parseAllShipped("Per 4 januari beginnen Jan Ek en Kit Moss (allebei ontwikkelaar)."))
			.extracting(Announcement::roleKey)
			.containsOnly("software-engineer");
	}

	@Test
	void aJobBeforeTheSecondNameJoinsItToTheList() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped("Starting on 11 January: Kit Moss and carer Ann Lee.");

		assertThat(read).extracting(Announcement::employeeName).containsExactly("Kit Moss", "Ann Lee");
		assertThat(read).extracting(Announcement::roleKey).containsExactly(null, "care-worker");
		assertThat(read).extracting(Announcement::date).containsOnly(LocalDate.of(2027, 1, 11));
	}

	@Test
	void aDegreeOrARankBeforeTheSecondNameJoinsItToTheList() {
		assertThat(OnTheCorpusDay.parseAllShipped("Per 1 februari beginnen dr. Lot Smit en ir. Bas Kok."))
			.extracting(Announcement::employeeName)
			.containsExactly("Lot Smit", "Bas Kok");
		assertThat(OnTheCorpusDay.parseAllShipped("From 1 February: Doctor Ana Ruiz and Nurse Ed Hart."))
			.extracting(Announcement::employeeName)
			.containsExactly("Ana Ruiz", "Ed Hart");
	}

	@Test
	void whatHappensToAPersonInBracketsIsNoJob() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped("Two carers are leaving us: Eva Dunn (retiring, "
				+ "last shift 18 December) and Mo Lund (resigned, last day 8 January).");

		assertThat(read).extracting(Announcement::roleKey).containsOnly("care-worker");
		assertThat(read).extracting(Announcement::date)
			.containsExactly(LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 8));
		// nor how much they work: the heading's job is all of theirs
		assertThat(OnTheCorpusDay
			.parseAllShipped("New carers from 11 January: Eva Dunn (part-time) and Mo Lund (full-time)."))
			.extracting(Announcement::roleKey)
			.containsOnly("care-worker");
	}

	@Test
	void aHeadingClosedByBracketsStillSaysItsPeopleAreNew() {
		List<Announcement> read = OnTheCorpusDay
			.parseAllShipped("Two new cooks for the canteen (site West): Ava Reid and Tim Cole, both from 11 January.");

		assertThat(read).extracting(Announcement::kind).containsOnly(Announcement.Kind.STARTER);
		assertThat(read).extracting(Announcement::date).containsOnly(LocalDate.of(2027, 1, 11));
	}

	@Test
	void aDateSaidAfterAListOfThreeIsAllOfTheirs() {
		List<Announcement> read = OnTheCorpusDay.parseAllShipped(
				"Drie nieuwe bezorgers voor de route Oost: Ava Reid, Tim Cole en Sem Aydin, allemaal vanaf 11 januari.");

		assertThat(read).hasSize(3);
		assertThat(read).extracting(Announcement::date).containsOnly(LocalDate.of(2027, 1, 11));
	}

	@Test
	void aQuestionAboutAJobSaidShortAnnouncesNoOne() {
		NoOneAnnounced.assertNoOne("Does a new webdev need a VPN token?");
		NoOneAnnounced.assertNoOne("Krijgt onze nieuwe backend dev al een laptop?");
	}

}
