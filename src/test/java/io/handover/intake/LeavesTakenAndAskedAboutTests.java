package io.handover.intake;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static io.handover.intake.NoOneAnnounced.assertNoOne;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kinds of the twenty-ninth blind set, with own examples: one of ours going on a leave
 * ("gaat vanaf 1 januari met zwangerschapsverlof", "starts his paternity leave on
 * Monday") is no starter, however the going is said; "no new people this month" is no
 * news; a question on what to do, asked after a comma, asks about its leaving words; and
 * customers, visitors or a Wi-Fi login are no one's name. A prefilled starter form would
 * book a first day that is none. Today is Thursday 3 December 2026.
 */
class LeavesTakenAndAskedAboutTests {

	@Test
	void goingOnALeaveAnnouncesNoOne() {
		assertNoOne("Tamara gaat vanaf 4 januari met ouderschapsverlof, tot ergens in mei.");
		assertNoOne("Onze planner Iris gaat vanaf maandag 10 weken zwangerschapsverlof opnemen.");
		assertNoOne("Lucas starts his parental leave on Monday, six weeks. His out-of-office is on.");
		assertNoOne("Noor begins her maternity leave on 11 January.");
	}

	@Test
	void backFromTheirOwnLeaveIsNoLeaving() {
		assertNoOne("Nice: Karim is back from his burn-out leave on Monday, half days at first.");
		assertNoOne("Good news, Femke is back from her carer's leave on 4 January.");
	}

	@Test
	void notBackBeforeADayIsNoStart() {
		assertNoOne(
				"Joost van de werkplaats is geopereerd en komt pas in februari terug, kan iemand zijn mail doorsturen?");
		assertNoOne(
				"Lies van de kassa is ziek thuis. Ze komt niet voor april terug, mag haar pas zolang blijven liggen?");
		assertThat(OnTheCorpusDay.parse("Joost Bakker komt op 4 januari terug bij ons als monteur.").kind())
			.isEqualTo(Announcement.Kind.STARTER);
	}

	@Test
	void leavingOnADayIsStillALeaving() {
		assertThat(OnTheCorpusDay.parse("Karim Haddad will leave on 29 January.").kind())
			.isEqualTo(Announcement.Kind.LEAVER);
	}

	@Test
	void theOneWhoCoversALeaveStillStarts() {
		List<Announcement> read = OnTheCorpusDay
			.parseAll("Sanne gaat met zwangerschapsverlof; haar vervanger Tim Bos begint op 4 januari.");
		assertThat(read).anySatisfy(a -> {
			assertThat(a.employeeName()).isEqualTo("Tim Bos");
			assertThat(a.kind()).isEqualTo(Announcement.Kind.STARTER);
			assertThat(a.date()).isEqualTo(LocalDate.of(2027, 1, 4));
		});
	}

	@Test
	void geenNieuweMensenIsGeenNieuws() {
		assertNoOne("Geen nieuwe mensen deze maand 👍 wel gaat Ruud vanaf 1 februari met ouderschapsverlof.");
		assertNoOne("Ilse gaat vanaf maandag 6 weken met zorgverlof. Geen nieuwe accounts nodig.");
	}

	@Test
	void aLeavingBesideNoNewPeopleIsStillALeaving() {
		Announcement read = OnTheCorpusDay.parse("Geen nieuwe mensen deze maand, wel stopt Kees Bakker op 31 januari.");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.employeeName()).isEqualTo("Kees Bakker");
		assertThat(read.date()).isEqualTo(LocalDate.of(2027, 1, 31));
	}

	@Test
	void whatToDoAskedAfterACommaAnnouncesNoOne() {
		assertNoOne("When one of ours goes on unpaid leave for two months (our baker, Joost), do we need to close "
				+ "his account or keep it?");
	}

	@Test
	void aLeavingToldBeforeTheQuestionStaysALeaving() {
		Announcement read = OnTheCorpusDay.parse("Joost Visser stopt op 31 januari, moet ik zijn laptop ophalen?");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.LEAVER);
		assertThat(read.employeeName()).isEqualTo("Joost Visser");
		assertThat(read.date()).isEqualTo(LocalDate.of(2027, 1, 31));
	}

	@Test
	void customersAndAWifiLoginAreNoOnesName() {
		assertNoOne("Visitors to the showroom sometimes ask for a Wi-Fi login. Is that something for you?");
		assertNoOne("Klanten vragen soms of ze op onze wifi mogen. Moet ik daar een ticket voor maken?");
	}

	@Test
	void aVisitorsHostIsStillNamed() {
		Announcement read = OnTheCorpusDay.parse("Our new visitors' host Dana Wolff starts on Monday.");
		assertThat(read.employeeName()).isEqualTo("Dana Wolff");
		assertThat(read.kind()).isEqualTo(Announcement.Kind.STARTER);
	}

}
