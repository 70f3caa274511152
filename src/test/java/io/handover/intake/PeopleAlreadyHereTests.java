package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who a manager's words are about, and whether they already work here: a colleague said
 * with their job beside the name who takes another job moves, a successor gets the date
 * said after the one they follow, and a job before the name is no part of it. Today is
 * Thursday 3 December 2026.
 */
class PeopleAlreadyHereTests {

	@Test
	void colleaguesWithTheirJobBesideTheNameWhoTakeAnotherOneMove() {
		List<Announcement> both = OnTheCorpusDay
			.parseAll("Iris Kamp en Leon Bakx, allebei verzorgende, worden per 1 april roosteraar.");
		assertThat(both).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.ROLE_CHANGE, Announcement.Kind.ROLE_CHANGE);
		assertThat(both).extracting(Announcement::currentRoleKey).containsExactly("care-worker", "care-worker");
		assertThat(both).extracting(Announcement::roleKey).containsOnlyNulls();

		Announcement bracketed = OnTheCorpusDay
			.parse("Dana Kuijt (kapster) gaat per 1 februari als accountmanager onze producten verkopen.");
		assertThat(bracketed.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(bracketed.roleKey()).isEqualTo("account-manager");
	}

	@Test
	void aJoiningVerbForSomeoneWhoWorksHereIsAMove() {
		assertThat(OnTheCorpusDay
			.parse("Priya Shah, our receptionist in Leeds, will become account manager for the trade desk on 1 April"
					+ " - can you set up a laptop for her?")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(OnTheCorpusDay
			.parse("Nora Quinn from the call centre joins our app team on 11 January as a programmer.")
			.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		// a new job beside the name, or a unit of another employer, is no job held here
		assertThat(OnTheCorpusDay.parse("Kees Bos (our new cook) starts on 4 January as head chef.").kind())
			.isEqualTo(Announcement.Kind.STARTER);
		assertThat(OnTheCorpusDay.parse("Joe Bloggs from the agency joins our care team on 4 January.").kind())
			.isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void aSuccessorStartsOnTheDateSaidAfterTheOneTheyFollow() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Mia Lang succeeds our cook Tom Bell on 4 January; Tom leaves on 31 December.");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Mia Lang", "Tom Bell");
		assertThat(read).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER, Announcement.Kind.LEAVER);
		assertThat(read).extracting(a -> a.date().toString()).containsExactly("2027-01-04", "2026-12-31");

		List<Announcement> baton = OnTheCorpusDay
			.parseAll("Joost Kam neemt op 4 januari het stokje over van Anja Vos, die 31 december vertrekt.");
		assertThat(baton).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER, Announcement.Kind.LEAVER);
	}

	@Test
	void whomAStarterReplacesIsNoLeaverWhenTheirLeavingIsPast() {
		assertThat(OnTheCorpusDay
			.parseAll("Femke Jansen vervangt Ruud Smit als verkoper en begint op 1 maart. Ruud had zijn laatste werkdag"
					+ " al in november."))
			.extracting(Announcement::employeeName)
			.containsExactly("Femke Jansen");
		Announcement starter = OnTheCorpusDay.parse("Eva Snoek replaces Rob Tull, who left in October, on 4 January.");
		assertThat(starter.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(starter.date()).hasToString("2027-01-04");
	}

	@Test
	void aJobOrRankBeforeTheNameIsNoPartOfIt() {
		assertThat(OnTheCorpusDay.parse("Banketbakker Gerrit Hofstra stopt op woensdag 30 december.").employeeName())
			.isEqualTo("Gerrit Hofstra");
		assertThat(OnTheCorpusDay.parse("Leraar Grieks Stavros Pappas begint op 4 januari.").employeeName())
			.isEqualTo("Stavros Pappas");
		assertThat(OnTheCorpusDay.parse("Sergeant Amy Collins retires on Friday 29 January 2027.").employeeName())
			.isEqualTo("Amy Collins");
		// a given name with a job noun's ending stays
		assertThat(OnTheCorpusDay.parse("Alexander Jan Smit begint op 4 januari.").employeeName())
			.isEqualTo("Alexander Jan Smit");
	}

	@Test
	void aNameTakenBackIsNoSecondPerson() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Sorry, typo: het is Bart Hoeks, niet Bart Hoek. Hij begint op 11 januari zoals gezegd.");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Bart Hoeks");
		assertThat(read.get(0).date()).hasToString("2027-01-11");
	}

	@Test
	void aColleagueWhoseJobStaysIsNotGivenTheStartersForm() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Onze secretaris Henk Zijl blijft gewoon in functie. Wel start"
					+ " Marije Oost op 4 januari als nieuwe penningmeester.");
		assertThat(read).extracting(Announcement::employeeName).containsExactly("Marije Oost");
		// a contract not extended is still a leaving
		assertThat(OnTheCorpusDay.parse("Het contract van Kees Mol wordt niet meer verlengd, hij stopt op 31 januari.")
			.kind()).isEqualTo(Announcement.Kind.LEAVER);
	}

}
