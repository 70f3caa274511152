package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-63 (tuner UB): a signature below the closing whose contact line
 * has a phone number in groups, a contract extension under way said of someone's
 * contract, a form filled in and asked after, thanks for work done for someone, a caller
 * passed on, and what a leaver does after leaving us. Today is Thursday 3 December 2026.
 */
class SignaturesThanksCallersAndLifeAfterLeavingTests {

	@Test
	void aSignatureWithAPhoneNumberInGroupsIsTheSendersNotSomeoneLeaving() {
		assertThat(OnTheCorpusDay.parseAllShipped("Hoi,\n\nOnze dakdekker Ruben Smit stopt op vrijdag 18 december.\n\n"
				+ "Met vriendelijke groet,\n\nKarin Bos\nOffice manager | Dakwerken Bos & Zn\n"
				+ "T 0172 55 66 77 | karin@dakwerkenbos.nl"))
			.extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Ruben Smit", "2026-12-18"));
		assertThat(OnTheCorpusDay.parseAllShipped("Hi,\n\nOur roofer Dylan Shaw leaves us on Friday 18 December.\n\n"
				+ "Best regards,\n\nTom Hale\nOperations Manager | Hale & Sons Roofing\n"
				+ "M +44 7700 900 123 | tom@haleroofing.co.uk"))
			.extracting(Announcement::employeeName)
			.containsExactly("Dylan Shaw");
	}

	@Test
	void aContractBeingExtendedAnnouncesNoOne() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Quick update: we're renewing Leon Baker's fixed-term contract for another year, nothing else changes."))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
		// not extended: the leaving stands
		assertThat(OnTheCorpusDay
			.parseAllShipped("We won't be extending Bram Kok's contract at the wine shop; he finishes on 29 January."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Bram Kok"));
		assertThat(OnTheCorpusDay
			.parseAllShipped("We're not extending Leah Ward's contract, her last day is 31 December."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Leah Ward", "2026-12-31"));
	}

	@Test
	void aFormFilledInAndAskedAfterAnnouncesNoOne() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Ik heb gisteren het formulier voor Koen ingevuld, is dat goed doorgekomen?"))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
		assertThat(OnTheCorpusDay.parseAllShipped("I filled out the form for Ravi last week, did it go through?"))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
		// news beside the question still is news
		assertThat(
				OnTheCorpusDay.parseAllShipped("Jake Ross starts Monday. I filled in the form too, did it go through?"))
			.extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Jake Ross", "2026-12-07"));
	}

	@Test
	void thanksForWorkDoneForSomeoneAnnouncesNoOne() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Bedankt voor het klaarzetten van de telefoon van Daan Smit, hij was er blij mee."))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
		assertThat(OnTheCorpusDay.parseAllShipped("Thanks so much for setting up Amira's account, all working now!"))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
		// a start said beside the thanks is announced
		assertThat(OnTheCorpusDay
			.parseAllShipped("Thanks for setting up Chloe's laptop! Also, Ben Cole starts on Monday 14 December."))
			.extracting(Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple("Ben Cole", "2026-12-14"));
		assertThat(
				OnTheCorpusDay.parseAllShipped("Thanks for your help. Nora Pieters starts on 11 January as a stylist."))
			.extracting(Announcement::employeeName)
			.containsExactly("Nora Pieters");
	}

	@Test
	void aCallerPassedOnIsNoOneAnnounced() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Mr Patel phoned about his order of the Rioja, can someone call him back?"))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
		assertThat(OnTheCorpusDay
			.parseAllShipped("Meneer de Groot belde, hij wil zijn dakgoot volgende week laten nakijken."))
			.extracting(Announcement::employeeName)
			.containsOnlyNulls();
		// called in sick with a leaving said: the leaving stands
		assertThat(OnTheCorpusDay.parseAllShipped("Ella Grant called in sick, her last day is still 18 December."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Ella Grant"));
	}

	@Test
	void aJobAfterLeavingIsNotTheOneHeldHere() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Mila Janssens werkt tot en met 15 januari bij de praktijk; daarna gaat ze in de thuiszorg werken."))
			.extracting(Announcement::kind, Announcement::roleKey)
			.containsExactly(tuple(Announcement.Kind.LEAVER, null));
		assertThat(OnTheCorpusDay
			.parseAllShipped("Our barber Sam Fox leaves on 18 December; after that he works as a developer in Lisbon."))
			.extracting(Announcement::roleKey)
			.containsExactly((String) null);
		// the job held here, said before, stays
		assertThat(OnTheCorpusDay
			.parseAllShipped("Onze verzorgende Ans Smit stopt op 18 december, daarna gaat ze reizen."))
			.extracting(Announcement::roleKey)
			.containsExactly("care-worker");
	}

}
