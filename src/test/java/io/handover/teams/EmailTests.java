package io.handover.teams;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.JsonNode;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.ticket.Authority;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketRequestState;
import io.handover.ticket.TicketRequestView;
import io.handover.ticket.TicketRequests;
import io.handover.ticket.TicketView;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.ConnectorStub.Kind;
import io.handover.testing.Surnames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * J7: a manager announces by e-mail (the Azure Bot Service e-mail channel). The bot
 * answers by e-mail with the questions it needs answered, and a reply in the same thread
 * completes the announcement. An address proves less than a Teams sign-in: only a person
 * of the organisation (a directory user in its domains) is heard, and every e-mail
 * announcement is a request that HR confirms in Teams before the ticket opens; the sender
 * hears the outcome in the same thread. Today is Monday 23 November 2026.
 */
@BotTest
class EmailTests {

	static final Pattern TICKET_KEY = Pattern.compile("JML-\\d{4,}");

	static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TicketRequests requests;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	TicketRequestCards requestCards;

	@Autowired
	AuditTrail audit;

	@Autowired
	MongoTemplate mongo;

	ConnectorStub connector = ConnectorStub.shared();

	String thread;

	String sender;

	/** The sender's Entra object id: a person of the organisation. */
	String senderAad;

	HrDesk hr;

	@BeforeEach
	void setUp() throws Exception {
		this.connector.reset();
		this.thread = "email-thread-" + UUID.randomUUID();
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		this.sender = "maria." + suffix + "@contoso.example";
		this.senderAad = UUID.randomUUID().toString();
		this.employees.register(
				new NewEmployee("Maria Jansen " + Surnames.letters(), this.sender, this.senderAad, null, null),
				Actor.system("test"));
		this.hr = HrDesk.shared(new BotConversation(this.mvc, this.connector), this.connector, this.requestCards);
	}

	@Test
	void aStarterAnnouncedByEmailIsARequestThatOpensTheTicketOnlyWhenHrConfirmsInTeams() throws Exception {
		String name = person("Anna de Vries");

		Call reply = send(email(UUID.randomUUID().toString(), "New starter", "Hi Handover,\n\n" + name
				+ " starts on 7 December as account manager.\n\nKind regards,\nMaria Jansen"));

		assertThat(reply.conversationId()).isEqualTo(this.thread);
		String requestId = HrDesk.requestId(reply.text());
		assertThat(reply.text())
			.contains("stored as request " + requestId, name + " starts on Monday 7 December 2026", "Account Manager",
					"confirmed in Teams")
			.doesNotContain("late notice")
			.doesNotContain("JML-");
		assertThat(reply.body().path("channelData").path("subject").asString()).isEqualTo("Re: New starter");
		assertThat(reply.body().path("channelData").path("htmlBody").asString())
			.contains("<p>Thank you. Your announcement is stored as request " + requestId);
		assertThat(reply.cards()).as("the e-mail channel shows no Adaptive Cards").isEmpty();
		assertThat(this.tickets.search(null, this.sender, null, null, 10)).as("nothing opened yet").isEmpty();
		assertThat(this.employees.closestMatches(name, 5)).as("nobody registered yet")
			.noneMatch(e -> e.name().equals(name));

		JsonNode card = this.hr.cardOf(requestId);
		assertThat(HrDesk.text(card)).contains(name, "Maria Jansen", "EMAIL");
		JsonNode confirmed = this.hr.confirm(requestId);

		TicketRequestView request = this.requests.get(requestId);
		assertThat(request.state()).isEqualTo(TicketRequestState.CONFIRMED);
		assertThat(HrDesk.text(confirmed)).contains("Confirmed by " + this.hr.staff.name(), request.ticketKey());
		TicketView ticket = this.tickets.get(request.ticketKey());
		assertThat(ticket.kind()).isEqualTo(TicketKind.JOINER);
		assertThat(ticket.employee().name()).isEqualTo(name);
		assertThat(ticket.profile()).isEqualTo("account-manager");
		assertThat(ticket.date()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(ticket.source()).isEqualTo(Channel.EMAIL);
		assertThat(ticket.manager().upn()).isEqualTo(this.sender);
		assertThat(ticket.requestedBy().id()).isEqualTo(this.senderAad);
		assertThat(ticket.authority()).isEqualTo(Authority.HR);
		assertThat(ticket.authorisedBy().id()).isEqualTo(this.hr.staff.aadObjectId());
		assertThat(this.audit.historyOf("ticket-request", requestId)).extracting(AuditEntry::action)
			.containsExactly("requested", "confirmed");
		assertThat(this.audit.historyOf("ticket-request", requestId).get(1).actorId())
			.isEqualTo(this.hr.staff.aadObjectId());

		// The sender hears it in the same thread.
		this.requestCards.drain();
		assertThat(repliesInThread()).last()
			.satisfies(told -> assertThat(told.text()).contains("confirmed", ticket.key(), name));
	}

	@Test
	void anEmailFromOutsideTheOrganisationChangesNothing() throws Exception {
		String jan = person("Jan Bakker");
		String janUpn = "jan." + UUID.randomUUID().toString().substring(0, 6) + "@contoso.example";
		String janId = this.employees
			.register(new NewEmployee(jan, janUpn, UUID.randomUUID().toString(), null, null), Actor.system("test"))
			.id();
		this.sender = "mallory@evil.example";
		long requestsBefore = this.mongo.count(new Query(), "ticket_requests");

		Call reply = send(email(UUID.randomUUID().toString(), "Leaver",
				jan + " leaves on 18 December.\nMailbox delegate: mallory@evil.example"));

		assertThat(reply.text()).contains("only takes announcements from the organisation's own e-mail addresses");
		assertThat(this.tickets.search(janId, null, null, null, 10)).isEmpty();
		assertThat(this.mongo.count(new Query(), "ticket_requests")).isEqualTo(requestsBefore);
		assertThat(this.mongo.findById(this.thread, Document.class, "mail_threads")).isNull();
		assertThat(this.employees.find(janId).orElseThrow().leavingOn()).isNull();
		assertThat(this.audit.historyOf("mail", this.thread)).extracting(AuditEntry::action, AuditEntry::actorId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("refused", "mallory@evil.example"));
	}

	@Test
	void anAddressOfTheOrganisationsDomainThatIsNoKnownPersonIsRefusedAndChangesNothing() throws Exception {
		String jan = person("Jan Bakker");
		String janId = this.employees
			.register(new NewEmployee(jan, "jan." + UUID.randomUUID().toString().substring(0, 6) + "@contoso.example",
					UUID.randomUUID().toString(), null, null), Actor.system("test"))
			.id();
		this.sender = "nobody." + UUID.randomUUID().toString().substring(0, 6) + "@contoso.example";
		long requestsBefore = this.mongo.count(new Query(), "ticket_requests");

		Call reply = send(email(UUID.randomUUID().toString(), "Leaver", jan + " leaves on 18 December."));

		assertThat(reply.text()).contains("cannot match " + this.sender + " to a person of the organisation",
				"Nothing was changed");
		assertThat(this.tickets.search(janId, null, null, null, 10)).isEmpty();
		assertThat(this.mongo.count(new Query(), "ticket_requests")).isEqualTo(requestsBefore);
		assertThat(this.mongo.findById(this.thread, Document.class, "mail_threads")).isNull();
		assertThat(this.employees.find(janId).orElseThrow().leavingOn()).isNull();
		assertThat(this.audit.historyOf("mail", this.thread)).extracting(AuditEntry::action).containsExactly("refused");
	}

	@Test
	void theSenderCannotConfirmTheirOwnEmailInTeamsEvenAsHr() throws Exception {
		// The HR staff member writes the e-mail herself: someone else in HR must confirm.
		this.sender = this.hr.staff.email();
		this.employees.register(
				new NewEmployee(this.hr.staff.name(), this.sender, this.hr.staff.aadObjectId(), null, null),
				Actor.system("test"));
		String name = person("Els Visser");
		Call reply = send(
				email(UUID.randomUUID().toString(), "Starter", name + " starts on 4 January 2027 as care worker"));
		String requestId = HrDesk.requestId(reply.text());
		this.hr.cardOf(requestId);

		JsonNode refused = this.hr.confirm(requestId);

		assertThat(HrDesk.text(refused)).contains("You cannot confirm your own request", "Nothing was changed");
		assertThat(this.requests.get(requestId).state()).isEqualTo(TicketRequestState.PENDING);
		assertThat(this.tickets.search(null, this.sender, null, null, 10)).isEmpty();
		AuditEntry audited = this.audit.historyOf("ticket-request", requestId).get(1);
		assertThat(audited.action()).isEqualTo("refused");
		assertThat(audited.actorId()).isEqualTo(this.hr.staff.aadObjectId());
	}

	@Test
	void aLeaversMailboxForAnOutsideAddressIsRefusedByEmail() throws Exception {
		String jan = person("Jan Bakker");
		String janId = this.employees
			.register(new NewEmployee(jan, "jan." + UUID.randomUUID().toString().substring(0, 6) + "@contoso.example",
					UUID.randomUUID().toString(), null, this.sender), Actor.system("test"))
			.id();
		long requestsBefore = this.mongo.count(new Query(), "ticket_requests");

		Call reply = send(email(UUID.randomUUID().toString(), "Leaver",
				jan + " leaves on 18 December.\nMailbox delegate: friend@gmail.example"));

		assertThat(reply.text()).contains("cannot go to friend@gmail.example", "outside the organisation");
		assertThat(this.mongo.count(new Query(), "ticket_requests")).isEqualTo(requestsBefore);
		assertThat(this.tickets.search(janId, null, null, null, 10)).isEmpty();
	}

	@Test
	void aMissingDateIsAskedForAndTheReplyCompletesTheTicket() throws Exception {
		String name = person("Bram Kok");

		Call question = send(email(UUID.randomUUID().toString(), "Starter",
				name + " starts as software engineer, working remotely.\nShipping address: Dorpsstraat 1, Utrecht"));

		assertThat(TICKET_KEY.matcher(question.text()).find()).isFalse();
		assertThat(question.text()).contains("To open the ticket for " + name + " I still need:",
				"- Start date: Enter the start date.", "Start date: …");
		assertThat(this.tickets.search(null, this.sender, null, null, 10)).isEmpty();

		// The manager replies in the thread; the reply quotes the bot's question below.
		Call done = send(email(UUID.randomUUID().toString(), "RE: Starter", "Start date: 4 January 2027\n\n"
				+ "From: Handover\nSent: Monday\n> Thank you. To open the ticket for " + name + " I still need:"));

		assertThat(done.text()).contains("stored as request").doesNotContain("late notice");
		TicketView ticket = confirmed(done);
		assertThat(ticket.employee().name()).isEqualTo(name);
		assertThat(ticket.date()).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(ticket.profile()).isEqualTo("software-engineer");
		assertThat(ticket.shippingAddress()).isEqualTo("Dorpsstraat 1, Utrecht");
	}

	@Test
	void anUnknownRoleIsAskedForInDutchAndAnsweredInAFreeReply() throws Exception {
		String name = person("Carla Smit");

		Call question = send(
				email(UUID.randomUUID().toString(), "Nieuwe medewerker", "<html><body><p>Beste Handover,</p><p>" + name
						+ " begint op 11 januari 2027 als astronaut.</p><p>Met vriendelijke groet,<br>Maria</p></body></html>"));

		assertThat(question.text()).contains("Om het ticket voor " + name + " aan te maken heb ik nog nodig:",
				"- Functie: Er is geen functie \"astronaut\"", "Account Manager");

		Call done = send(email(UUID.randomUUID().toString(), "RE: Nieuwe medewerker", "Accountmanager"));

		assertThat(done.text()).contains("opgeslagen als verzoek", name + " begint op maandag 11 januari 2027");
		TicketView ticket = confirmed(done);
		assertThat(ticket.profile()).isEqualTo("account-manager");
		assertThat(ticket.date()).isEqualTo(LocalDate.of(2027, 1, 11));
	}

	@Test
	void aDutchHtmlEmailWithASignatureAndAQuotedMessageIsUnderstoodAndAnsweredInDutch() throws Exception {
		String name = person("Sanne van der Berg");

		Call reply = send(email(UUID.randomUUID().toString(), "Melding",
				"<html><body><p>Hoi,</p><p>Per 4 januari 2027 komt " + name
						+ " ons team versterken als ontwikkelaar.</p><p>Groetjes,<br>Peter de Graaf<br>Teamleider</p>"
						+ "<p>-----Oorspronkelijk bericht-----<br>Van: Ingrid Vos<br>Jan Bakker vertrekt morgen.</p>"
						+ "</body></html>"));

		String requestId = HrDesk.requestId(reply.text());
		assertThat(reply.text()).contains("Je melding is opgeslagen als verzoek " + requestId);
		TicketRequestView request = this.requests.get(requestId);
		assertThat(request.kind()).isEqualTo(TicketKind.JOINER);
		assertThat(request.employeeName()).isEqualTo(name);
		assertThat(request.ticket().profile()).isEqualTo("software-engineer");
		assertThat(request.ticket().date()).isEqualTo(LocalDate.of(2027, 1, 4));
	}

	@Test
	void anOutlookHtmlAnnouncementIsReadWithoutItsSignatureAndQuotedReply() throws Exception {
		String name = person("Ren\u00e9e van der Linden");
		String encoded = name.replace("\u00e9", "&eacute;").replace(" der ", "&nbsp;der ");

		Call reply = send(email(UUID.randomUUID().toString(), "Nieuwe collega",
				"<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><style><!-- p.MsoNormal "
						+ "{margin:0cm} --></style></head><body lang=NL><div class=WordSection1>"
						+ "<p class=MsoNormal>Hoi Handover,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
						+ "<p class=MsoNormal>Per 1 februari 2027 komt " + encoded
						+ " ons team versterken als\r\nverzorgende.<br>Ze werkt op de afdeling Zonnebloem.<o:p></o:p></p>"
						+ "<div><div><p class=MsoNormal>Hartelijke groet,</p></div></div>"
						+ "<p class=MsoNormal><b>Maria Jansen</b><br>Teamleider Zorg<br>T +31 30 123 4567 | M 06-12345678"
						+ "<br>Afwezig op 24-12-2026</p><div style='border:none;border-top:solid #E1E1E1 1.0pt'>"
						+ "<p class=MsoNormal><b>Van:</b> Handover &lt;handover@contoso.example&gt;<br><b>Verzonden:</b>"
						+ " maandag 23 november 2026 10:12</p></div>"
						+ "<p class=MsoNormal>Jan Bakker gaat morgen uit dienst.</p></div></body></html>"));

		String requestId = HrDesk.requestId(reply.text());
		assertThat(reply.text()).contains("Je melding is opgeslagen als verzoek " + requestId);
		TicketRequestView request = this.requests.get(requestId);
		assertThat(request.kind()).isEqualTo(TicketKind.JOINER);
		assertThat(request.employeeName()).isEqualTo(name);
		assertThat(request.ticket().date()).isEqualTo(LocalDate.of(2027, 2, 1));
		assertThat(request.ticket().profile()).isEqualTo("care-worker");
	}

	@Test
	void aDateInAnOutlookSignatureIsNeverTakenForTheAnnouncement() throws Exception {
		String name = person("Bj\u00f6rn Olsen");

		Call question = send(email(UUID.randomUUID().toString(), "New starter", "<html><body dir=\"ltr\">"
				+ "<div class=\"elementToProof\">Hi,</div><div class=\"elementToProof\">"
				+ name.replace("\u00f6", "&#246;") + " joins us as a software engineer.<br></div>"
				+ "<div id=\"Signature\"><div>Peter de Graaf</div><div>Head of Sales</div><div>+31 6 1234 5678</div>"
				+ "<div>Out of office on 18 December 2026</div></div></body></html>"));

		assertThat(question.text()).contains("To open the ticket for " + name + " I still need:",
				"- Start date: Enter the start date.");
		assertThat(this.requests.search(this.senderAad, null, null, 10)).isEmpty();
	}

	@Test
	void aDateTheWordsLeaveUncertainIsAskedNotFiled() throws Exception {
		String name = person("Piet Smit");

		Call question = send(email(UUID.randomUUID().toString(), "Starter",
				name + " starts on Wednesday 7 December as account manager."));

		assertThat(TICKET_KEY.matcher(question.text()).find()).isFalse();
		assertThat(question.text()).contains("Start date");
		assertThat(this.tickets.search(null, this.sender, null, null, 10)).isEmpty();
	}

	@Test
	void theSameEmailDeliveredTwiceIsOneRequestAndIsAnsweredOnce() throws Exception {
		String name = person("Dirk Jans");
		ObjectNode email = email(UUID.randomUUID().toString(), "Starter", name + " starts tomorrow as care worker");

		Call reply = send(email);
		assertThat(reply.text()).contains("late notice");
		HrDesk.requestId(reply.text());
		this.mvc.perform(post("/api/messages").contentType(MediaType.APPLICATION_JSON).content(email.toString()))
			.andExpect(status().is2xxSuccessful());

		assertThat(repliesInThread()).as("the sender already has the answer").hasSize(1);
		assertThat(this.requests.search(this.senderAad, null, null, 10)).hasSize(1);
		assertThat(confirmed(reply).employee().name()).isEqualTo(name);
		assertThat(this.tickets.search(null, this.sender, null, null, 10)).hasSize(1);
	}

	@Test
	void anEmailWithoutAnAnnouncementGetsAnExample() throws Exception {
		Call reply = send(email(UUID.randomUUID().toString(), "Question", "Can you help me with my laptop?"));

		assertThat(reply.text()).contains("I could not find an announcement", "starts on 7 December");
		assertThat(this.tickets.search(null, this.sender, null, null, 10)).isEmpty();
	}

	@Test
	void aStartCalledOffByEmailNamesTheOpenTicketAndWhereToCancelItButChangesNothing() throws Exception {
		String piet = person("Piet Smit");
		TicketView ticket = openedForMaria(piet);

		Call reply = send(email(UUID.randomUUID().toString(), "Start gaat niet door",
				"Hoi,\n\nDe start van " + piet + " gaat helaas niet door.\n\nGroet,\nMaria"));

		assertThat(reply.text()).contains(ticket.key() + ": " + piet + " begint op 1 februari 2027",
				"annuleer " + ticket.key(), "Per e-mail verandert Handover geen ticket");
		assertThat(this.tickets.get(ticket.key()).state()).isEqualTo(io.handover.ticket.TicketState.OPEN);
	}

	@Test
	void someoneWhoMayNotChangeTheTicketLearnsNothingOfItByEmail() throws Exception {
		String piet = person("Piet Smit");
		TicketView ticket = openedForMaria(piet);
		// another person of the organisation, not Piet's manager
		this.sender = "joost." + UUID.randomUUID().toString().substring(0, 6) + "@contoso.example";
		this.employees.register(new NewEmployee("Joost Kamp " + Surnames.letters(), this.sender,
				UUID.randomUUID().toString(), null, null), Actor.system("test"));

		Call reply = send(
				email(UUID.randomUUID().toString(), "Piet", "Hi, is everything ready for " + piet + "? Thanks, Joost"));

		assertThat(reply.text()).contains("I could not find an announcement").doesNotContain(ticket.key());
	}

	/** A starter ticket whose manager of record is Maria, the usual sender. */
	private TicketView openedForMaria(String name) {
		return this.tickets.open(
				new io.handover.ticket.NewTicket(TicketKind.JOINER,
						new io.handover.ticket.NewTicket.Person(null, name, AnnouncementTests.upn(name), null, null),
						new io.handover.ticket.ManagerRef(this.sender, "Maria Jansen"), "account-manager", null,
						LocalDate.of(2027, 2, 1), io.handover.ticket.WorkLocation.OFFICE, null, null, null),
				Actor.system("test"), null);
	}

	private ObjectNode email(String id, String subject, String body) {
		ObjectNode activity = JSON.createObjectNode();
		activity.put("type", "message");
		activity.put("id", id);
		activity.put("channelId", "email");
		activity.put("serviceUrl", this.connector.serviceUrl());
		activity.put("timestamp", "2026-11-23T08:00:00.000Z");
		activity.putObject("from").put("id", this.sender).put("name", "Maria Jansen");
		activity.putObject("recipient").put("id", "handover@contoso.example").put("name", "Handover");
		activity.putObject("conversation").put("id", this.thread);
		boolean html = body.startsWith("<html>");
		activity.put("text", html ? "" : body);
		activity.put("textFormat", "plain");
		ObjectNode channelData = activity.putObject("channelData");
		channelData.put("subject", subject);
		if (html) {
			channelData.put("htmlBody", body);
		}
		return activity;
	}

	private Call send(ObjectNode activity) throws Exception {
		int before = repliesInThread().size();
		this.mvc.perform(post("/api/messages").contentType(MediaType.APPLICATION_JSON).content(activity.toString()))
			.andExpect(status().is2xxSuccessful());
		// Other journeys' department cards may be posted meanwhile: look at this thread.
		List<Call> sent = repliesInThread();
		assertThat(sent).hasSize(before + 1);
		return sent.get(sent.size() - 1);
	}

	private List<Call> repliesInThread() {
		return this.connector.sent().stream().filter(call -> this.thread.equals(call.conversationId())).toList();
	}

	/** HR confirms the request the reply names, in Teams: the ticket it opened. */
	private TicketView confirmed(Call reply) throws Exception {
		String requestId = HrDesk.requestId(reply.text());
		assertThat(this.tickets.search(null, this.sender, null, null, 10)).as("nothing opened before").isEmpty();
		this.hr.cardOf(requestId);
		this.hr.confirm(requestId);
		String key = this.requests.get(requestId).ticketKey();
		assertThat(key).isNotNull();
		assertThat(TICKET_KEY.matcher(key).matches()).isTrue();
		return this.tickets.get(key);
	}

	private static String person(String name) {
		// a capitalised word of letters: the parser reads names as capitalised words
		return IntakeChat.unique(name);
	}

	@Test
	void aMoversCurrentRoleComesFromTheRegisterAndOneTheRegisterContradictsIsAsked() throws Exception {
		// Piet started on 1 December as an account manager; Maria manages him
		String piet = person("Piet Smit");
		String upn = AnnouncementTests.upn(piet);
		this.tickets.open(
				new io.handover.ticket.NewTicket(TicketKind.JOINER,
						new io.handover.ticket.NewTicket.Person(null, piet, upn, null, null),
						new io.handover.ticket.ManagerRef(this.sender, "Maria Jansen"), "account-manager", null,
						LocalDate.of(2026, 12, 1), io.handover.ticket.WorkLocation.OFFICE, null, null, null),
				Actor.system("test"), null);

		Call reply = send(email(UUID.randomUUID().toString(), "Role change",
				piet + " becomes software engineer on 4 January 2027."));

		TicketRequestView request = this.requests.get(HrDesk.requestId(reply.text()));
		assertThat(request.ticket().previousProfile()).isEqualTo("account-manager");
		assertThat(request.ticket().profile()).isEqualTo("software-engineer");

		this.thread = "email-thread-" + UUID.randomUUID();
		Call question = send(email(UUID.randomUUID().toString(), "Role change",
				piet + " moves from care worker to software engineer on 4 January 2027."));

		assertThat(question.text()).contains("- Current role:", "The register has " + piet + " as Account Manager",
				"your message says Care Worker");
		assertThat(this.requests.search(this.senderAad, null, null, 10)).as("only the first").hasSize(1);
	}

}
