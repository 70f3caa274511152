package io.handover.teams;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.handover.HandoverApplication;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.ConnectorStub.Kind;
import io.handover.testing.TeamsActivity;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Confirmed work is never lost: the application stops after a ticket is stored but before
 * its cards went out, and the next start posts them.
 */
@ExtendWith(OutputCaptureExtension.class)
class CardDeliveryRestartTests {

	@TempDir
	Path folder;

	ConnectorStub connector = ConnectorStub.shared();

	@Test
	void cardsOwedBeforeAStopArePostedAfterTheRestart() throws Exception {
		Path file = this.folder.resolve("handover.mv");
		TeamSetup team;
		String ticketKey;
		// First life: card delivery off, as if the process died right after storing the
		// ticket.
		try (ConfigurableApplicationContext first = start(file, false)) {
			this.connector.reset();
			team = new TeamSetup(activity -> post(first, activity), this.connector)
				.withStaff(TeamSetup.member("Peter de Boer"));
			this.connector.reset();
			TicketView ticket = openJoiner(first, "Restart Rianne");
			ticketKey = ticket.key();
			String key = ticket.key();
			assertThat(this.connector.calls(Kind.SEND).stream().filter(call -> call.body().toString().contains(key)))
				.as("stopped before delivery")
				.isEmpty();
		}

		try (ConfigurableApplicationContext second = start(file, true)) {
			String key = ticketKey;
			List<Call> posted = this.connector.awaitCalls(call -> isCardOf(call, List.of(key)), 3,
					Duration.ofSeconds(30));

			assertThat(posted).extracting(Call::conversationId)
				.containsExactlyInAnyOrder(team.general, team.facilities, team.facilities);
		}
	}

	@Test
	void aStopDuringASlowDeliveryRoundLeavesTheRestOwedAndTheNextStartPostsEachCardOnce(CapturedOutput output)
			throws Exception {
		Path file = this.folder.resolve("handover.mv");
		List<String> keys = new ArrayList<>();
		TeamSetup team;
		long stopNanos;
		try (ConfigurableApplicationContext first = start(file, true)) {
			this.connector.reset();
			team = new TeamSetup(activity -> post(first, activity), this.connector)
				.withStaff(TeamSetup.member("Peter de Boer"));
			// Teams answers slowly: a round through 8 tickets' 24 cards takes 10 s or
			// more.
			this.connector.delay(Kind.SEND, Duration.ofMillis(400));
			for (char name = 'a'; name < 'i'; name++) {
				keys.add(openJoiner(first, "Slow Stop " + name).key());
			}
			this.connector.awaitCalls(call -> isCardOf(call, keys), 1, Duration.ofSeconds(30));
			long stopping = System.nanoTime();
			first.close();
			stopNanos = System.nanoTime() - stopping;
		}
		int postedBeforeStop = this.connector.calls().stream().filter(call -> isCardOf(call, keys)).toList().size();
		assertThat(Duration.ofNanos(stopNanos)).as("the stop waits for one update, not the round")
			.isLessThan(Duration.ofSeconds(5));
		assertThat(postedBeforeStop).as("the stop came in the middle of the round").isLessThan(keys.size() * 3);

		this.connector.delay(Kind.SEND, Duration.ZERO);
		try (ConfigurableApplicationContext second = start(file, true)) {
			this.connector.awaitCalls(call -> isCardOf(call, keys), keys.size() * 3, Duration.ofSeconds(60));
			// a round that would post a card twice has time to do so
			Thread.sleep(1500);
		}
		for (String key : keys) {
			assertThat(this.connector.calls()
				.stream()
				.filter(call -> isCardOf(call, List.of(key)))
				.map(Call::conversationId)
				.toList()).as("cards of %s", key)
				.containsExactlyInAnyOrder(team.general, team.facilities, team.facilities);
		}
		assertThat(output).as("nothing used the store after it closed").doesNotContain("state should be: open");
	}

	private static boolean isCardOf(Call call, List<String> ticketKeys) {
		return call.kind() == Kind.SEND && call.succeeded() && ticketKeys.stream()
			.anyMatch(key -> call.body().path("attachments").toString().contains("\"" + key + "\""));
	}

	private static TicketView openJoiner(ConfigurableApplicationContext context, String name) {
		String mail = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@contoso.example";
		return context.getBean(TicketManagement.class)
			.open(new NewTicket(TicketKind.JOINER, new NewTicket.Person(null, name, mail, null, null),
					new ManagerRef("maria@contoso.example", "Maria Jansen"), "account-manager", null,
					LocalDate.now().plusMonths(1), WorkLocation.OFFICE, null, null, null),
					new Actor("aad-maria", "Maria Jansen", Channel.TEAMS), null);
	}

	private void post(ConfigurableApplicationContext context, TeamsActivity activity) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(activity.serviceUrl(this.connector.serviceUrl()).json()))
			.build();
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isLessThan(300);
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	private static ConfigurableApplicationContext start(Path file, boolean delivering) {
		return new SpringApplicationBuilder(HandoverApplication.class).run("--server.port=0",
				"--handover.store.embedded.in-memory=false", "--handover.store.embedded.file=" + file,
				"--handover.teams.delivery.enabled=" + delivering, "--handover.teams.delivery-interval=500ms",
				"--spring.main.banner-mode=off");
	}

}
