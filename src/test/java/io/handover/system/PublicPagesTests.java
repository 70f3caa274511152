package io.handover.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import io.handover.testing.EntraTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Every link the Teams app package declares opens a page: Teams shows the website,
 * privacy and terms links to everyone who looks at the app, and none of them carries a
 * token. The service runs in production mode on a real port, so a page that needed a
 * token (or did not exist) would answer 401 here, as the API next to them does. The
 * production settings of {@code PortalOutsideTeamsBrowserTests}, so the two share a
 * context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "MicrosoftAppId=00000000-0000-0000-0000-00000000b07", "MicrosoftAppPassword=unused-here",
				"handover.api.issuer-uri=" + EntraTokens.ISSUER, "handover.api.audience=" + EntraTokens.AUDIENCE,
				"handover.api.jwk-set-uri=http://127.0.0.1:9/keys" })
class PublicPagesTests {

	private static final Path PACKAGE = Path.of("target", "handover-teams-app.zip");

	private final HttpClient client = HttpClient.newHttpClient();

	@Value("${local.server.port}")
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.context.ApplicationContext context;

	@TempDir
	Path temp;

	@Test
	void everyUrlTheManifestDeclaresAnswers200WithoutAToken() throws Exception {
		JsonNode manifest = manifest();
		String site = "https://" + manifest.path("validDomains").path(0).asString();
		List<String> urls = new ArrayList<>();
		collectUrls(manifest, site, urls);

		assertThat(urls).as("the manifest's links to this service")
			.contains(site + "/", site + "/privacy", site + "/terms", site + "/portal");
		for (String url : urls) {
			// the manifest's https://BOT_DOMAIN becomes this service's base URL
			HttpResponse<String> page = get(url.substring(site.length()));

			assertThat(page.statusCode()).as(url).isEqualTo(200);
			assertThat(page.headers().firstValue("Content-Type")).as(url)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertThat(page.body()).as(url).contains("<h1>");
		}
	}

	@Test
	void onlyThePortalMayBeFramedAndOnlyByTeamsOutlookAndTheMicrosoft365App() throws Exception {
		HttpResponse<String> portal = get("/portal");
		assertThat(portal.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).startsWith("frame-ancestors ")
				.contains("https://teams.microsoft.com")
				.contains("https://*.cloud.microsoft")
				.contains("https://outlook.office.com"));
		assertThat(portal.headers().firstValue("X-Frame-Options")).isEmpty();
		assertThat(get("/privacy").headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void thePagesSayWhatTheyAre() throws Exception {
		assertThat(get("/").body()).contains("<h1>Handover</h1>").contains("href=\"/privacy\"");
		assertThat(get("/privacy").body()).contains("<h1>Privacy statement</h1>")
			.contains("handover.pages.privacy-file");
		assertThat(get("/terms").body()).contains("<h1>Terms of use</h1>");
	}

	@Test
	void inProductionThereIsNoTrialPageOfWhatTheBotSent() throws Exception {
		assertThat(this.context.containsBean("trialPage")).as("local mode only").isFalse();
		assertThat(get("/trial").statusCode()).isEqualTo(401);
		assertThat(get("/trial/messages").statusCode()).isEqualTo(401);
	}

	@Test
	void theApiNextToThemStillNeedsAToken() throws Exception {
		assertThat(get("/api/tickets").statusCode()).isEqualTo(401);
		assertThat(get("/api/portal/overview").statusCode()).as("the portal's data").isEqualTo(401);
	}

	@Test
	void aDeployersOwnPageReplacesTheShippedOneAndAnEditShowsWithoutARestart() throws IOException {
		Path privacy = Files.writeString(this.temp.resolve("privacy.html"), "<h1>Contoso privacy</h1>");
		PublicPages pages = new PublicPages("", privacy.toString(), "");

		assertThat(body(pages.privacy().getBody())).isEqualTo("<h1>Contoso privacy</h1>");
		assertThat(body(pages.terms().getBody())).contains("<h1>Terms of use</h1>");

		Files.writeString(privacy, "<h1>Contoso privacy, version 2</h1>");
		assertThat(body(pages.privacy().getBody())).isEqualTo("<h1>Contoso privacy, version 2</h1>");
	}

	@Test
	void aPageFileThatCannotBeReadStopsTheStartNamingTheSetting() {
		Path missing = this.temp.resolve("no-such-terms.html");

		assertThatIllegalStateException().isThrownBy(() -> new PublicPages("", "", missing.toString()))
			.withMessageContaining("handover.pages.terms-file")
			.withMessageContaining("no-such-terms.html");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).GET().build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Every text in the manifest that links to this service (not the api:// resource).
	 */
	private static void collectUrls(JsonNode node, String site, List<String> urls) {
		if (node.isString() && (node.asString().equals(site) || node.asString().startsWith(site + "/"))) {
			urls.add(node.asString().equals(site) ? site + "/" : node.asString());
		}
		node.forEach((child) -> collectUrls(child, site, urls));
	}

	private static JsonNode manifest() throws IOException {
		assertThat(PACKAGE).as("built by Maven's process-resources phase (manifest/build.xml)").exists();
		try (ZipFile zip = new ZipFile(PACKAGE.toFile())) {
			return new ObjectMapper().readTree(zip.getInputStream(zip.getEntry("manifest.json")));
		}
	}

	private static String body(byte[] body) {
		return new String(body, StandardCharsets.UTF_8);
	}

}
