package io.handover.teams;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;
import io.handover.common.Actor;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketState;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.teams.IntakeChat.draftId;
import static io.handover.teams.IntakeChat.errors;
import static io.handover.teams.IntakeChat.inputs;
import static io.handover.teams.IntakeChat.text;
import static io.handover.teams.IntakeChat.ticketKey;
import static io.handover.teams.IntakeChat.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * J1/J2 in the manager's personal chat: whatever way a starter or leaver is announced,
 * the bot answers with one form card prefilled with what it understood; submitting it
 * stores the ticket and replaces the form with the ticket's status card. Today is Monday
 * 23 November 2026.
 */
@BotTest
class AnnouncementTests {

	static final Actor ADMIN = Actor.system("test");

	/** Maria Jansen, who writes in the fixtures' personal chat: the leavers' manager. */
	static final String MARIA_UPN = "maria.jansen@contoso.example";

	static final String MARIA_AAD = "00000000-0000-0000-0000-00000000a001";

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TestClock clock;

	ConnectorStub connector = ConnectorStub.shared();

	IntakeChat chat;

	@BeforeEach
	void setUp() {
		this.connector.reset();
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.chat = new IntakeChat(new BotConversation(this.mvc, this.connector), this.connector);
		registerMaria(this.employees);
	}

	/** Someone who reports to Maria in the register: she manages people. */
	static final String MARIAS_REPORT_UPN = "ruud.vermeer@contoso.example";

	/**
	 * Maria in the register, with her Entra id: the manager of record of the leavers the
	 * tests register with her as their manager. Ruud Vermeer reports to her, so she is a
	 * people manager and opens her own starters' tickets (naming oneself as a starter's
	 * manager counts only for someone who manages people).
	 */
	static void registerMaria(EmployeeDirectory employees) {
		employees.register(new NewEmployee("Maria Jansen", MARIA_UPN, MARIA_AAD, null, null), ADMIN);
		employees.register(new NewEmployee("Ruud Vermeer", MARIAS_REPORT_UPN, null, null, MARIA_UPN), ADMIN);
	}

	@Test
	void aNameWithATurkishDottedCapitalIGetsItsFormNotAFailure() throws Exception {
		// "İ" lower-cases to two characters; the reading once failed on it
		String ilknur = unique("İlknur Yılmaz");

		JsonNode form = this.chat.say(ilknur + ", accountmanager, begint op maandag 7 december");

		assertThat(inputs(form)).containsEntry("employeeName", ilknur)
			.containsEntry("roleProfile", "account-manager")
			.containsEntry("startDate", "2026-12-07");
		assertThat(errors(form)).isEmpty();
	}

	@Test
	void anEnglishStarterInFreeTextPrefillsTheFormAndOpensTheTicket() throws Exception {
		String anna = unique("Anna de Vries");

		JsonNode form = this.chat.say(anna + " starts on 7 December as account manager");

		assertThat(text(form)).contains("New starter");
		assertThat(inputs(form)).containsEntry("employeeName", anna)
			.containsEntry("roleProfile", "account-manager")
			.containsEntry("startDate", "2026-12-07")
			.containsEntry("manager", "Maria Jansen");
		assertThat(errors(form)).isEmpty();

		JsonNode status = this.chat.submit(form, Map.of());

		TicketView ticket = this.tickets.get(ticketKey(status));
		assertThat(ticket.kind()).isEqualTo(TicketKind.JOINER);
		assertThat(ticket.employee().name()).isEqualTo(anna);
		assertThat(ticket.date()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(ticket.profile()).isEqualTo("account-manager");
		assertThat(ticket.workLocation()).isEqualTo(WorkLocation.OFFICE);
		assertThat(ticket.lateNotice()).isFalse();
		assertThat(ticket.requestedBy().id()).isEqualTo("00000000-0000-0000-0000-00000000a001");
		assertThat(ticket.manager().name()).isEqualTo("Maria Jansen");
		assertThat(ticket.tasks()).isNotEmpty();
		assertThat(text(status)).contains(ticket.key(), anna, "Account Manager").doesNotContain("Late notice");
	}

	@Test
	void aDutchStarterInFreeTextGetsTheDutchForm() throws Exception {
		String anna = unique("Anna de Vries");

		JsonNode form = this.chat
			.say(TeamsActivity.personalMessage(anna + " begint op 7 december als accountmanager").locale("nl-NL"));

		assertThat(text(form)).contains("Nieuwe medewerker");
		assertThat(inputs(form)).containsEntry("employeeName", anna)
			.containsEntry("roleProfile", "account-manager")
			.containsEntry("startDate", "2026-12-07");

		TicketView ticket = this.tickets.get(ticketKey(this.chat.submit(form, Map.of())));
		assertThat(ticket.employee().name()).isEqualTo(anna);
		assertThat(ticket.profile()).isEqualTo("account-manager");
	}

	@Test
	void aForwardedMailPastedInTheChatIsReadByItsLinesNotItsHeader() throws Exception {
		String sven = unique("Sven Hoekstra");
		String mail = "FW: Nieuwe collega\n\nVan: Werving\nVerzonden: vrijdag 20 november 2026 10:12\n"
				+ "Onderwerp: Nieuwe collega\n\nWij bevestigen dat " + sven
				+ " per maandag 18 januari 2027 bij ons begint als ontwikkelaar.";

		JsonNode form = this.chat.say(TeamsActivity.personalMessage(mail).locale("nl-NL"));

		assertThat(inputs(form)).containsEntry("employeeName", sven)
			.containsEntry("startDate", "2027-01-18")
			.containsEntry("roleProfile", "software-engineer");
	}

	@Test
	void theLinesTeamsSendsAsMarkupBesideTheFlattenedTextAreKept() throws Exception {
		// Teams gives a multi-line message's text with its lines run together and the
		// lines themselves in a text/html attachment
		String sven = unique("Sven Hoekstra");
		TeamsActivity pasted = TeamsActivity
			.personalMessage("FW: Nieuwe collega Van: Werving Verzonden: vrijdag 20 november 2026 10:12 "
					+ "Onderwerp: Nieuwe collega Wij bevestigen dat " + sven
					+ " per maandag 18 januari 2027 bij ons begint als ontwikkelaar.")
			.locale("nl-NL");
		pasted.node()
			.putArray("attachments")
			.addObject()
			.put("contentType", "text/html")
			.put("content",
					"<p>FW: Nieuwe collega</p><p>&nbsp;</p><p>Van: Werving<br>Verzonden: vrijdag 20 november "
							+ "2026 10:12<br>Onderwerp: Nieuwe collega</p><p>&nbsp;</p><p>Wij bevestigen dat " + sven
							+ " per maandag 18 januari 2027 bij ons begint als ontwikkelaar.</p>");

		JsonNode form = this.chat.say(pasted);

		assertThat(inputs(form)).containsEntry("employeeName", sven)
			.containsEntry("startDate", "2027-01-18")
			.containsEntry("roleProfile", "software-engineer");
	}

	@Test
	void aBareNewStarterGivesAnEmptyFormThatTheManagerFillsIn() throws Exception {
		JsonNode form = this.chat.say("new starter");

		assertThat(inputs(form)).containsEntry("employeeName", "")
			.containsEntry("startDate", "")
			.containsEntry("manager", "Maria Jansen");

		String piet = unique("Piet Smit");
		JsonNode status = this.chat.submit(form, Map.of("employeeName", piet, "roleProfile", "software-engineer",
				"startDate", "2027-01-04", "workLocation", "REMOTE", "shippingAddress", "Dorpsstraat 1, Utrecht"));

		TicketView ticket = this.tickets.get(ticketKey(status));
		assertThat(ticket.employee().name()).isEqualTo(piet);
		assertThat(ticket.profile()).isEqualTo("software-engineer");
		assertThat(ticket.workLocation()).isEqualTo(WorkLocation.REMOTE);
		assertThat(ticket.shippingAddress()).isEqualTo("Dorpsstraat 1, Utrecht");
	}

	@ParameterizedTest
	@CsvSource({ "new starter,en-US,form.starter.submit", "nieuwe medewerker,nl-NL,form.starter.submit",
			"new leaver,en-US,form.leaver.submit", "uitdienst,nl-NL,form.leaver.submit",
			"role change,en-US,form.mover.submit", "functiewijziging,nl-NL,form.mover.submit" })
	void eachCommandOpensItsForm(String command, String locale, String submitVerb) throws Exception {
		JsonNode form = this.chat.say(TeamsActivity.personalMessage(command).locale(locale));

		assertThat(IntakeChat.submitAction(form).path("verb").asString()).isEqualTo(submitVerb);
		assertThat(inputs(form)).containsEntry("employeeName", "");
	}

	@Test
	void nieuweMedewerkerOpensTheSameFormInDutch() throws Exception {
		JsonNode form = this.chat.say(TeamsActivity.personalMessage("nieuwe medewerker").locale("nl-NL"));

		assertThat(text(form)).contains("Nieuwe medewerker");
		assertThat(IntakeChat.submitAction(form).path("verb").asString()).isEqualTo("form.starter.submit");
	}

	@Test
	void theHelpCardsNewStarterButtonOpensTheForm() throws Exception {
		JsonNode form = IntakeChat.answerCard(
				this.chat.bot().invoke(TeamsActivity.cardAction("form.starter.open", Map.of("kind", "JOINER"))));

		assertThat(IntakeChat.submitAction(form).path("verb").asString()).isEqualTo("form.starter.submit");
		assertThat(draftId(form)).isNotBlank();
		assertThat(inputs(form)).containsEntry("manager", "Maria Jansen");
	}

	@Test
	void aLateNoticeIsAcceptedAndSaysSo() throws Exception {
		String anna = unique("Anna de Vries");

		JsonNode form = this.chat.say(anna + " starts on 30 November as account manager");

		assertThat(text(form)).contains("Fewer than 14 days");
		JsonNode status = this.chat.submit(form, Map.of());
		assertThat(text(status)).contains("Late notice");
		TicketView ticket = this.tickets.get(ticketKey(status));
		assertThat(ticket.lateNotice()).isTrue();
		assertThat(ticket.tasks()).allMatch(task -> task.urgent());
	}

	@Test
	void anEnglishLeaverFoundInTheRegisterGetsTheLeaverFormAndTicket() throws Exception {
		String jan = unique("Jan Bakker");
		String id = this.employees.register(new NewEmployee(jan, upn(jan), null, null, MARIA_UPN), ADMIN).id();

		JsonNode form = this.chat.say(jan + " leaves on 30 November");

		assertThat(text(form)).contains("Leaver");
		assertThat(inputs(form)).containsEntry("employeeName", jan).containsEntry("lastWorkingDay", "2026-11-30");
		JsonNode status = this.chat.submit(form, Map.of("deviceRetrieval", "COURIER"));

		TicketView ticket = this.tickets.get(ticketKey(status));
		assertThat(ticket.kind()).isEqualTo(TicketKind.LEAVER);
		assertThat(ticket.employee().id()).isEqualTo(id);
		assertThat(ticket.date()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(ticket.lateNotice()).isTrue();
		assertThat(text(status)).contains("Late notice");
	}

	@Test
	void aDutchLeaverWithANumericDate() throws Exception {
		String jan = unique("Jan Bakker");
		this.employees.register(new NewEmployee(jan, upn(jan), null, null, MARIA_UPN), ADMIN);

		JsonNode form = this.chat.say(TeamsActivity.personalMessage(jan + " gaat 30-11 uit dienst").locale("nl-NL"));

		assertThat(inputs(form)).containsEntry("employeeName", jan).containsEntry("lastWorkingDay", "2026-11-30");
		TicketView ticket = this.tickets.get(ticketKey(this.chat.submit(form, Map.of())));
		assertThat(ticket.kind()).isEqualTo(TicketKind.LEAVER);
		assertThat(ticket.employee().name()).isEqualTo(jan);
	}

	@Test
	void aLeaverTheRegisterDoesNotKnowIsOfferedTheClosestNamesAndNothingIsStored() throws Exception {
		String jan = unique("Jan Bakker");
		this.employees.register(new NewEmployee(jan, upn(jan), null, null, MARIA_UPN), ADMIN);
		String typo = jan.replace("Bakker", "Baker");
		long ticketsBefore = ticketCount();

		JsonNode form = this.chat.say(typo + " leaves on 30 November");
		JsonNode corrected = this.chat.submit(form, Map.of());

		assertThat(IntakeChat.submitAction(corrected).path("verb").asString()).isEqualTo("form.leaver.submit");
		assertThat(draftId(corrected)).isEqualTo(draftId(form));
		assertThat(errors(corrected).get("employeeName")).contains("No one called \"" + typo + "\"")
			.contains("Did you mean", jan);
		assertThat(inputs(corrected)).containsEntry("employeeName", typo);
		assertThat(ticketCount()).isEqualTo(ticketsBefore);
	}

	@Test
	void formErrorsAppearNextToTheirFieldsAndNothingIsStored() throws Exception {
		JsonNode form = this.chat.say("new starter");
		long ticketsBefore = ticketCount();
		long employeesBefore = this.mongo.getCollection("employees").countDocuments();

		JsonNode corrected = this.chat.submit(form, Map.of("employeeName", "", "roleProfile", "astronaut", "startDate",
				"2026-11-20", "workLocation", "REMOTE", "shippingAddress", ""));

		Map<String, String> errors = errors(corrected);
		assertThat(errors.get("employeeName")).isEqualTo("Enter the name of the new employee.");
		assertThat(errors.get("roleProfile")).contains("There is no role \"astronaut\"").contains("Account Manager");
		assertThat(errors.get("startDate")).isEqualTo("The start date cannot be in the past.");
		assertThat(errors.get("shippingAddress")).isEqualTo("A remote starter needs a shipping address.");
		assertThat(text(corrected)).contains("Please correct the fields marked below.");
		assertThat(inputs(corrected)).containsEntry("startDate", "2026-11-20").containsEntry("workLocation", "REMOTE");
		assertThat(ticketCount()).isEqualTo(ticketsBefore);
		assertThat(this.mongo.getCollection("employees").countDocuments()).isEqualTo(employeesBefore);
	}

	@Test
	void aCorrectedFormOpensTheTicket() throws Exception {
		JsonNode form = this.chat.say("new starter");
		JsonNode corrected = this.chat.submit(form, Map.of("employeeName", ""));
		assertThat(errors(corrected)).containsKey("employeeName");

		String anna = unique("Anna de Vries");
		JsonNode status = this.chat.submit(corrected,
				Map.of("employeeName", anna, "roleProfile", "care-worker", "startDate", "2027-02-01"));

		assertThat(this.tickets.get(ticketKey(status)).employee().name()).isEqualTo(anna);
	}

	@Test
	void aRoleTheWordsNameButNoProfileHasIsPointedOutInTheForm() throws Exception {
		JsonNode form = this.chat.say(unique("Anna de Vries") + " starts on 7 December as astronaut");

		assertThat(inputs(form)).containsEntry("roleProfile", "");
		assertThat(errors(form).get("roleProfile")).contains("There is no role \"astronaut\"");
	}

	@Test
	void theSameSubmitDeliveredTwiceOpensOneTicket() throws Exception {
		String anna = unique("Anna de Vries");
		JsonNode form = this.chat.say(anna + " starts on 7 December as account manager");
		TeamsActivity click = this.chat.submission(form, Map.of());

		JsonNode first = IntakeChat.answerCard(this.chat.bot().invoke(click));
		JsonNode again = IntakeChat.answerCard(this.chat.bot().invoke(click));

		assertThat(ticketKey(again)).isEqualTo(ticketKey(first));
		assertThat(ticketsFor(anna)).hasSize(1);
	}

	@Test
	void aDoubleClickAtTheSameMomentOpensOneTicket() throws Exception {
		String anna = unique("Anna de Vries");
		JsonNode form = this.chat.say(anna + " starts on 7 December as account manager");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			Callable<String> click = () -> ticketKey(
					IntakeChat.answerCard(this.chat.bot().invoke(this.chat.submission(form, Map.of()))));
			List<Future<String>> clicks = pool.invokeAll(List.of(click, click, click, click));
			for (Future<String> key : clicks) {
				assertThat(key.get()).isEqualTo(clicks.get(0).get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(ticketsFor(anna)).hasSize(1);
		assertThat(this.employees.closestMatches(anna, 5)).filteredOn(e -> e.name().equals(anna)).hasSize(1);
	}

	@Test
	void aMessageTeamsDeliversTwiceStillOpensOneTicket() throws Exception {
		String anna = unique("Anna de Vries");
		TeamsActivity message = TeamsActivity.personalMessage(anna + " starts on 7 December as account manager");
		this.chat.say(message);
		String chat = message.node().path("conversation").path("id").asString();
		JsonNode first = formsIn(chat).get(0);

		// Teams re-sends a message it thinks unanswered, with the same activity id.
		this.chat.bot().send(message);
		List<JsonNode> forms = formsIn(chat);
		JsonNode second = forms.get(forms.size() - 1);

		assertThat(draftId(second)).isEqualTo(draftId(first));
		String key = ticketKey(this.chat.submit(first, Map.of()));
		assertThat(ticketKey(this.chat.submit(second, Map.of()))).isEqualTo(key);
		assertThat(ticketsFor(anna)).hasSize(1);
	}

	/**
	 * The forms posted in the chat, in order: a status card of an earlier ticket may be
	 * delivered into the same chat in between.
	 */
	private List<JsonNode> formsIn(String chat) {
		return this.connector.sentTo(chat)
			.stream()
			.flatMap(call -> call.cards().stream())
			.filter(card -> card.path("actions")
				.findValues("verb")
				.stream()
				.anyMatch(v -> v.asString().endsWith(".submit")))
			.toList();
	}

	@Test
	void aFormSubmittedAgainAfterItsTicketWasOpenedShowsThatTicket() throws Exception {
		String anna = unique("Anna de Vries");
		JsonNode form = this.chat.say(anna + " starts on 7 December as account manager");
		String key = ticketKey(this.chat.submit(form, Map.of()));

		// An old copy of the form, edited: it still belongs to the ticket it opened.
		JsonNode again = this.chat.submit(form, Map.of("startDate", "2026-12-14"));

		assertThat(ticketKey(again)).isEqualTo(key);
		assertThat(ticketsFor(anna)).hasSize(1);
		assertThat(this.tickets.get(key).date()).isEqualTo(LocalDate.of(2026, 12, 7));
	}

	@Test
	void aSecondOpenTicketForTheSameLeaverIsRefusedInTheForm() throws Exception {
		String jan = unique("Jan Bakker");
		this.employees.register(new NewEmployee(jan, upn(jan), null, null, MARIA_UPN), ADMIN);
		String key = ticketKey(this.chat.submit(this.chat.say(jan + " leaves on 18 December"), Map.of()));

		List<JsonNode> again = this.chat.sayAll(TeamsActivity.personalMessage(jan + " leaves on 21 December"));
		assertThat(ticketKey(again.get(0))).as("the open ticket's status first").isEqualTo(key);
		assertThat(text(again.get(1))).as("then the offer to move it").contains("Move " + key + " to 21 December");
		JsonNode corrected = this.chat.submit(again.get(2), Map.of());

		assertThat(errors(corrected).get("employeeName")).contains("already has an open leaver ticket", key);
	}

	@Test
	void aRuleOfTheTicketModuleThatConcernsNoFieldIsShownAsARefusalCard() throws Exception {
		JsonNode form = this.chat.say(unique("Anna de Vries") + " starts on 7 December as account manager");
		// Say the bot stopped after opening a ticket with this form's key, before it
		// noted the ticket on the draft, and that ticket was another one.
		this.tickets.open(
				new NewTicket(TicketKind.JOINER, new NewTicket.Person(null, unique("Someone Else"), null, null, null),
						null, "care-worker", null, LocalDate.of(2027, 1, 4), WorkLocation.OFFICE, null, null, null),
				ADMIN, FormActions.idempotencyKey(draftId(form)));

		JsonNode card = this.chat.submit(form, Map.of());

		assertThat(text(card)).contains("Not allowed", "already used", "Nothing was changed");
	}

	@Test
	void anAnnouncementInAChannelPointsToThePersonalChat() throws Exception {
		JsonNode card = this.chat.say(TeamsActivity.channelMessage("new starter"));

		assertThat(text(card)).contains("personal chat");
		assertThat(card.path("actions").isMissingNode() || card.path("actions").isEmpty()).isTrue();
	}

	private long ticketCount() {
		return this.mongo.count(new Query(), "tickets");
	}

	private List<TicketView> ticketsFor(String name) {
		return this.tickets.search(null, null, null, List.of(TicketState.values()), 500)
			.stream()
			.filter(t -> t.employee().name().equals(name))
			.toList();
	}

	static String upn(String name) {
		return name.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "@contoso.example";
	}

}
