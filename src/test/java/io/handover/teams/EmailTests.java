package io.handover.teams;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.handover.common.Channel;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
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
 * answers by e-mail with the ticket key, or with the questions it needs answered, and a
 * reply in the same thread completes the ticket. Today is Monday 23 November 2026.
 */
@BotTest
class EmailTests {

	static final Pattern TICKET_KEY = Pattern.compile("JML-\\d{4,}");

	static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	ConnectorStub connector = ConnectorStub.shared();

	String thread;

	String sender;

	@BeforeEach
	void setUp() {
		this.connector.reset();
		this.thread = "email-thread-" + UUID.randomUUID();
		this.sender = "maria." + UUID.randomUUID().toString().substring(0, 6) + "@contoso.example";
	}

	@Test
	void aStarterAnnouncedByEmailGetsAReplyWithTheTicketKey() throws Exception {
		String name = person("Anna de Vries");

		Call reply = send(email(UUID.randomUUID().toString(), "New starter", "Hi Handover,\n\n" + name
				+ " starts on 7 December as account manager.\n\nKind regards,\nMaria Jansen"));

		assertThat(reply.conversationId()).isEqualTo(this.thread);
		TicketView ticket = ticketIn(reply);
		assertThat(ticket.kind()).isEqualTo(TicketKind.JOINER);
		assertThat(ticket.employee().name()).isEqualTo(name);
		assertThat(ticket.profile()).isEqualTo("account-manager");
		assertThat(ticket.date()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(ticket.source()).isEqualTo(Channel.EMAIL);
		assertThat(ticket.manager().upn()).isEqualTo(this.sender);
		assertThat(reply.text())
			.contains("Ticket " + ticket.key() + " is open", name + " starts on Monday 7 December 2026",
					"Account Manager")
			.doesNotContain("late notice");
		assertThat(reply.body().path("channelData").path("subject").asText()).isEqualTo("Re: New starter");
		assertThat(reply.body().path("channelData").path("htmlBody").asText())
			.contains("<p>Thank you. Ticket " + ticket.key());
		assertThat(reply.cards()).as("the e-mail channel shows no Adaptive Cards").isEmpty();
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

		TicketView ticket = ticketIn(done);
		assertThat(ticket.employee().name()).isEqualTo(name);
		assertThat(ticket.date()).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(ticket.profile()).isEqualTo("software-engineer");
		assertThat(ticket.shippingAddress()).isEqualTo("Dorpsstraat 1, Utrecht");
		assertThat(done.text()).contains("Ticket " + ticket.key() + " is open").doesNotContain("late notice");
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

		TicketView ticket = ticketIn(done);
		assertThat(ticket.profile()).isEqualTo("account-manager");
		assertThat(ticket.date()).isEqualTo(LocalDate.of(2027, 1, 11));
		assertThat(done.text()).contains("Ticket " + ticket.key() + " is aangemaakt");
	}

	@Test
	void theSameEmailDeliveredTwiceOpensOneTicketAndIsAnsweredOnce() throws Exception {
		String name = person("Dirk Jans");
		ObjectNode email = email(UUID.randomUUID().toString(), "Starter", name + " starts tomorrow as care worker");

		Call reply = send(email);
		assertThat(reply.text()).contains("late notice");
		ticketIn(reply);
		this.mvc.perform(post("/api/messages").contentType(MediaType.APPLICATION_JSON).content(email.toString()))
			.andExpect(status().is2xxSuccessful());

		assertThat(repliesInThread()).as("the sender already has the answer").hasSize(1);
		assertThat(this.tickets.search(null, this.sender, null, null, 10)).hasSize(1);
	}

	@Test
	void anEmailWithoutAnAnnouncementGetsAnExample() throws Exception {
		Call reply = send(email(UUID.randomUUID().toString(), "Question", "Can you help me with my laptop?"));

		assertThat(reply.text()).contains("I could not find an announcement", "starts on 7 December");
		assertThat(this.tickets.search(null, this.sender, null, null, 10)).isEmpty();
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

	private TicketView ticketIn(Call reply) {
		Matcher key = TICKET_KEY.matcher(reply.text());
		assertThat(key.find()).as("a ticket key in: %s", reply.text()).isTrue();
		return this.tickets.get(key.group());
	}

	private static String person(String name) {
		// letters only: the parser reads names as words
		return name + " " + Surnames.unique();
	}

}
