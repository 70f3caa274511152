package io.handover.manifest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import io.handover.e2e.NodeTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Teams app package that the build zips into {@code target/handover-teams-app.zip}:
 * what an administrator uploads to Teams must be accepted by it, so the package is
 * checked against Microsoft's own schema (shipped inside the npm package
 * {@code @microsoft/app-manifest}, no network) and against the limits Teams documents
 * beyond the schema.
 */
class TeamsAppPackageTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Path ZIP = Path.of("target", "handover-teams-app.zip");

	private static Map<String, byte[]> entries;

	@TempDir
	Path temp;

	@BeforeAll
	static void readPackage() throws IOException {
		assertThat(ZIP).as("built by Maven's process-resources phase (manifest/build.xml)").exists();
		entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(ZIP))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
	}

	@Test
	void thePackageHoldsTheManifestItsDutchStringsAndTheTwoIconsAtItsRoot() {
		assertThat(entries.keySet()).containsExactlyInAnyOrder("manifest.json", "nl-nl.json", "color.png",
				"outline.png");
	}

	@Test
	void everyTokenIsFilledIn() {
		for (String file : new String[] { "manifest.json", "nl-nl.json" }) {
			assertThat(text(file)).as(file).doesNotContain("${{").doesNotContain("}}");
		}
		JsonNode manifest = json("manifest.json");
		String domain = manifest.path("validDomains").path(0).asString();
		assertThat(domain).isNotBlank();
		assertThat(manifest.path("developer").path("privacyUrl").asString())
			.isEqualTo("https://" + domain + "/privacy");
		assertThat(manifest.path("webApplicationInfo").path("id").asString())
			.isEqualTo(manifest.path("bots").path(0).path("botId").asString());
	}

	@Test
	void theOverviewTabOpensThePortalOnTheBotsDomainBesideTheChat() {
		// issue 22: the personal Overview tab (Teams, Outlook, the Microsoft 365 app) is
		// the portal the service serves at /portal (io.handover.system.PublicPagesTests
		// opens it); the chat and About stay, as the reserved tabs
		JsonNode manifest = json("manifest.json");
		String domain = manifest.path("validDomains").path(0).asString();
		JsonNode tabs = manifest.path("staticTabs");
		assertThat(tabs).extracting(tab -> tab.path("entityId").asString())
			.containsExactly("overview", "conversations", "about");
		JsonNode overview = tabs.path(0);
		assertThat(overview.path("contentUrl").asString()).isEqualTo("https://" + domain + "/portal");
		assertThat(overview.path("websiteUrl").asString()).isEqualTo("https://" + domain + "/portal");
		assertThat(overview.path("scopes")).extracting(JsonNode::asString).containsExactly("personal");
		assertThat(manifest.has("configurableTabs")).isFalse();
		assertThat(json("nl-nl.json").path("staticTabs[0].name").asString()).isEqualTo("Overzicht");
		// Teams SSO: the tab asks for a token for this resource; its host is the tab's
		// domain
		assertThat(manifest.path("webApplicationInfo").path("resource").asString()).startsWith("api://" + domain + "/");
	}

	@Test
	void theColorIconIsA192PixelSquare() throws IOException {
		BufferedImage color = image("color.png");
		assertThat(color.getWidth()).isEqualTo(192);
		assertThat(color.getHeight()).isEqualTo(192);
	}

	@Test
	void theOutlineIconIsWhiteOnTransparentIn32Pixels() throws IOException {
		BufferedImage outline = image("outline.png");
		assertThat(outline.getWidth()).isEqualTo(32);
		assertThat(outline.getHeight()).isEqualTo(32);
		assertThat(outline.getColorModel().hasAlpha()).isTrue();
		int transparent = 0;
		for (int x = 0; x < 32; x++) {
			for (int y = 0; y < 32; y++) {
				int argb = outline.getRGB(x, y);
				if ((argb >>> 24) == 0) {
					transparent++;
				}
				else {
					assertThat(argb & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(0xFFFFFF);
				}
			}
		}
		assertThat(transparent).as("transparent pixels").isGreaterThan(32 * 32 / 2);
	}

	@Test
	void commandListsStayWithinWhatTeamsShows() {
		// Teams documents tighter limits than its schema: 10 commands per list, a title
		// of
		// at most 32 characters and a description of at most 128.
		JsonNode lists = json("manifest.json").path("bots").path(0).path("commandLists");
		assertThat(lists).isNotEmpty();
		for (JsonNode list : lists) {
			assertThat(list.path("commands").size()).isBetween(1, 10);
			for (JsonNode command : list.path("commands")) {
				assertThat(command.path("title").asString()).hasSizeBetween(1, 32);
				assertThat(command.path("description").asString()).hasSizeBetween(1, 128);
			}
		}
		json("nl-nl.json").properties().iterator().forEachRemaining(field -> {
			if (field.getKey().endsWith(".title")) {
				assertThat(field.getValue().asString()).as(field.getKey()).hasSizeBetween(1, 32);
			}
			if (field.getKey().startsWith("bots[0]") && field.getKey().endsWith(".description")) {
				assertThat(field.getValue().asString()).as(field.getKey()).hasSizeBetween(1, 128);
			}
		});
	}

	@Test
	void theBotIsOfferedInPersonalChatsTeamsAndGroupChats() {
		JsonNode bot = json("manifest.json").path("bots").path(0);
		assertThat(bot.path("scopes")).extracting(JsonNode::asText)
			.containsExactlyInAnyOrder("personal", "team", "groupChat");
		java.util.List<String> withCommands = new java.util.ArrayList<>();
		bot.path("commandLists")
			.forEach(list -> list.path("scopes").forEach(scope -> withCommands.add(scope.asString())));
		assertThat(withCommands).as("every scope has its command list")
			.containsExactlyInAnyOrder("personal", "team", "groupChat");
	}

	@Test
	void thePackageIsValidAgainstTheOfficialSchema() throws IOException {
		Path folder = unpack();

		NodeTools.Result result = validate(folder);

		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(JSON.readTree(result.output()).path("schema").asString())
			.isEqualTo("teams/v1.30/MicrosoftTeams.schema.json");
	}

	@Test
	void aBrokenManifestIsRejectedWithTheReason() throws IOException {
		Path folder = unpack();
		ObjectNode manifest = (ObjectNode) JSON.readTree(folder.resolve("manifest.json").toFile());
		manifest.put("accentColor", "blue");
		((ObjectNode) manifest.path("bots").path(0)).remove("botId");
		JSON.writeValue(folder.resolve("manifest.json").toFile(), manifest);

		NodeTools.Result result = validate(folder);

		assertThat(result.exitCode()).isEqualTo(1);
		JsonNode report = JSON.readTree(result.output());
		assertThat(report.path("valid").asBoolean()).isFalse();
		assertThat(report.path("errors").toString()).contains("/accentColor").contains("botId");
	}

	@Test
	void aBrokenLocalizationIsRejectedToo() throws IOException {
		Path folder = unpack();
		ObjectNode dutch = (ObjectNode) JSON.readTree(folder.resolve("nl-nl.json").toFile());
		dutch.put("description.short", "x".repeat(81));
		JSON.writeValue(folder.resolve("nl-nl.json").toFile(), dutch);

		NodeTools.Result result = validate(folder);

		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.output()).contains("nl-nl.json").contains("description.short");
	}

	private static NodeTools.Result validate(Path folder) {
		NodeTools tools = NodeTools.installed();
		return tools.run(tools.node("validate-manifest.cjs", folder.toAbsolutePath().toString()),
				Duration.ofMinutes(1));
	}

	private Path unpack() throws IOException {
		for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
			Files.write(this.temp.resolve(entry.getKey()), entry.getValue());
		}
		return this.temp;
	}

	private static String text(String entry) {
		return new String(entries.get(entry), java.nio.charset.StandardCharsets.UTF_8);
	}

	private static JsonNode json(String entry) {
		try {
			return JSON.readTree(entries.get(entry));
		}
		catch (tools.jackson.core.JacksonException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static BufferedImage image(String entry) throws IOException {
		try (InputStream in = new ByteArrayInputStream(entries.get(entry))) {
			BufferedImage image = ImageIO.read(in);
			assertThat(image).as(entry + " is a PNG").isNotNull();
			return image;
		}
	}

}
