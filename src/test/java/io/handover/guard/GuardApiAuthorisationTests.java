package io.handover.guard;

import java.util.List;
import java.util.UUID;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.testing.LiveDirectoryApiTest;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.Authority;
import io.handover.ticket.DeviceRetrieval;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/leavers/{id}/check} in production mode, with Entra ID tokens: IT staff
 * and Administrators may ask for a check; FM, HR and Managers are refused before anything
 * is observed, and nothing changes.
 */
class GuardApiAuthorisationTests extends LiveDirectoryApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TestClock clock;

	TicketView ticket;

	@BeforeEach
	void janLeftToday() {
		this.clock.setDay(TestClockConfiguration.TODAY);
		GRAPH.reset();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String user = UUID.randomUUID().toString();
		String upn = "jan.bakker." + suffix + "@contoso.example";
		GRAPH.addUser(user, upn, "Jan Bakker");
		Actor hanna = Actor.person("a0000000-0000-4000-8000-0000000000a1", "hanna@contoso.example", "Hanna (HR)",
				Channel.API);
		this.ticket = this.tickets.open(new NewTicket(TicketKind.LEAVER,
				new NewTicket.Person(null, "Jan Bakker " + suffix, upn, user, null),
				new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "account-manager", null,
				TestClockConfiguration.TODAY.plusDays(7), WorkLocation.OFFICE, null, DeviceRetrieval.IN_PERSON, null),
				hanna, null);
		this.tickets.authorise(this.ticket.key(), Authority.HR, hanna, null);
	}

	@Test
	void fmHrAndManagersAreRefusedAndNothingIsObserved() throws Exception {
		int graphCalls = GRAPH.calls().size();
		for (String role : List.of("Handover.FM", "Handover.HR", "Handover.Manager")) {
			String token = ENTRA.bearer(UUID.randomUUID().toString(), "someone@contoso.example", "Someone",
					List.of(role));
			this.mvc
				.perform(post("/api/leavers/{id}/check", this.ticket.key()).header(HttpHeaders.AUTHORIZATION, token))
				.andExpect(status().isForbidden());
		}
		assertThat(GRAPH.calls()).hasSize(graphCalls);
	}

	@Test
	void itStaffAndAdministratorsGetTheReview() throws Exception {
		for (String role : List.of("Handover.IT", "Handover.Admin")) {
			String token = ENTRA.bearer(UUID.randomUUID().toString(), "staff@contoso.example", "Staff", List.of(role));
			this.mvc
				.perform(post("/api/leavers/{id}/check", this.ticket.key()).header(HttpHeaders.AUTHORIZATION, token))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.ticketKey").value(this.ticket.key()))
				.andExpect(jsonPath("$.afterLastDay").value(false))
				.andExpect(
						jsonPath("$.residues[0].text").value(org.hamcrest.Matchers.startsWith("Disable the account")));
		}
	}

}
