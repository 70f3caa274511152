package io.handover.intake;

import java.time.LocalDate;

import io.handover.intake.Announcement.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A forwarded or quoted e-mail (issue 18): when the words above the quote only point at
 * it, the announcement is the quoted message, read without its header lines and quote
 * marks; when they say something, they are the announcement.
 */
class QuotedMailTests {

	@Test
	void aForwardedMessageBelowAPointerIsTheAnnouncement() {
		Announcement a = OnTheCorpusDay.parse("""
				Zie hieronder.

				-------- Doorgestuurd bericht --------
				Van: P&O
				Onderwerp: vertrek

				Doutzen Rijpma (accountmanager) is per 26 maart uit dienst.""");

		assertThat(a.kind()).isEqualTo(Kind.LEAVER);
		assertThat(a.employeeName()).isEqualTo("Doutzen Rijpma");
		assertThat(a.date()).isEqualTo(LocalDate.of(2027, 3, 26));
		assertThat(a.roleKey()).isEqualTo("account-manager");
	}

	@Test
	void theDateOfTheForwardHeaderIsNoDateOfTheAnnouncement() {
		Announcement a = OnTheCorpusDay.parse("""
				FYI

				-----Original Message-----
				From: Tom Price
				Sent: Tuesday, December 1, 2026 4:10 PM
				Subject: leaver

				Kate Moss from the sales team is leaving us on 29 January.""");

		assertThat(a.employeeName()).isEqualTo("Kate Moss");
		assertThat(a.date()).isEqualTo(LocalDate.of(2027, 1, 29));
		assertThat(a.notes()).doesNotContain(Announcement.Note.SEVERAL_DATES);
	}

	@Test
	void quotedLinesLoseTheirMarks() {
		Announcement a = OnTheCorpusDay.parse("""
				Kun jij dit oppakken?

				Op di 1 dec. 2026 om 09:14 schreef Ilse de Boer <ilse@example.nl>:
				> Sanne Mulder (zorgmedewerker) vertrekt per 31 januari.
				> Groet, Ilse""");

		assertThat(a.kind()).isEqualTo(Kind.LEAVER);
		assertThat(a.employeeName()).isEqualTo("Sanne Mulder");
		assertThat(a.date()).isEqualTo(LocalDate.of(2027, 1, 31));
	}

	@Test
	void aReplyThatAnnouncesIsReadNotTheMessageItQuotes() {
		Announcement a = OnTheCorpusDay.parse("""
				Bram Eik starts on 4 January as a developer.

				On Tue, 1 Dec 2026 at 10:00, HR <hr@example.com> wrote:
				> Olga Wit leaves on 29 January, can you confirm?""");

		assertThat(a.employeeName()).isEqualTo("Bram Eik");
		assertThat(a.kind()).isEqualTo(Kind.STARTER);
	}

	@Test
	void aReplyWithADateIsReadEvenWhenTheQuoteHasTheIntent() {
		Announcement a = OnTheCorpusDay.parse("""
				Anna Bakker, 4 January, developer

				On Tue, 1 Dec 2026 at 10:00, HR <hr@example.com> wrote:
				> Who starts with you in January?""");

		assertThat(a.employeeName()).isEqualTo("Anna Bakker");
		assertThat(a.date()).isEqualTo(LocalDate.of(2027, 1, 4));
	}

	@Test
	void aSubjectAboveTheForwardSaysWhatNotWhom() {
		Announcement a = OnTheCorpusDay.parse("""
				FW: Starter

				-----Original Message-----
				From: People Team
				Sent: Monday, 30 November 2026 16:40
				Subject: Starter - Maeve Doyle

				Maeve Doyle (developer) - first day 11 January 2027.""");

		assertThat(a.employeeName()).isEqualTo("Maeve Doyle");
		assertThat(a.date()).isEqualTo(LocalDate.of(2027, 1, 11));
	}

	@Test
	void aPhoneSignatureIsNoName() {
		Announcement a = OnTheCorpusDay.parse("""
				Tess Bakx, ontwikkelaar, begint 1 februari

				Verstuurd vanaf mijn Huawei""");

		assertThat(a.employeeName()).isEqualTo("Tess Bakx");
	}

}
