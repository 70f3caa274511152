package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-57 (tuner TV): a reminder of an event, a rule for every
 * newcomer, a name said only in a condition (all announcing no one), a start called off
 * with a time said before the verb, a day of next month with no article, a letter to the
 * one it is about, a verb typed with two letters swapped, a funeral's day after a death,
 * news of all newcomers with no one named. Today is Thursday 3 December 2026.
 */
class RemindersRulesConditionsAndSlipsTests {

	@Test
	void aReminderOfAnEventAnnouncesNoOne() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Vergeet niet dat de borrel dit jaar op vrijdag 18 december is, in de kantine!"))
			.extracting(Announcement::employeeName, Announcement::date)
			.containsExactly(tuple(null, null));
		assertThat(OnTheCorpusDay
			.parseAllShipped("Reminder: the riding club's AGM is on Monday 14 December, please forward it."))
			.extracting(Announcement::employeeName, Announcement::date)
			.containsExactly(tuple(null, null));
		// a reminder of someone's start is still that start
		assertThat(OnTheCorpusDay.parseAllShipped("Denk eraan: Femke Smits begint maandag 14 december als verkoper."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.STARTER, "Femke Smits", "2026-12-14"));
		assertThat(OnTheCorpusDay.parseAllShipped("Reminder: Tom Hill leaves on Friday, please collect his laptop."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Tom Hill", "2026-12-04"));
	}

	@Test
	void aRuleForEveryNewcomerAnnouncesNoOne() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Vanaf 1 januari moeten alle nieuwe medewerkers een VOG aanleveren voordat ze beginnen."))
			.extracting(Announcement::kind, Announcement::date)
			.containsExactly(tuple(null, null));
		assertThat(OnTheCorpusDay.parseAllShipped("From 1 February every new teacher must hand in a certificate."))
			.extracting(Announcement::kind, Announcement::date)
			.containsExactly(tuple(null, null));
		// a newcomer named is news
		assertThat(OnTheCorpusDay
			.parseAllShipped("Every new driver must have a pass, so please make one for Ivo Maes, who starts Monday."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Ivo Maes"));
	}

	@Test
	void aNameSaidOnlyInAConditionAnnouncesNoOne() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Als Jeroen Post zijn contract niet tekent, moeten we in januari iemand anders zoeken."))
			.extracting(Announcement::employeeName)
			.containsExactly((String) null);
		assertThat(OnTheCorpusDay
			.parseAllShipped("If Marco Rossi doesn't accept the offer, we'll reopen the vacancy in January."))
			.extracting(Announcement::employeeName)
			.containsExactly((String) null);
		// a start said beside the condition is news
		assertThat(OnTheCorpusDay.parseAllShipped("If all goes well, Mark Jones starts on 11 January."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Mark Jones"));
	}

	@Test
	void aStartCalledOffWithATimeBeforeTheVerbAnnouncesNoOne() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Laat de aanmelding van Bram Kuipers maar vervallen, hij heeft gisteren toch afgezegd."))
			.extracting(Announcement::employeeName)
			.containsExactly((String) null);
		assertThat(OnTheCorpusDay.parseAllShipped("De start van Thomas Wouters vervalt, hij heeft vanochtend bedankt."))
			.extracting(Announcement::employeeName)
			.containsExactly((String) null);
	}

	@Test
	void aDayOfNextMonthNeedsNoArticle() {
		assertThat(OnTheCorpusDay.parseAllShipped("From 1st of next month Maria Santos works with us as carer."))
			.extracting(a -> a.date().toString())
			.containsExactly("2027-01-01");
		assertThat(OnTheCorpusDay.parseAllShipped("Nadia Boateng starts on 4th of next month at the front desk."))
			.extracting(a -> a.date().toString())
			.containsExactly("2027-01-04");
	}

	@Test
	void aLetterToTheOneItIsAboutNamesThem() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Dear Sean O'Brien,\nFurther to our meeting, we confirm that your employment will end on 15 January 2027."))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Sean O'Brien", "2027-01-15"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Geachte heer Pieter Claassen,\nHierbij bevestigen wij dat uw dienstverband eindigt op 31 maart 2027."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Pieter Claassen"));
		// a greeting to the reader names no one announced
		assertThat(OnTheCorpusDay.parseAllShipped("Dear Linda,\nPlease note that Ivo Maes will start on 11 January."))
			.extracting(Announcement::employeeName)
			.containsExactly("Ivo Maes");
	}

	@Test
	void aVerbWithTwoLettersSwappedIsThatVerb() {
		assertThat(OnTheCorpusDay.parseAllShipped("Anna Kowalksi will strat as cleaner on monday 14 december."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Anna Kowalksi"));
		assertThat(OnTheCorpusDay.parseAllShipped("Rosa Lindqvist laeves on Friday, her last day."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.LEAVER);
		assertThat(OnTheCorpusDay.parseAllShipped("Ellen Vink vertrket op vrijdag 29 januari."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "2027-01-29"));
	}

	@Test
	void aFuneralsDayIsNotTheDayOfTheDeath() {
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Paul Martens, our groundsman, passed away on Sunday. The funeral is on Saturday 12 December."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "2026-11-29"));
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Tot ons verdriet is Jos Peeters woensdag overleden. De uitvaart is op vrijdag 11 december."))
			.extracting(a -> a.date().toString())
			.containsExactly("2026-12-02");
		// a job of a funeral home is no funeral
		assertThat(OnTheCorpusDay.parseAllShipped(
				"Ada Brooks joins the crematorium team as funeral assistant on 4 January; the one before her died in November."))
			.extracting(a -> a.date().toString())
			.containsExactly("2027-01-04");
		// only the funeral dated: the day of the death is asked for
		assertThat(OnTheCorpusDay
			.parseAllShipped("Onze docente Rita Willems is overleden; de crematie vindt plaats op 11 december."))
			.extracting(Announcement::kind, Announcement::date)
			.containsExactly(tuple(Announcement.Kind.LEAVER, null));
	}

	@Test
	void newsOfAllNewcomersWithNoOneNamedAnnouncesNoOne() {
		assertThat(
				OnTheCorpusDay.parseAllShipped("Alle nieuwe medewerkers beginnen op 4 januari met een introductiedag."))
			.extracting(Announcement::employeeName, Announcement::date)
			.containsExactly(tuple(null, null));
		assertThat(OnTheCorpusDay.parseAllShipped("All new staff start on 11 January with an induction morning."))
			.extracting(Announcement::employeeName, Announcement::date)
			.containsExactly(tuple(null, null));
		// "Alle" is a Frisian given name too
		assertThat(OnTheCorpusDay.parseAllShipped("Alle Postma begint maandag als developer."))
			.extracting(Announcement::employeeName)
			.containsExactly("Alle Postma");
	}

	@Test
	void aLeavingOfAPredecessorNotNamedIsNotTheStartersOwn() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("Lisa Goossens begint op 4 januari, haar voorgangster gaat met pensioen."))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.STARTER, "Lisa Goossens"));
		assertThat(OnTheCorpusDay
			.parseAllShipped("Ada Brooks joins the team on 4 January; the one before her died in November."))
			.extracting(Announcement::kind)
			.containsExactly(Announcement.Kind.STARTER);
		// the one named leaving is still a leaver
		assertThat(OnTheCorpusDay.parseAllShipped("Tom Baker leaves on 18 December; his predecessor left in 2019."))
			.extracting(Announcement::kind, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "2026-12-18"));
	}

}
