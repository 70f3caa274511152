package io.handover.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Announcements of tuning-55 (tuner TT): in a lower-case chat, a job said before the name
 * (by its ending, or with its vehicle after it), a summary dismissal said bare after
 * "weg", where they work after a full name ("op de …"), and a time bound set off after
 * the clause ("tot de zomer"). Today is Thursday 3 December 2026.
 */
class ChatJobsBeforeLowerCaseNamesTests {

	@Test
	void aChatJobBeforeALowerCaseNameIsNoPartOfIt() {
		assertThat(OnTheCorpusDay.parseAllShipped("stalmeisje roos hendriks is gisteren gestopt"))
			.extracting(Announcement::employeeName)
			.containsExactly("Roos Hendriks");
		assertThat(OnTheCorpusDay.parseAllShipped("praktikante mila verbeek heeft vrijdag haar laatste dag"))
			.extracting(Announcement::employeeName)
			.containsExactly("Mila Verbeek");
		// a job and its vehicle or unit, one word, before a two-word name
		assertThat(OnTheCorpusDay.parseAllShipped("bijrijder koelwagen daan hofstra is vanmiddag ontslagen"))
			.extracting(Announcement::employeeName)
			.containsExactly("Daan Hofstra");
		assertThat(OnTheCorpusDay.parseAllShipped("storeman dave colby was let go this morning"))
			.extracting(Announcement::employeeName)
			.containsExactly("Dave Colby");
		// refusals: a given name with a job's ending, a two-word name with no job
		// before it, a name after "de nieuwe" and its job
		assertThat(OnTheCorpusDay.parseAllShipped("ester bakker heeft morgen haar laatste dag"))
			.extracting(Announcement::employeeName)
			.containsExactly("Ester Bakker");
		assertThat(OnTheCorpusDay.parseAllShipped("lieke jansen is vandaag gestopt"))
			.extracting(Announcement::employeeName)
			.containsExactly("Lieke Jansen");
		assertThat(OnTheCorpusDay.parseAllShipped("de nieuwe kok, jesse bos, begint maandag"))
			.extracting(Announcement::employeeName)
			.containsExactly("Jesse Bos");
		// a three-word name after a job keeps its given names
		assertThat(OnTheCorpusDay.parseAllShipped("kapster anna maria jansen begint maandag"))
			.extracting(Announcement::employeeName)
			.doesNotContain("Maria Jansen");
	}

	@Test
	void aSummaryDismissalSaidBareAfterWegIsALeaving() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("schoonmaker piet de wit vandaag weg, op staande voet (zat aan de kassa)"))
			.extracting(Announcement::kind, Announcement::employeeName, a -> a.date().toString())
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Piet de Wit", "2026-12-03"));
		// a dismissal said with its verb as ever
		assertThat(OnTheCorpusDay.parseAllShipped("kok sem vos is vanochtend op staande voet ontslagen"))
			.extracting(Announcement::kind, Announcement::employeeName)
			.containsExactly(tuple(Announcement.Kind.LEAVER, "Sem Vos"));
	}

	@Test
	void whereTheyWorkAndUntilWhenAreNoName() {
		assertThat(OnTheCorpusDay
			.parseAllShipped("maandag start trainee bas de vries op de inkoopafdeling, tot de kerst. laptop nodig"))
			.extracting(Announcement::employeeName)
			.containsExactly("Bas de Vries");
		assertThat(
				OnTheCorpusDay.parseAllShipped("next monday intern jade de boer starts in accounts, until the summer."))
			.extracting(Announcement::employeeName)
			.containsExactly("Jade de Boer");
		// "op de" right after a given name is the surname's
		assertThat(OnTheCorpusDay.parseAllShipped("jan op de beek begint maandag"))
			.extracting(Announcement::employeeName)
			.containsExactly("Jan op de Beek");
	}

}
