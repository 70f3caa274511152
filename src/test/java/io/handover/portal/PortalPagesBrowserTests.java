package io.handover.portal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.handover.asset.AssetRegister;
import io.handover.asset.Holding;
import io.handover.asset.IssueRequest;
import io.handover.asset.Signature;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.testing.Surnames;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The department queues, the register, a person's page, an asset's history, the
 * outstanding assets and the admin page in Chromium with real data from the running
 * service (local mode, viewed as Maria, an Administrator): each in the Teams light, dark
 * and high-contrast themes, the queues and the admin page also in Dutch; no script error
 * and no serious or critical axe-core violation; screenshots in
 * {@code target/portal-screenshots/}. A leaver, Ruben, whose last day has passed, still
 * holds a laptop he signed for, and his ticket's tasks are overdue.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "handover.access.admins=maria.pages@example.com",
				"handover.portal.trial-people[0].object-id=11111111-0000-4000-8000-0000000000e1",
				"handover.portal.trial-people[0].upn=maria.pages@example.com",
				"handover.portal.trial-people[0].name=Maria Jansen" })
@Import(TestClockConfiguration.class)
class PortalPagesBrowserTests {

	static final Actor HR = Actor.person("a0000000-0000-4000-8000-0000000000c1", "hanna@example.com", "Hanna de Boer",
			Channel.API);

	static final Actor IT = Actor.person("a0000000-0000-4000-8000-0000000000c2", "iris@example.com", "Iris van Dam",
			Channel.API);

	@Value("${local.server.port}")
	int port;

	@Autowired
	TicketManagement tickets;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	AssetRegister assets;

	@Autowired
	TestClock clock;

	@Test
	void everyPageRendersRealDataInEveryThemeWithoutSeriousAccessibilityViolations() throws Exception {
		assertThat(Path.of("target", "classes", PortalPage.INDEX))
			.as("built by Maven's generate-resources phase (src/main/portal/build.mjs)")
			.exists();
		String surname = Surnames.unique();
		String name = "Ruben " + surname;
		Employee ruben = this.employees
			.register(new NewEmployee(name, "ruben." + surname.toLowerCase() + "@example.com",
					UUID.randomUUID().toString(), null, "maria.pages@example.com"), HR);
		String serial = ("PP-" + surname).toUpperCase(java.util.Locale.ROOT);
		Holding laptop = this.assets
			.issue(new IssueRequest(ruben.id(), "laptop", "laptop-standard", serial, null, null), IT);
		this.assets.signReceipt(ruben.id(), List.of(laptop.assignmentId()),
				Signature.onPaper(IT, "Paper form: I received the laptop"));
		TicketView leaver = announcedTwoWeeksAgo(ruben.id());
		this.employees.markLeaving(ruben.id(), TestClockConfiguration.TODAY.minusDays(3), HR);

		String maria = "as=maria.pages@example.com";
		// the six pages: hash and the text that says its data is there
		List<List<String>> pages = List.of(List.of("queues", "#/queues", leaver.key()),
				List.of("register", "#/register/" + serial, serial),
				List.of("person", "#/people/" + ruben.id(), serial),
				List.of("asset", "#/assets/" + laptop.assetId(), "Who held it"),
				List.of("outstanding", "#/outstanding", name), List.of("admin", "#/admin", "account-manager"));
		List<String> themes = List.of("default", "dark", "contrast");
		List<Map<String, Object>> views = new ArrayList<>();
		for (int t = 0; t < themes.size(); t++) {
			String query = "theme=" + themes.get(t) + "&lang=en&" + maria;
			// One load per theme, the other five pages reached through the portal's own
			// navigation, as a click does. Each theme's load starts at another page, and
			// the last three views load register, queues and admin: every page is also
			// opened directly once.
			for (int i = 0; i < pages.size(); i++) {
				List<String> page = pages.get((2 + t + i) % pages.size());
				String viewName = page.get(0) + "-" + themes.get(t);
				views.add((i == 0) ? view(viewName, query + page.get(1), page.get(2))
						: PortalBrowser.navigatedTo(viewName, query + page.get(1), page.get(2)));
			}
		}
		views.add(view("people-search", "theme=default&lang=en&" + maria + "#/register/Ruben%20" + surname, name));
		views.add(view("queues-dutch", "theme=default&lang=nl&" + maria + "#/queues", leaver.key()));
		views.add(view("admin-dutch", "theme=default&lang=nl&" + maria + "#/admin", "account-manager"));
		List<JsonNode> seen = new ArrayList<>();
		PortalBrowser.run(this.port, views).path("views").forEach(seen::add);
		assertThat(seen).hasSize(views.size());

		for (JsonNode view : seen) {
			String page = view.path("name").asString();
			String text = view.path("text").asString();
			assertThat(view.path("errors")).as(page + ": script errors").isEmpty();
			assertThat(PortalBrowser.seriousViolations(view)).as(page + ": serious or critical axe-core violations")
				.isEmpty();
			assertThat(Path.of(view.path("screenshot").asString())).as(page).exists();
			if (page.startsWith("queues-")) {
				assertThat(text).contains(leaver.key(), name);
			}
			if (page.equals("queues-default")) {
				assertThat(text).contains("Department queues", "Tasks: all departments", "Export CSV");
			}
			if (page.startsWith("register-")) {
				// found by the serial number: the asset and who holds it
				assertThat(text).contains(name, serial, "People", "Assets", "assigned");
			}
			if (page.startsWith("person-")) {
				assertThat(text).contains(name, leaver.key(), serial, "On their name now", "Signatures",
						"Iris van Dam");
			}
			if (page.startsWith("asset-")) {
				assertThat(text).contains("laptop", serial, name, "Who held it", "Iris van Dam");
			}
			if (page.startsWith("outstanding-")) {
				assertThat(text).contains(name, serial, "Assets of past leavers");
			}
			if (page.startsWith("admin-") && !page.equals("admin-dutch")) {
				assertThat(text).contains("Role profiles", "account-manager", "Applications",
						"Departments: links and members", "IT", "FM", "HR sources", "Job to role profile");
			}
		}
		assertThat(find(seen, "people-search").path("text").asString()).contains(name, "ruben.");
		assertThat(find(seen, "queues-dutch").path("text").asString()).contains("Werkvoorraad per afdeling",
				leaver.key());
		assertThat(find(seen, "admin-dutch").path("text").asString()).contains("Rolprofielen", "HR-bronnen");
		assertThat(find(seen, "queues-dark").path("background").asString())
			.isNotEqualTo(find(seen, "queues-default").path("background").asString());
	}

	private TicketView announcedTwoWeeksAgo(String employeeId) {
		this.clock.setDay(TestClockConfiguration.TODAY.minusDays(14));
		try {
			return this.tickets
				.open(new NewTicket(TicketKind.LEAVER, new NewTicket.Person(employeeId, null, null, null, null),
						new ManagerRef("maria.pages@example.com", "Maria Jansen"), "account-manager", null,
						TestClockConfiguration.TODAY.minusDays(3), WorkLocation.OFFICE, null, DeviceRetrieval.IN_PERSON,
						null), HR, Authority.HR, HR, null);
		}
		finally {
			this.clock.setDay(TestClockConfiguration.TODAY);
		}
	}

	private static Map<String, Object> view(String name, String query, String awaitText) {
		return PortalBrowser.view(name, query, awaitText);
	}

	private static JsonNode find(List<JsonNode> views, String name) {
		return views.stream()
			.filter(view -> name.equals(view.path("name").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name));
	}

}
