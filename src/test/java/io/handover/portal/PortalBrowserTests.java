package io.handover.portal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.testing.Surnames;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.Authority;
import io.handover.ticket.DeviceRetrieval;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview and a ticket's page in a real browser (Debian's Chromium through
 * playwright-core) with real data from the running service, in local mode as the trial
 * shows it: viewed as Maria, the trial's Administrator, in the Teams light, dark and
 * high-contrast themes, and in Dutch. axe-core finds no serious or critical accessibility
 * violation in any of them; the screenshots land in {@code target/portal-screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "handover.access.admins=maria.portal@example.com",
				"handover.teams.staff.IT.members=11111111-0000-4000-8000-0000000000f2,iris.portal@example.com",
				"handover.portal.trial-people[0].object-id=11111111-0000-4000-8000-0000000000f1",
				"handover.portal.trial-people[0].upn=maria.portal@example.com",
				"handover.portal.trial-people[0].name=Maria Jansen",
				"handover.portal.trial-people[1].object-id=11111111-0000-4000-8000-0000000000f2",
				"handover.portal.trial-people[1].upn=iris.portal@example.com",
				"handover.portal.trial-people[1].name=Iris van Dam" })
@Import(TestClockConfiguration.class)
class PortalBrowserTests {

	static final Actor HR = Actor.person("a0000000-0000-4000-8000-0000000000b1", "hanna@example.com", "Hanna de Boer",
			Channel.API);

	@Value("${local.server.port}")
	int port;

	@Autowired
	TicketManagement tickets;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	io.handover.testing.TestClock clock;

	@Test
	void theOverviewRendersRealDataInEveryTeamsThemeWithoutSeriousAccessibilityViolations() throws Exception {
		assertThat(Path.of("target", "classes", PortalPage.INDEX))
			.as("built by Maven's generate-resources phase (src/main/portal/build.mjs)")
			.exists();
		String surname = Surnames.unique();
		TicketView joiner = open(TicketKind.JOINER, "Lotte " + surname, 5);
		TicketView leaver = open(TicketKind.LEAVER, register("Jan " + surname).id(), 10);
		TicketView left = announcedTwoWeeksAgo(TicketKind.LEAVER, register("Sophie " + surname).id(), -3);
		laptopLeftBehind(left);
		String maria = "as=maria.portal@example.com";

		List<Map<String, Object>> views = new ArrayList<>();
		// The dark and high-contrast ticket pages are reached from their overview through
		// the portal's own navigation, as a click on the ticket does (loading the portal
		// and axe-core takes seconds); the light one is opened directly, as a link does.
		String ticket = "#/tickets/" + left.key();
		String lightQuery = "theme=default&lang=en&" + maria;
		String darkQuery = "theme=dark&lang=en&" + maria;
		String contrastQuery = "theme=contrast&lang=en&" + maria;
		views.add(view("overview-light", lightQuery, joiner.key()));
		views.add(view("overview-dark", darkQuery, joiner.key()));
		views.add(PortalBrowser.navigatedTo("ticket-dark", darkQuery + ticket, "Timeline"));
		views.add(view("overview-high-contrast", contrastQuery, joiner.key()));
		views.add(PortalBrowser.navigatedTo("ticket-contrast", contrastQuery + ticket, "Timeline"));
		views.add(view("overview-dutch", "theme=default&lang=nl&" + maria, joiner.key()));
		Map<String, Object> narrow = view("overview-side-pane", lightQuery, joiner.key());
		narrow.put("viewport", Map.of("width", 320, "height", 800));
		views.add(narrow);
		views.add(view("ticket-default", lightQuery + ticket, "Timeline"));
		JsonNode report = run(views);

		for (JsonNode view : report.path("views")) {
			String name = view.path("name").asString();
			if (name.startsWith("ticket-")) {
				// the leaver's page: what happened, who owes what, what the guard found
				assertThat(view.path("text").asString()).as(name)
					.contains("Leaver Sophie " + surname + " (" + left.key() + ")", "Timeline", "opened",
							"Hanna de Boer", "IT's tasks", "FM's tasks", "Clear the workspace", "Signatures",
							"What the offboarding guard found", "Collect laptop PF-" + surname);
			}
			else {
				assertThat(view.path("text").asString()).as(name)
					.contains(joiner.key(), leaver.key(), left.key(), "Lotte " + surname, "Jan " + surname,
							"Sophie " + surname)
					.contains("Collect laptop PF-" + surname);
			}
			assertThat(view.path("errors")).as(name + ": script errors").isEmpty();
			List<String> serious = new ArrayList<>();
			view.path("violations").forEach(violation -> {
				String impact = violation.path("impact").asString();
				if (impact.equals("serious") || impact.equals("critical")) {
					serious.add(violation.toString());
				}
			});
			assertThat(serious).as(name + ": serious or critical axe-core violations").isEmpty();
			assertThat(Path.of(view.path("screenshot").asString())).as(name).exists();
		}
		JsonNode light = find(report, "overview-light");
		JsonNode dark = find(report, "overview-dark");
		JsonNode contrast = find(report, "overview-high-contrast");
		assertThat(light.path("text").asString()).contains("Overview", "Starts and last days", "Overdue tasks",
				"Leavers with something left behind", "You see every ticket");
		assertThat(dark.path("background").asString()).as("the dark theme's background")
			.isNotEqualTo(light.path("background").asString());
		assertThat(contrast.path("background").asString()).as("the high-contrast theme's background")
			.isNotEqualTo(light.path("background").asString())
			.isNotEqualTo(dark.path("background").asString());
		JsonNode dutch = find(report, "overview-dutch");
		assertThat(dutch.path("lang").asString()).isEqualTo("nl");
		assertThat(dutch.path("text").asString()).contains("Overzicht", "Te late taken",
				"Vertrekkers bij wie nog iets openstaat");
	}

	@Test
	void itStaffSeeOnlyItsTasksInTheBrowserToo() throws Exception {
		String surname = Surnames.unique();
		TicketView leaver = announcedTwoWeeksAgo(TicketKind.LEAVER, register("Noor " + surname).id(), -2);
		laptopLeftBehind(leaver);
		Map<String, Object> view = view("overview-as-it", "theme=default&lang=en&as=iris.portal@example.com",
				leaver.key());
		JsonNode report = run(List.of(view));
		String text = report.path("views").path(0).path("text").asString();
		assertThat(text).contains("You see the tasks of IT", "Disable", "Collect laptop PF-" + surname);
		// FM's overdue task and FM's finding are not IT's
		assertThat(text).doesNotContain("Clear the workspace", "Cannot observe the access badges");
	}

	// --- the data
	// -----------------------------------------------------------------------

	private Employee register(String name) {
		String key = name.toLowerCase().replace(' ', '.');
		Employee person = this.employees.register(new NewEmployee(name, key + "@example.com",
				UUID.randomUUID().toString(), null, "maria.portal@example.com"), HR);
		return person;
	}

	/** Announced two weeks ago, so that its tasks are overdue today. */
	private TicketView announcedTwoWeeksAgo(TicketKind kind, String nameOrId, int inDays) {
		this.clock.setDay(TestClockConfiguration.TODAY.minusDays(14));
		try {
			return open(kind, nameOrId, inDays);
		}
		finally {
			this.clock.setDay(TestClockConfiguration.TODAY);
		}
	}

	private TicketView open(TicketKind kind, String nameOrId, int inDays) {
		NewTicket.Person person = kind == TicketKind.JOINER ? new NewTicket.Person(null, nameOrId, null, null, null)
				: new NewTicket.Person(nameOrId, null, null, null, null);
		return this.tickets.open(
				new NewTicket(kind, person, new ManagerRef("maria.portal@example.com", "Maria Jansen"),
						"account-manager", null, TestClockConfiguration.TODAY.plusDays(inDays), WorkLocation.OFFICE,
						null, kind == TicketKind.LEAVER ? DeviceRetrieval.IN_PERSON : null, null),
				HR, Authority.HR, HR, null);
	}

	/** What the guard keeps after a check past the last day that still saw the laptop. */
	private void laptopLeftBehind(TicketView leaver) {
		String serial = "PF-" + leaver.employee().name().split(" ")[1];
		this.mongo.getCollection("guard_reviews")
			.insertOne(new Document("_id", leaver.key()).append("checkedAt", Date.from(Instant.now()))
				.append("afterLastDay", true)
				.append("residues",
						List.of(new Document("area", "register").append("text", "Collect laptop " + serial)
							.append("department", "IT")))
				.append("unobservable",
						List.of(new Document("area", "badges")
							.append("text",
									"Cannot observe the access badges in the pass system: no pass system configured")
							.append("department", "FM"))));
	}

	private JsonNode run(List<Map<String, Object>> views) throws IOException {
		return PortalBrowser.run(this.port, views);
	}

	private static Map<String, Object> view(String name, String query, String awaitText) {
		return PortalBrowser.view(name, query, awaitText);
	}

	private static JsonNode find(JsonNode report, String name) {
		return PortalBrowser.find(report, name);
	}

}
