package io.handover.teams;

import io.handover.testing.Surnames;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.handover.common.Actor;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.ticket.TicketRequestView;
import io.handover.ticket.TicketRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 18's language model in e-mail, as in Teams
 * ({@link AnnouncementModelInTeamsTests}), against the chat completions emulator. An
 * e-mail has no form to show a note next to a field, so a field the model reads otherwise
 * (or fills in) is asked, not filed, with the model's reading next to the question; the
 * manager's reply completes it. A slow, throttled, failing or malformed model leaves the
 * e-mail answered as without one. Today is Monday 23 November 2026.
 */
class AnnouncementModelInEmailTests extends AnnouncementModelTest {

	static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	MockMvc mvc;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	TicketRequests requests;

	ConnectorStub connector = ConnectorStub.shared();

	String thread;

	String sender;

	String senderAad;

	@BeforeEach
	void setUp() {
		MODEL.reset();
		this.connector.reset();
		this.thread = "email-thread-" + UUID.randomUUID();
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		this.sender = "maria." + suffix + "@contoso.example";
		this.senderAad = UUID.randomUUID().toString();
		this.employees.register(
				new NewEmployee("Maria Jansen " + Surnames.letters(), this.sender, this.senderAad, null, null),
				Actor.system("test"));
	}

	@Test
	void whereTheModelAgreesTheEmailIsFiledAsWithoutIt() throws Exception {
		String anna = IntakeChat.unique("Anna de Vries");
		MODEL.answer(request -> reading("starter", anna, "2027-01-04", "account manager"));
		String body = anna + " starts on 4 January 2027 as account manager.";

		Call reply = send("New starter", "Hi Handover,\n\n" + body + "\n\nKind regards,\nMaria");

		TicketRequestView request = this.requests.get(HrDesk.requestId(reply.text()));
		assertThat(request.employeeName()).isEqualTo(anna);
		assertThat(request.ticket().date()).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(request.ticket().profile()).isEqualTo("account-manager");
		// only the message's words go to the model: no greeting line decides, no register
		// data is added
		assertThat(MODEL.requests()).singleElement()
			.satisfies(sent -> assertThat(sent.user()).contains(body).doesNotContain(this.sender));
	}

	@Test
	void aDateTheModelReadsOtherwiseIsAskedWithItsReadingAndTheReplyCompletesIt() throws Exception {
		String anna = IntakeChat.unique("Anna de Vries");
		MODEL.answer(request -> reading("starter", anna, "2027-01-05", "accountmanager"));

		Call question = send("Nieuwe medewerker", "Hoi! " + anna + " begint op 4 januari als accountmanager.");

		assertThat(question.text()).contains("Om het ticket voor " + anna + " aan te maken heb ik nog nodig:",
				"- Startdatum:", "Het taalmodel las de datum als dinsdag 5 januari 2027");
		assertThat(this.requests.search(this.senderAad, null, null, 10)).as("nothing filed").isEmpty();

		Call done = send("RE: Nieuwe medewerker", "Startdatum: 4 januari 2027");

		TicketRequestView request = this.requests.get(HrDesk.requestId(done.text()));
		assertThat(request.ticket().date()).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(request.ticket().profile()).isEqualTo("account-manager");
	}

	@Test
	void aRoleTheModelFillsInIsAskedNotFiled() throws Exception {
		String bram = IntakeChat.unique("Bram Kok");
		MODEL.answer(request -> reading("starter", bram, "2027-01-04", "software engineer"));

		Call question = send("Starter", bram + " starts on 4 January 2027 in the platform team.");

		assertThat(question.text()).contains("- Role:", "The language model read the role as Software Engineer");
		assertThat(this.requests.search(this.senderAad, null, null, 10)).isEmpty();
	}

	@Test
	void aNameTheModelMadeUpIsNotUsedAndTheEmailIsFiledAsWithoutIt() throws Exception {
		String bram = IntakeChat.unique("Bram Kok");
		MODEL.answer(request -> reading("starter", "Someone Else", "2027-01-04", null));

		Call reply = send("Starter", bram + " starts on 4 January 2027 as software engineer.");

		assertThat(this.requests.get(HrDesk.requestId(reply.text())).employeeName()).isEqualTo(bram);
	}

	@Test
	void aSlowThrottledFailingOrMalformedModelLeavesTheEmailAsWithoutIt() throws Exception {
		for (String fault : List.of("slow", "429", "500", "malformed")) {
			setUp();
			String piet = IntakeChat.unique("Piet Smit");
			MODEL.answer(request -> fault.equals("malformed") ? "{\"people\": \"Piet\"}"
					: reading("leaver", piet, "2027-01-05", null));
			switch (fault) {
				case "slow" -> MODEL.delay(Duration.ofSeconds(4));
				case "429" -> MODEL.failNext(429, 100L, 1, "Rate limit reached for requests");
				case "500" -> MODEL.failNext(500, null, 1, "The server had an error while processing your request.");
				default -> {
				}
			}

			long started = System.nanoTime();
			Call reply = send("Starter", piet + " starts on 4 January 2027 as account manager.");

			assertThat(Duration.ofNanos(System.nanoTime() - started)).as(fault).isLessThan(Duration.ofSeconds(3));
			assertThat(reply.text()).as(fault).doesNotContain("taalmodel", "language model");
			TicketRequestView request = this.requests.get(HrDesk.requestId(reply.text()));
			assertThat(request.employeeName()).as(fault).isEqualTo(piet);
			assertThat(request.ticket().date()).as(fault).isEqualTo(LocalDate.of(2027, 1, 4));
			assertThat(MODEL.requests()).as(fault).hasSize(1);
		}
	}

	private static String reading(String intent, String name, String date, String role) {
		ObjectNode person = JSON.createObjectNode();
		person.put("intent", intent);
		person.put("name", name);
		person.put("date", date);
		person.put("role", role);
		ObjectNode answer = JSON.createObjectNode();
		answer.putArray("people").add(person);
		return answer.toString();
	}

	private Call send(String subject, String body) throws Exception {
		ObjectNode activity = JSON.createObjectNode();
		activity.put("type", "message");
		activity.put("id", UUID.randomUUID().toString());
		activity.put("channelId", "email");
		activity.put("serviceUrl", this.connector.serviceUrl());
		activity.put("timestamp", "2026-11-23T08:00:00.000Z");
		activity.putObject("from").put("id", this.sender).put("name", "Maria Jansen");
		activity.putObject("recipient").put("id", "handover@contoso.example").put("name", "Handover");
		activity.putObject("conversation").put("id", this.thread);
		activity.put("text", body);
		activity.put("textFormat", "plain");
		activity.putObject("channelData").put("subject", subject);
		int before = inThread().size();
		this.mvc.perform(post("/api/messages").contentType(MediaType.APPLICATION_JSON).content(activity.toString()))
			.andExpect(status().is2xxSuccessful());
		List<Call> sent = inThread();
		assertThat(sent).hasSize(before + 1);
		return sent.get(sent.size() - 1);
	}

	private List<Call> inThread() {
		// the answers to the e-mails: no notice about confirming a request sent meanwhile
		return this.connector.sent()
			.stream()
			.filter(call -> call.kind() == ConnectorStub.Kind.REPLY && this.thread.equals(call.conversationId()))
			.toList();
	}

}
