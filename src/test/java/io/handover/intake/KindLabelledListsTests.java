package io.handover.intake;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An HR list that says the kind in labels ("Leaving: … Joining: …", "In dienst: … Uit
 * dienst: …") gives each person the kind of their own label, and not another section's
 * date or job: read by verbs alone, the starter after a leaver's label was offboarded.
 * Found by the lead trying announcements by hand. Today is Thursday 3 December 2026.
 */
class KindLabelledListsTests {

	@Test
	void aLeaverAndAStarterUnderTheirOwnLabels() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Leaving: Chris Evans, 22 Dec. Joining: Ana Souza, 4 Jan (developer).");

		assertThat(read).extracting(Announcement::employeeName).containsExactly("Chris Evans", "Ana Souza");
		assertThat(read.get(0).kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.get(0).date()).hasToString("2026-12-22");
		assertThat(read.get(1).kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.get(1).date()).hasToString("2027-01-04");
		assertThat(read.get(1).roleKey()).isEqualTo("software-engineer");
	}

	@Test
	void aStartersJobIsNotTheLeaverBelowHer() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Joining: Ana Souza, 4 Jan (developer). Leaving: Chris Evans, 22 Dec.");

		assertThat(read.get(0).kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.get(1).kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.get(1).roleKey()).isNull();
	}

	@Test
	void dutchLabelsOnOneLine() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("In dienst: Fenna Bos per 4 januari. Uit dienst: Karel Maas per 31 december.");

		assertThat(read).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER, Announcement.Kind.LEAVER);
		assertThat(read).extracting(a -> a.date().toString()).containsExactly("2027-01-04", "2026-12-31");
	}

	@Test
	void aListUnderHeadingsOfThreeKinds() {
		List<Announcement> read = OnTheCorpusDay.parseAll("""
				Starters:
				- Ana Souza (4 January)
				- Bo Lind (11 January)
				Leavers:
				- Chris Evans (22 December)
				Internal moves:
				- Dana Kwint to the sales team, 1 February""");

		assertThat(read).extracting(Announcement::employeeName)
			.containsExactly("Ana Souza", "Bo Lind", "Chris Evans", "Dana Kwint");
		assertThat(read).extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER, Announcement.Kind.STARTER, Announcement.Kind.LEAVER,
					Announcement.Kind.ROLE_CHANGE);
		assertThat(read).extracting(a -> a.date().toString())
			.containsExactly("2027-01-04", "2027-01-11", "2026-12-22", "2027-02-01");
	}

	@Test
	void aLeaverWithoutADateDoesNotTakeTheStartersDay() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Vertrek: Karel Maas (datum volgt). Nieuw: Fenna Bos, 4 januari.");

		assertThat(read.get(0).kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.get(0).date()).isNull();
		assertThat(read.get(1).kind()).isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void labelsOfAFormThatSayNoKindChangeNothing() {
		Announcement read = OnTheCorpusDay.parse("""
				Nieuwe medewerker
				Naam: Jan Bos
				Startdatum: 4 januari
				Functie: verkoper
				Vertrekdatum vorige werkgever: 31 december""");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.date()).hasToString("2027-01-04");
	}

}
