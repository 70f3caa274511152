package io.handover.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code infra/expose-portal-api.sh} (Teams SSO for the Overview tab) run against a
 * stand-in Azure CLI ({@code src/test/resources/infra/fake-az}) that keeps the app
 * registration as JSON: it sets the application id URI and the {@code access_as_user}
 * scope, pre-authorises every Microsoft 365 client docs/portal.md names, keeps what was
 * there, changes nothing on a second run, and refuses bad arguments before calling Azure.
 */
class PortalPreAuthorisationTests {

	static final Path SCRIPT = Path.of("infra", "expose-portal-api.sh");

	static final String APP_ID = "11111111-2222-3333-4444-555555555555";

	static final String URI = "api://handover.contoso.example/botid-" + APP_ID;

	static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path dir;

	Path app;

	Path log;

	@BeforeEach
	void anAppRegistrationWithAnotherScopeAndAnotherClient() throws IOException, InterruptedException {
		try {
			if (new ProcessBuilder("jq", "--version").start().waitFor() != 0) {
				missing();
			}
		}
		catch (IOException notThere) {
			missing();
		}
		Path az = this.dir.resolve("az");
		Files.copy(Path.of("src", "test", "resources", "infra", "fake-az"), az);
		Files.setPosixFilePermissions(az, PosixFilePermissions.fromString("rwxr-xr-x"));
		this.app = this.dir.resolve("app.json");
		this.log = this.dir.resolve("patches.log");
		Files.writeString(this.app,
				"""
						{"id": "object-1", "appId": "%s", "identifierUris": ["api://other"],
						 "api": {"requestedAccessTokenVersion": 2,
						  "oauth2PermissionScopes": [{"id": "aaaaaaaa-0000-0000-0000-000000000001", "value": "other", "type": "User", "isEnabled": true}],
						  "preAuthorizedApplications": [
						   {"appId": "99999999-0000-0000-0000-000000000009", "delegatedPermissionIds": ["aaaaaaaa-0000-0000-0000-000000000001"]},
						   {"appId": "1fec8e78-bce4-4aaf-ab1b-5451cc387264", "delegatedPermissionIds": ["aaaaaaaa-0000-0000-0000-000000000001"]}]}}
						"""
					.formatted(APP_ID));
	}

	@Test
	void badArgumentsAreRefusedBeforeAzureIsAsked() throws Exception {
		assertThat(run().exit()).isEqualTo(2);
		Run notAGuid = run("my-bot", "handover.contoso.example");
		assertThat(notAGuid.exit()).isEqualTo(2);
		assertThat(notAGuid.output()).contains("must be a GUID");
		Run notADomain = run(APP_ID, "https://handover.contoso.example/x");
		assertThat(notADomain.exit()).isEqualTo(2);
		assertThat(notADomain.output()).contains("host name");
		assertThat(this.log).doesNotExist();
	}

	@Test
	void theScopeIsExposedAndEveryHostClientPreAuthorisedForIt() throws Exception {
		Run run = run(APP_ID, "handover.contoso.example");
		assertThat(run.exit()).as(run.output()).isZero();

		JsonNode after = JSON.readTree(this.app.toFile());
		assertThat(texts(after.path("identifierUris"))).containsExactlyInAnyOrder("api://other", URI);
		JsonNode scopes = after.path("api").path("oauth2PermissionScopes");
		assertThat(texts(scopes, "value")).containsExactlyInAnyOrder("other", "access_as_user");
		JsonNode scope = find(scopes, "value", "access_as_user");
		assertThat(scope.path("isEnabled").asBoolean()).isTrue();
		assertThat(scope.path("type").asString()).isEqualTo("User");
		String scopeId = scope.path("id").asString();
		assertThat(scopeId).matches("[0-9a-f-]{36}");

		JsonNode clients = after.path("api").path("preAuthorizedApplications");
		for (String client : documentedClients()) {
			assertThat(texts(find(clients, "appId", client).path("delegatedPermissionIds"))).as(client)
				.contains(scopeId);
		}
		// what was there stays
		assertThat(texts(find(clients, "appId", "99999999-0000-0000-0000-000000000009").path("delegatedPermissionIds")))
			.containsExactly("aaaaaaaa-0000-0000-0000-000000000001");
		assertThat(texts(find(clients, "appId", "1fec8e78-bce4-4aaf-ab1b-5451cc387264").path("delegatedPermissionIds")))
			.containsExactlyInAnyOrder("aaaaaaaa-0000-0000-0000-000000000001", scopeId);
		assertThat(after.path("api").path("requestedAccessTokenVersion").asInt()).isEqualTo(2);
	}

	@Test
	void runningItAgainChangesNothing() throws Exception {
		assertThat(run(APP_ID, "handover.contoso.example").exit()).isZero();
		String first = Files.readString(this.app);
		long patches = Files.readAllLines(this.log).size();

		Run again = run(APP_ID, "handover.contoso.example");
		assertThat(again.exit()).as(again.output()).isZero();
		assertThat(again.output()).contains("already exposed", "already pre-authorised");
		assertThat(Files.readAllLines(this.log)).hasSize((int) patches);
		assertThat(Files.readString(this.app)).isEqualTo(first);
	}

	@Test
	void aDryRunChangesNothingAndSaysWhatItWouldDo() throws Exception {
		String before = Files.readString(this.app);
		Run dry = run(APP_ID, "handover.contoso.example", "--dry-run");
		assertThat(dry.exit()).as(dry.output()).isZero();
		assertThat(dry.output()).contains("would PATCH applications/object-1", URI,
				"5e3ce6c0-2b1f-4285-8d4b-75ee78787346");
		assertThat(this.log).doesNotExist();
		assertThat(Files.readString(this.app)).isEqualTo(before);
	}

	/** The clients docs/portal.md lists for Teams SSO: the script must cover each. */
	static List<String> documentedClients() throws IOException {
		String docs = Files.readString(Path.of("docs", "portal.md"));
		Matcher ids = Pattern.compile("`([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})`").matcher(docs);
		List<String> found = new ArrayList<>();
		while (ids.find()) {
			found.add(ids.group(1));
		}
		assertThat(found).as("docs/portal.md lists the Teams, Outlook and Microsoft 365 clients")
			.contains("1fec8e78-bce4-4aaf-ab1b-5451cc387264", "5e3ce6c0-2b1f-4285-8d4b-75ee78787346")
			.hasSizeGreaterThanOrEqualTo(7);
		return found;
	}

	record Run(int exit, String output) {

	}

	private Run run(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		Map<String, String> env = builder.environment();
		env.put("PATH", this.dir + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
		env.put("FAKE_APP", this.app.toString());
		env.put("FAKE_LOG", this.log.toString());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return new Run(process.waitFor(), output);
	}

	private static JsonNode find(JsonNode list, String field, String value) {
		for (JsonNode node : list) {
			if (value.equals(node.path(field).asString())) {
				return node;
			}
		}
		throw new AssertionError("no " + field + "=" + value + " in " + list);
	}

	private static List<String> texts(JsonNode list) {
		return StreamSupport.stream(list.spliterator(), false).map(JsonNode::asString).toList();
	}

	private static List<String> texts(JsonNode list, String field) {
		return StreamSupport.stream(list.spliterator(), false).map(node -> node.path(field).asString()).toList();
	}

	private static void missing() {
		String ci = System.getenv("CI");
		if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
			fail("jq is needed by infra/expose-portal-api.sh and this test, and is not installed");
		}
		Assumptions.abort("jq is not installed: skipped outside CI");
	}

}
