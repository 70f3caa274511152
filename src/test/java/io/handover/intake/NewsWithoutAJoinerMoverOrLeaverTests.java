package io.handover.intake;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager tells news about someone that no one joins, moves or leaves by: a leave with
 * its return, a contract extended so the leaving is off, a resignation withdrawn, other
 * hours, a start or a leaving put off with no day yet, a question that names no one, a
 * newcomer not hired yet whose name is to follow. No form is opened; the same words
 * beside a real joiner, mover or leaver keep that one's form. Today is Thursday 3
 * December 2026.
 */
class NewsWithoutAJoinerMoverOrLeaverTests {

	@Test
	void aLeaveThatStartsAndEndsAnnouncesNoOne() {
		assertNoOne("Priya Nair's sick leave starts Monday; she expects to be back after Easter.");
		assertNoOne("Het zwangerschapsverlof van Noor Visser gaat in op 1 februari. Ze komt half juni terug.");
	}

	@Test
	void aLeaveThatEndsInLeavingIsALeaver() {
		Announcement maya = OnTheCorpusDay
			.parse("Maya Owens won't be coming back after her maternity leave; her contract ends on 28 February.");
		assertThat(maya.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(maya.date()).hasToString("2027-02-28");
	}

	@Test
	void aContractExtendedWithTheLeavingCalledOffInTheNextSentenceAnnouncesNoOne() {
		assertNoOne(
				"Het contract van Bas Kuiper (monteur) is verlengd tot 30 juni. Er vertrekt dus niemand eind december.");
		assertNoOne(
				"We've extended the contracts of the Polish pickers until March. Nobody is leaving in January then.");
	}

	@Test
	void aContractNotExtendedOrExtendedIntoANewJobIsNews() {
		Announcement ilse = OnTheCorpusDay
			.parse("We verlengen het contract van Ilse Wouters niet; haar laatste dag is 31 januari.");
		assertThat(ilse.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(ilse.date()).hasToString("2027-01-31");
		Announcement rik = OnTheCorpusDay.parse(
				"Het contract van Rik Claes wordt verlengd en hij begint op 4 januari als verzorgende op de Lindehof.");
		assertThat(rik.kind()).isNotNull();
		assertThat(rik.date()).hasToString("2027-01-04");
	}

	@Test
	void aResignationOrDismissalWithdrawnAnnouncesNoOne() {
		assertNoOne("De opzegging van Sem Bakker is ingetrokken; hij blijft bij ons op de werkplaats.");
		assertNoOne("The dismissal of Carl Jensen has been withdrawn, he keeps his job.");
	}

	@Test
	void daysSetAgainstEachOtherAnnounceNoOneUnlessTheJobChangesToo() {
		assertNoOne("Kevin Ortiz will work fewer days from February (4 days instead of 5).");
		assertNoOne("Marloes Prins (receptie) gaat vanaf maart 3 dagen werken in plaats van 4.");
		Announcement lisa = OnTheCorpusDay
			.parse("Lisa de Boer gaat 4 dagen werken in plaats van 5 en wordt per 1 februari planner op kantoor.");
		assertThat(lisa.kind()).isEqualTo(Announcement.Kind.ROLE_CHANGE);
		assertThat(lisa.date()).hasToString("2027-02-01");
	}

	@Test
	void aStartOrALeavingPutOffWithNoDayYetAnnouncesNoOne() {
		assertNoOne("Ahmed Saleh's last day has been postponed until the project is finished. No end date yet.");
		assertNoOne(
				"The arrival of the three Filipino nurses is delayed until their visas come through. No new date yet.");
		assertNoOne("Het vertrek van docent Hans Mol wordt uitgesteld tot na de examens, einddatum nog onbekend.");
	}

	@Test
	void aStartOrALeavingPutOffToADayHoldsOnThatDay() {
		Announcement eva = OnTheCorpusDay.parse("De start van Eva Bos is uitgesteld. Ze begint nu op 11 januari.");
		assertThat(eva.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(eva.date()).hasToString("2027-01-11");
		Announcement jeroen = OnTheCorpusDay
			.parse("Het vertrek van Jeroen Wit is uitgesteld: hij stopt nu op 26 februari.");
		assertThat(jeroen.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(jeroen.date()).hasToString("2027-02-26");
	}

	@Test
	void aQuestionSaidToBeNoAnnouncementNamesNoOne() {
		assertNoOne("Just a question, not an announcement: do interns at the summer fair need a login?");
		assertNoOne("Geen aanmelding, alleen een vraag: hebben vrijwilligers op de open dag een account nodig?");
	}

	@Test
	void aNewcomerNotHiredYetWhoseNameFollowsAnnouncesNoOne() {
		assertNoOne("A new pharmacist will join our branch in Leiden in February, but the contract isn't signed yet. "
				+ "Name to follow.");
		assertNoOne("In februari begint een nieuwe verzorgende, naam volgt.");
	}

	@Test
	void aNamelessNewcomerWithADayAndSomethingToPrepareKeepsANamelessForm() {
		Announcement nameless = OnTheCorpusDay.parse(
				"Nieuwe ontwikkelaar per 4 januari, contract nog niet getekend, naam volgt. Graag vast een laptop bestellen.");
		assertThat(nameless.kind()).isEqualTo(Announcement.Kind.STARTER);
		assertThat(nameless.employeeName()).isNull();
		assertThat(nameless.date()).hasToString("2027-01-04");
	}

}
