package io.handover.intake;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.testing.BotTest;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.testing.Surnames;
import io.handover.ticket.DeviceRetrieval;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketRequestState;
import io.handover.ticket.TicketRequestView;
import io.handover.ticket.TicketView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake as any channel uses it (the mailbox as much as Teams): answers in words are
 * understood, each answer that needs correcting is named in the writer's language, and a
 * repeated submission opens one ticket. Today is Monday 23 November 2026.
 */
@BotTest
class IntakeTests {

	static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	@Autowired
	Intake intake;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TestClock clock;

	Requester mark = new Requester(io.handover.common.Actor.person("0f3c1d2e-0000-4000-8000-00000000a001",
			"mark@contoso.example", "Mark de Boer", Channel.EMAIL));

	@BeforeEach
	void setUp() {
		this.clock.setDay(TestClockConfiguration.TODAY);
	}

	/** Mark in Teams: the same person, signed in. */
	Requester markInTeams = new Requester(io.handover.common.Actor.person("0f3c1d2e-0000-4000-8000-00000000a001",
			"mark@contoso.example", "Mark de Boer", Channel.TEAMS));

	@Test
	void anEmailAnnouncementBecomesARequestWithTheSenderAsManagerAndOpensNothing() {
		String anna = "Anna de Vries " + Surnames.unique();
		Announcement words = this.intake.read(anna + " starts on 7 December as account manager");
		AnnouncementForm form = AnnouncementForm.of(words, AnnouncementForm.kindOf(words), null);

		IntakeOutcome outcome = this.intake.submit(form, this.mark, "mail:" + UUID.randomUUID(), Locale.ENGLISH);

		TicketRequestView request = ((IntakeOutcome.Requested) outcome).request();
		assertThat(request.state()).isEqualTo(TicketRequestState.PENDING);
		assertThat(request.kind()).isEqualTo(TicketKind.JOINER);
		assertThat(request.ticket().date()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(request.ticket().manager().upn()).isEqualTo("mark@contoso.example");
		assertThat(request.requestedBy().channel()).isEqualTo(Channel.EMAIL);
		assertThat(this.employees.closestMatches(anna, 5)).as("nobody registered before a confirmation")
			.noneMatch(e -> e.name().equals(anna));
	}

	@Test
	void withoutALanguageModelTheFormIsOurReadingAlone() {
		// the tests configure no handover.language.endpoint and leave
		// handover.intake.model.enabled off: the default
		String text = "Hoi! Anna de Vries begint 4 januari als accountmanager, en Piet Bos vertrekt per 1 februari.";
		java.util.List<Announcement> read = this.intake.readAll(text);

		assertThat(read)
			.isEqualTo(new AnnouncementParser().parseAll(text, this.intake.today(), IntakeCorpusTests.shippedRoles()));
		assertThat(read).hasSize(2).allSatisfy(announcement -> assertThat(announcement.model()).isNull());
	}

	@Test
	void whatIsMissingIsAskedPerFieldInTheWritersLanguage() {
		Announcement words = this.intake.read("Anna de Vries begint als astronaut");
		AnnouncementForm form = AnnouncementForm.of(words, TicketKind.JOINER, null);

		IntakeOutcome outcome = this.intake.submit(form, this.mark, "mail:" + UUID.randomUUID(), DUTCH);

		IntakeOutcome.NeedsCorrection corrections = (IntakeOutcome.NeedsCorrection) outcome;
		assertThat(corrections.errors()).containsEntry(FormField.DATE, "Vul de startdatum in.")
			.containsKey(FormField.ROLE)
			.doesNotContainKey(FormField.EMPLOYEE_NAME);
		assertThat(corrections.errors().get(FormField.ROLE)).contains("Er is geen functie \"astronaut\"");
	}

	@Test
	void aReplyWithTheMissingAnswersCompletesTheAnnouncement() {
		Announcement words = this.intake.read("Anna de Vries starts as account manager");
		AnnouncementForm asked = AnnouncementForm.of(words, TicketKind.JOINER, null);
		assertThat(check(asked).errors()).containsOnlyKeys(FormField.DATE);

		AnnouncementForm reply = new AnnouncementForm(TicketKind.JOINER, null, null, null, "7 December", null, null,
				null, null, null);
		NewTicket ticket = ((Intake.Check.Valid) this.intake.check(asked.withAnswers(reply), this.mark, Locale.ENGLISH))
			.ticket();

		assertThat(ticket.employee().name()).isEqualTo("Anna de Vries");
		assertThat(ticket.profile()).isEqualTo("account-manager");
		assertThat(ticket.date()).isEqualTo(LocalDate.of(2026, 12, 7));
	}

	@Test
	void datesMayBeWordsAsAReplyWouldHaveThem() {
		assertThat(this.intake.dateOf("7 December")).contains(LocalDate.of(2026, 12, 7));
		assertThat(this.intake.dateOf("volgende maandag")).contains(LocalDate.of(2026, 11, 30));
		assertThat(this.intake.dateOf("2027-01-04")).contains(LocalDate.of(2027, 1, 4));
		assertThat(this.intake.dateOf("soon")).isEmpty();
		AnnouncementForm form = new AnnouncementForm(TicketKind.JOINER, "Piet", "developer", null, "soon", null, null,
				null, null, null);
		assertThat(check(form).errors().get(FormField.DATE)).startsWith("\"soon\" is not a date I understand");
	}

	@Test
	void aLeaverIsFoundByEmailAndTheirMailboxGoesToTheManagerByDefault() {
		String upn = "leaver." + UUID.randomUUID().toString().substring(0, 8) + "@contoso.example";
		this.employees.register(new NewEmployee("Joris Leaver", upn, null, null, null), Actor.system("test"));
		AnnouncementForm form = new AnnouncementForm(TicketKind.LEAVER, upn, null, null, "2026-12-31", null, null,
				"courier", null, null);

		NewTicket ticket = ((Intake.Check.Valid) this.intake.check(form, this.mark, Locale.ENGLISH)).ticket();

		assertThat(ticket.employee().upn()).isEqualTo(upn);
		assertThat(ticket.deviceRetrieval()).isEqualTo(DeviceRetrieval.COURIER);
		assertThat(ticket.manager().upn()).isEqualTo("mark@contoso.example");
		assertThat(ticket.mailboxDelegate()).as("the ticket module fills in the manager").isNull();
	}

	@Test
	void aDelegateNobodyIsCalledIsAskedFor() {
		String upn = "leaver." + UUID.randomUUID().toString().substring(0, 8) + "@contoso.example";
		this.employees.register(new NewEmployee("Joris Leaver", upn, null, null, null), Actor.system("test"));
		AnnouncementForm form = new AnnouncementForm(TicketKind.LEAVER, upn, null, null, "2026-12-31", null, null, null,
				"Piet Pietersqxz", null);

		assertThat(check(form).errors().get(FormField.DELEGATE)).contains("No one called \"Piet Pietersqxz\"");
	}

	@Test
	void aMoverMustChangeRole() {
		String upn = "mover." + UUID.randomUUID().toString().substring(0, 8) + "@contoso.example";
		this.employees.register(new NewEmployee("Mo Mover", upn, null, null, null), Actor.system("test"));
		AnnouncementForm form = new AnnouncementForm(TicketKind.MOVER, upn, "Care Worker", "zorgmedewerker",
				"2027-01-04", null, null, null, null, null);

		assertThat(check(form).errors()).containsOnlyKeys(FormField.ROLE);
	}

	@Test
	void theSameSubmissionTwiceOpensOneTicketAndRegistersThePersonOnce() {
		String name = "Once Only " + Surnames.letters();
		AnnouncementForm form = new AnnouncementForm(TicketKind.JOINER, name, "care-worker", null, "2027-01-04",
				"hybrid", null, null, null, null);
		String key = "mail:" + UUID.randomUUID();
		// Mark manages people (someone reports to him), so he opens his starters' tickets
		this.employees.register(new io.handover.employee.NewEmployee("Mark de Boer", "mark@contoso.example",
				"0f3c1d2e-0000-4000-8000-00000000a001", null, null), io.handover.common.Actor.system("test"));
		this.employees.register(new io.handover.employee.NewEmployee("Lotte Rapport", "lotte.rapport@contoso.example",
				null, null, "mark@contoso.example"), io.handover.common.Actor.system("test"));

		TicketView first = ((IntakeOutcome.Opened) this.intake.submit(form, this.markInTeams, key, Locale.ENGLISH))
			.ticket();
		TicketView second = ((IntakeOutcome.Opened) this.intake.submit(form, this.markInTeams, key, Locale.ENGLISH))
			.ticket();

		assertThat(second.key()).isEqualTo(first.key());
		assertThat(second.employee().id()).isEqualTo(first.employee().id());
		assertThat(this.employees.closestMatches(name, 5)).filteredOn(e -> e.name().equals(name)).hasSize(1);
	}

	@Test
	void theSameEmailAnnouncementTwiceIsOneRequest() {
		String name = "Twice Mailed " + Surnames.letters();
		AnnouncementForm form = new AnnouncementForm(TicketKind.JOINER, name, "care-worker", null, "2027-01-04",
				"hybrid", null, null, null, null);
		String key = "mail:" + UUID.randomUUID();

		TicketRequestView first = ((IntakeOutcome.Requested) this.intake.submit(form, this.mark, key, Locale.ENGLISH))
			.request();
		TicketRequestView second = ((IntakeOutcome.Requested) this.intake.submit(form, this.mark, key, Locale.ENGLISH))
			.request();

		assertThat(second.id()).isEqualTo(first.id());
	}

	private IntakeOutcome.NeedsCorrection check(AnnouncementForm form) {
		return ((Intake.Check.Invalid) this.intake.check(form, this.mark, Locale.ENGLISH)).corrections();
	}

}
