package io.handover.intake;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager tells of someone there is no one yet to onboard or offboard for: a start put
 * off with no new day, a newcomer who called it off, hires whose names or days are still
 * to come, fewer days a week, a sabbatical or unpaid leave, a question about a kind of
 * worker. No form is opened. A start put off to a day, a nameless newcomer with a day and
 * something to prepare, and a real leaver beside a sabbatical keep theirs. Today is
 * Thursday 3 December 2026.
 */
class NoOneYetToOnboardTests {

	@Test
	void aStartPutOffWithTheNewDayStillUnknownAnnouncesNoOne() {
		assertNoOne("The arrival of our new pharmacist, Nadia Karimi, is delayed - her diploma still has to be "
				+ "recognised. We will let you know the new date.");
		assertNoOne("Stagiair Kees Verhoef begint toch niet op 18 januari; de nieuwe datum wordt later afgesproken.");
		assertNoOne("De nieuwe magazijnmedewerker die ik vorige week meldde begint later, waarschijnlijk in maart. "
				+ "Zodra de datum bekend is meld ik het.");
		assertNoOne("De indiensttreding van Romy Claes is opgeschoven, een nieuwe datum heb ik nog niet.");
		assertNoOne("Our new welder, Piotr Nowak, can't start on 11 January; we will set a new date later.");
		assertNoOne("Daniel Hart will join us later than expected, no date yet.");
		assertNoOne("Omar Said's start is on hold.");
	}

	@Test
	void aStartPutOffToADayStillHoldsOnThatDay() {
		Announcement read = OnTheCorpusDay.parse("Lars Brink begint later, op maandag 11 januari.");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.employeeName()).isEqualTo("Lars Brink");
		assertThat(read.date()).isEqualTo(LocalDate.of(2027, 1, 11));
	}

	@Test
	void aNewcomerWhoCalledItOffOrChangedTheirMindAnnouncesNoOne() {
		assertNoOne("The new chef I told you about, Marco Bianchi, has called off - he got a better offer.");
		assertNoOne("Helaas gaat de start van Iris Veldman (apothekersassistent) niet door, ze heeft zich bedacht.");
		assertNoOne("Our new cashier Leah Stone has changed her mind, so please cancel her account.");
		assertNoOne("Ravi Menon declined the offer after all.");
		assertNoOne("Femke Aarts heeft het aanbod toch afgeslagen.");
		assertNoOne("Chris Doyle will no longer be starting with us.");
	}

	@Test
	void hiresWhoseNamesOrDayAreStillToComeAnnounceNoOneWhateverIsAskedAlready() {
		assertNoOne("In februari start een nieuwe loodgieter in Almere, naam en datum volgen nog. Wil je alvast een "
				+ "busje regelen?");
		assertNoOne(
				"We have taken on two bakers for the new shop in Bath; I'll send their names when they have signed.");
		assertNoOne("We nemen vier bezorgers aan voor de winter, de namen stuur ik zodra de contracten rond zijn.");
		assertNoOne("A new gardener joins us in April; I'll let you know his name when he has signed. Could you "
				+ "order boots already?");
	}

	@Test
	void aNamelessNewcomerWithADayAndSomethingToPrepareKeepsANamelessForm() {
		Announcement read = OnTheCorpusDay
			.parse("Nieuwe monteur per maandag 4 januari, naam volgt nog. Wil je vast een telefoon bestellen?");

		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(read.employeeName()).isNull();
		assertThat(read.date()).isEqualTo(LocalDate.of(2027, 1, 4));
	}

	@Test
	void aNamedStarterBesideNamesStillToComeKeepsTheirForm() {
		assertThat(OnTheCorpusDay
			.parseAll("Mira Jansen begint op 11 januari als kok; de namen van de andere twee koks volgen nog."))
			.extracting(Announcement::employeeName)
			.containsExactly("Mira Jansen");
	}

	@Test
	void aStarterBesideOneWhoCalledOffInTheSameSentenceKeepsTheirForm() {
		assertThat(OnTheCorpusDay.parseAll("Jade Moor starts on Monday 11 January; Owen Lake has withdrawn."))
			.extracting(Announcement::employeeName)
			.containsExactly("Jade Moor");
		assertThat(OnTheCorpusDay.parseAll("Rik Smeets begint op 4 januari, maar Lina Bos heeft zich bedacht."))
			.extracting(Announcement::employeeName)
			.containsExactly("Rik Smeets");
		assertNoOne("Sven Hol en Ines Kaya beginnen later, de nieuwe datum volgt.");
	}

	@Test
	void fewerDaysAWeekSaidInWordsAnnounceNoOne() {
		assertNoOne(
				"Noor Bakker gaat vanaf maart minder werken, vier dagen in plaats van vijf. Verder verandert er niks.");
		assertNoOne("From February Jack Moss works two days instead of four; nothing else changes.");
		assertNoOne("Starting March, Ella Price works three days a week rather than four.");
		assertNoOne("Vanaf februari werkt Gijs Brouwer nog maar twee dagen.");
	}

	@Test
	void aSabbaticalOrUnpaidLeaveAnnouncesNoOne() {
		assertNoOne("Even melden: Pieter Roos is vanaf april met sabbatical, een jaar. Hij komt daarna terug.");
		assertNoOne("Fleur Wouters gaat vanaf januari met onbetaald verlof, twee maanden. Moet haar account blijven?");
		assertNoOne("Sam Ellis is on unpaid leave from January for three months. Should his mailbox stay?");
		assertNoOne("Hanna Berg takes a career break from February until August.");
		assertNoOne("Jesse Kramer neemt in april twee weken vakantie.");
	}

	@Test
	void aRealLeaverBesideASabbaticalKeepsTheirForm() {
		assertThat(OnTheCorpusDay.parseAll("Per 1 maart gaat Wim Kolk met sabbatical en vertrekt Eva Lam; haar "
				+ "laatste werkdag is vrijdag 26 februari."))
			.extracting(Announcement::employeeName)
			.containsExactly("Eva Lam");
	}

	@Test
	void aQuestionAboutAKindOfWorkerDescribedAnnouncesNoOne() {
		assertNoOne("Do interns who work one afternoon shift per week need their own badge, or can they borrow one?");
		assertNoOne("Do weekend cleaners who come through the agency need a key card?");
	}

}
