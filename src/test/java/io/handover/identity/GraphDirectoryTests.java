package io.handover.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.handover.testing.GraphStub;
import io.handover.testing.TokenStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Graph adapter with the real Microsoft Graph SDK and the real token acquisition
 * (Azure Identity, MSAL) against local stubs: a Graph on loopback and an https token
 * endpoint with a test certificate.
 */
class GraphDirectoryTests {

	static final String ANNA = "11111111-1111-1111-1111-111111111111";

	static TokenStub tokens;

	static GraphStub graph;

	static GraphDirectory directory;

	@BeforeAll
	static void start() {
		tokens = new TokenStub();
		graph = new GraphStub();
		directory = GraphConfiguration.graphDirectory(properties("s3cret-value", null));
	}

	@AfterAll
	static void stop() {
		graph.close();
		tokens.close();
		assertThat(GraphStub.callsWithoutAPermissionRow()).as("Graph requests without a row in the permission table")
			.isEmpty();
	}

	@BeforeEach
	void directoryWithAnna() {
		graph.reset();
		graph.addUser(ANNA, "anna@example.com", "Anna de Vries");
	}

	static GraphProperties properties(String secret, String certificate) {
		return new GraphProperties("contoso-tenant", "handover-app", secret, certificate,
				certificate != null ? "changeit" : null, graph.baseUrl(), tokens.authorityHost(), TokenStub.TRUST_STORE,
				TokenStub.TRUST_STORE_PASSWORD, 3, Duration.ofSeconds(1), null);
	}

	@Test
	void signsInWithTheClientSecretAtTheConfiguredAuthorityAndSendsTheToken() {
		DirectoryAccount anna = directory.findAccount("anna@example.com").orElseThrow();

		assertThat(anna.id()).isEqualTo(ANNA);
		assertThat(anna.enabled()).isTrue();
		Map<String, String> tokenRequest = tokens.requests().get(tokens.requests().size() - 1);
		assertThat(tokenRequest).containsEntry("grant_type", "client_credentials")
			.containsEntry("client_id", "handover-app")
			.containsEntry("client_secret", "s3cret-value");
		// MSAL may add openid/profile/offline_access around it, in any order.
		assertThat(tokenRequest.get("scope").split(" ")).anyMatch(scope -> scope.endsWith("/.default"));
		assertThat(graph.calls()).allMatch(GraphStub.Call::authorized);
	}

	@Test
	void signsInOnceAndUsesThatTokenForTheCallsThatFollow() {
		GraphDirectory fresh = GraphConfiguration.graphDirectory(properties("s3cret-value", null));
		int before = tokens.requests().size();

		for (int i = 0; i < 5; i++) {
			assertThat(fresh.findAccount("anna@example.com")).isPresent();
		}

		assertThat(tokens.requests().size() - before).as("sign-ins for five Graph calls").isEqualTo(1);
		assertThat(graph.calls()).allMatch(GraphStub.Call::authorized);
	}

	@Test
	void signsInAgainWhenTheTokenIsAboutToEnd() {
		tokens.issueTokensLasting(GraphSignIn.RENEW_BEFORE_END.minusSeconds(30));
		try {
			GraphDirectory fresh = GraphConfiguration.graphDirectory(properties("s3cret-value", null));
			int before = tokens.requests().size();

			fresh.findAccount("anna@example.com");
			fresh.findAccount("anna@example.com");

			assertThat(tokens.requests().size() - before).as("a token with under five minutes left is not used")
				.isEqualTo(2);
		}
		finally {
			tokens.issueTokensLasting(Duration.ofHours(1));
		}
	}

	@Test
	void asksGraphWhetherSomeoneIsInADepartmentsGroupWithCheckMemberGroups() {
		graph.addGroup("9a9a9a9a-0000-4000-8000-0000000000c1", "GG-IT-Staff", null, ANNA);
		graph.addGroup("9a9a9a9a-0000-4000-8000-0000000000c2", "GG-FM-Staff", null);

		assertThat(directory.isMemberOfGroup(ANNA, "9a9a9a9a-0000-4000-8000-0000000000c1")).isTrue();
		assertThat(directory.isMemberOfGroup(ANNA, "9a9a9a9a-0000-4000-8000-0000000000c2")).isFalse();
		assertThat(directory.isMemberOfGroup("22222222-2222-2222-2222-222222222222",
				"9a9a9a9a-0000-4000-8000-0000000000c1"))
			.as("an unknown user")
			.isFalse();

		GraphStub.Call asked = graph.calls().get(graph.calls().size() - 3);
		assertThat(asked.method()).isEqualTo("POST");
		assertThat(asked.path()).isEqualTo("/users/" + ANNA + "/checkMemberGroups");
		assertThat(asked.json().path("groupIds").get(0).asString()).isEqualTo("9a9a9a9a-0000-4000-8000-0000000000c1");
	}

	@Test
	void readsAPersonsManagerAndWhetherSomeoneHasDirectReports() {
		GraphStub.User karel = graph.addUser("33333333-3333-3333-3333-333333333333", "karel@example.com",
				"Karel Manager");
		graph.user(ANNA).orElseThrow().managedBy(karel);

		assertThat(directory.managerOf("anna@example.com")).hasValueSatisfying(manager -> {
			assertThat(manager.id()).isEqualTo(karel.id);
			assertThat(manager.userPrincipalName()).isEqualTo("karel@example.com");
		});
		assertThat(directory.managerOf(karel.id)).as("Graph answers 404 for someone without a manager").isEmpty();
		assertThat(directory.managerOf("22222222-2222-2222-2222-222222222222")).as("an unknown user").isEmpty();
		assertThat(directory.hasDirectReports(karel.id)).isTrue();
		assertThat(directory.hasDirectReports(ANNA)).isFalse();
		assertThat(graph.calls())
			.anySatisfy(call -> assertThat(call.path()).startsWith("/users/" + karel.id + "/directReports?")
				.contains("$top=1"));

		// with Retry-After (1 s): without one the SDK's three retries back off for about
		// 10 s
		graph.failNext("GET", "/manager", 503, 1, 5, "serviceUnavailable", "Graph is down");
		assertThatThrownBy(() -> directory.managerOf(ANNA)).as("not knowing is no 'none'")
			.isInstanceOf(DirectoryFailure.class);
	}

	@Test
	void aDryRunKnowsNoManagersNorReports() {
		DryRunDirectory dryRun = new DryRunDirectory(graph.baseUrl());
		assertThat(dryRun.managerOf(ANNA)).isEmpty();
		assertThat(dryRun.hasDirectReports(ANNA)).isFalse();
	}

	@Test
	void aDryRunKnowsNoGroupMembers() {
		assertThat(new DryRunDirectory(graph.baseUrl()).isMemberOfGroup(ANNA, "9a9a9a9a-0000-4000-8000-0000000000c1"))
			.isFalse();
	}

	@Test
	void signsInWithACertificateInsteadOfASecret() {
		GraphDirectory withCertificate = GraphConfiguration
			.graphDirectory(properties(null, "src/test/resources/graph/app-certificate.p12"));

		assertThat(withCertificate.findAccount(ANNA)).isPresent();

		Map<String, String> tokenRequest = tokens.requests().get(tokens.requests().size() - 1);
		assertThat(tokenRequest).containsEntry("client_assertion_type",
				"urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
		assertThat(tokenRequest.get("client_assertion")).isNotBlank();
		assertThat(tokenRequest).doesNotContainKey("client_secret");
	}

	@Test
	void theOrganisationsVerifiedDomainsComeFromGraph() {
		graph.addVerifiedDomain("Contoso.example");
		graph.addVerifiedDomain("contoso.onmicrosoft.com");

		assertThat(directory.verifiedDomains()).containsExactly("contoso.example", "contoso.onmicrosoft.com");
	}

	@Test
	void anUnknownPersonIsNotFound() {
		assertThat(directory.findAccount("nobody@example.com")).isEmpty();
	}

	@Test
	void removingAMemberRemovesTheMembershipNotTheUser() {
		graph.addGroup("g-sales", "Sales", null, ANNA);
		DirectoryAccount anna = directory.findAccount(ANNA).orElseThrow();

		List<DirectoryOutcome> outcomes = directory.removeFromGroups(anna,
				List.of(DirectoryGroup.staticGroup("g-sales", "Sales")));

		assertThat(outcomes).extracting(DirectoryOutcome::status).containsExactly(DirectoryOutcome.Status.DONE);
		assertThat(graph.changes()).extracting(GraphStub.Call::method, GraphStub.Call::path)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("DELETE", "/groups/g-sales/members/" + ANNA + "/$ref"));
		assertThat(graph.group("g-sales").members).isEmpty();
		assertThat(graph.user(ANNA)).as("the user still exists").isPresent();
		assertThat(outcomes.get(0).requests())
			.containsExactly(new DirectoryRequest("DELETE", "/groups/g-sales/members/" + ANNA + "/$ref", null));
	}

	@Test
	void aThrottledAndThenUnavailableRequestIsSentAgainAfterRetryAfter() {
		graph.failNext("PATCH", "^/users/" + ANNA + "$", 429, 1, 1, "TooManyRequests", "Too many requests");
		graph.failNext("PATCH", "^/users/" + ANNA + "$", 503, 1, 1, "ServiceUnavailable", "Try again");
		DirectoryAccount anna = directory.findAccount(ANNA).orElseThrow();
		long started = System.nanoTime();

		DirectoryOutcome outcome = directory.disableAccount(anna);

		assertThat(outcome.status()).isEqualTo(DirectoryOutcome.Status.DONE);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
		assertThat(graph.calls().stream().filter(c -> c.method().equals("PATCH")).map(GraphStub.Call::status))
			.containsExactly(429, 503, 204);
		assertThat(graph.succeeded("PATCH", "/users/" + ANNA)).isEqualTo(1);
		assertThat(graph.user(ANNA).orElseThrow().accountEnabled).isFalse();
		assertThat(outcome.requests()).as("a retried request is noted once")
			.containsExactly(new DirectoryRequest("PATCH", "/users/" + ANNA,
					"{\"@odata.type\":\"#microsoft.graph.user\",\"accountEnabled\":false}"));
	}

	@Test
	void aThrottledBatchItemIsSentAgainAloneAndEveryMembershipGoesOnce() {
		graph.addGroup("g-1", "All Staff", null, ANNA);
		graph.addGroup("g-2", "Sales", null, ANNA);
		graph.addGroup("g-3", "CRM Users", null, ANNA);
		graph.failNext("DELETE", "^/groups/g-2/", 429, 1, 1, "TooManyRequests", "Slow down");
		DirectoryAccount anna = directory.findAccount(ANNA).orElseThrow();

		List<DirectoryOutcome> outcomes = directory.removeFromGroups(anna, directory.groupsOf(anna));

		assertThat(outcomes).extracting(DirectoryOutcome::status).containsOnly(DirectoryOutcome.Status.DONE);
		assertThat(graph.calls().stream().filter(c -> c.path().equals("/$batch")).count()).isEqualTo(2);
		for (String group : List.of("g-1", "g-2", "g-3")) {
			assertThat(graph.succeeded("DELETE", "/groups/" + group + "/members/" + ANNA + "/$ref")).isEqualTo(1);
		}
	}

	@Test
	void moreThanTwentyGroupsGoInBatchesOfTwenty() {
		List<DirectoryGroup> groups = new java.util.ArrayList<>();
		for (int i = 1; i <= 23; i++) {
			graph.addGroup("g-" + i, "Group " + i, null);
			groups.add(DirectoryGroup.staticGroup("g-" + i, "Group " + i));
		}
		DirectoryAccount anna = directory.findAccount(ANNA).orElseThrow();

		List<DirectoryOutcome> outcomes = directory.addToGroups(anna, groups);

		assertThat(outcomes).hasSize(23)
			.extracting(DirectoryOutcome::status)
			.containsOnly(DirectoryOutcome.Status.DONE);
		assertThat(graph.calls().stream().filter(c -> c.path().equals("/$batch")).count()).isEqualTo(2);
		assertThat(graph.group("g-23").members).containsExactly(ANNA);
		assertThat(graph.changes().get(0).json().path("@odata.id").asString())
			.isEqualTo(graph.baseUrl() + "/directoryObjects/" + ANNA);
	}

	@Test
	void aRefusalCarriesGraphsOwnWords() {
		graph.failNext("POST", "revokeSignInSessions", 403, null, 1, "Authorization_RequestDenied",
				"Insufficient privileges to complete the operation.");
		DirectoryAccount anna = directory.findAccount(ANNA).orElseThrow();

		assertThatThrownBy(() -> directory.revokeSessions(anna)).isInstanceOf(DirectoryFailure.class)
			.hasMessage("Insufficient privileges to complete the operation.")
			.satisfies(failure -> assertThat(((DirectoryFailure) failure).describe())
				.isEqualTo("403 Authorization_RequestDenied: Insufficient privileges to complete the operation."));
	}

	@Test
	void licencesAreRemovedWithBothListsPresent() {
		graph.addSku("6fd2c87f-b296-42f0-b197-1e91e994b900", "ENTERPRISEPACK");
		graph.addSku("f30db892-07e9-47e9-837c-80727f46fd3d", "FLOW_FREE");
		graph.user(ANNA).orElseThrow().licences
			.addAll(List.of("6fd2c87f-b296-42f0-b197-1e91e994b900", "f30db892-07e9-47e9-837c-80727f46fd3d"));
		DirectoryAccount anna = directory.findAccount(ANNA).orElseThrow();

		DirectoryOutcome outcome = directory.changeLicences(anna, List.of(), directory.licencesOf(anna));

		assertThat(outcome.summary()).isEqualTo("Licences removed: ENTERPRISEPACK, FLOW_FREE");
		assertThat(graph.changes().get(0).json().toString()).isEqualTo(
				"{\"addLicenses\":[],\"removeLicenses\":[\"6fd2c87f-b296-42f0-b197-1e91e994b900\",\"f30db892-07e9-47e9-837c-80727f46fd3d\"]}");
		assertThat(graph.user(ANNA).orElseThrow().licences).isEmpty();
	}

	@Test
	void aTemporaryAccessPassIsHandedBackButNeverNoted() {
		DirectoryAccount anna = directory.findAccount(ANNA).orElseThrow();
		Instant monday = Instant.parse("2026-12-07T07:00:00Z");

		TemporaryAccessPass pass = directory.createTemporaryAccessPass(anna, monday, Duration.ofHours(8));

		assertThat(pass.pass()).isEqualTo(GraphStub.SECRET_PASS);
		assertThat(pass.usableOnce()).isTrue();
		assertThat(pass.expiresAt()).isEqualTo(Instant.parse("2026-12-07T15:00:00Z"));
		assertThat(pass.toString()).doesNotContain(GraphStub.SECRET_PASS);
		assertThat(pass.requests().toString()).doesNotContain(GraphStub.SECRET_PASS);
		assertThat(graph.changes().get(0).json().path("isUsableOnce").asBoolean()).isTrue();
		assertThat(graph.changes().get(0).json().path("lifetimeInMinutes").asInt()).isEqualTo(480);
	}

	@Test
	void aLaptopIsRegisteredForAutopilotOnce() {
		AutopilotDevice laptop = new AutopilotDevice("PF3ABC12", GraphStub.hardwareHash("PF3ABC12"), "Sales",
				"anna@example.com");

		DirectoryOutcome first = directory.registerAutopilotDevice(laptop);
		DirectoryOutcome again = directory.registerAutopilotDevice(laptop);

		assertThat(first.status()).isEqualTo(DirectoryOutcome.Status.DONE);
		assertThat(again.status()).isEqualTo(DirectoryOutcome.Status.ALREADY_DONE);
		assertThat(graph.importedAutopilotDevices()).singleElement().satisfies(device -> {
			assertThat(device).containsEntry("serialNumber", "PF3ABC12")
				.containsEntry("groupTag", "Sales")
				.containsEntry("assignedUserPrincipalName", "anna@example.com")
				.containsEntry("hardwareIdentifier", GraphStub.hardwareHash("PF3ABC12"));
		});
	}

	@Test
	void aNewAccountsPasswordNeverAppearsInWhatIsNoted() {
		DirectoryOutcome outcome = directory.createAccount(
				new NewAccount("Bas Smit", "Bas", "Smit", "bas.smit@example.com", "bas.smit", "NL", "Account Manager"));

		assertThat(outcome.requests()).singleElement()
			.satisfies(request -> assertThat(request.body()).contains("\"password\":\"***\""));
		String sent = graph.changes().get(0).json().path("passwordProfile").path("password").asString();
		assertThat(sent).hasSizeGreaterThan(16).isNotEqualTo("***");
		assertThat(graph.user("bas.smit@example.com")).isPresent();
	}

	@Test
	void theDryRunWouldSendWhatTheLiveDirectorySends() {
		DryRunDirectory dryRun = new DryRunDirectory(graph.baseUrl());
		DirectoryAccount anna = directory.findAccount(ANNA).orElseThrow();
		graph.addDevice("dev-1", ANNA, "LAPTOP-1", "PF3ABC12", "Windows", true);
		ManagedDevice laptop = directory.devicesOf(anna).get(0);

		List<DirectoryOutcome> live = List.of(directory.disableAccount(anna), directory.revokeSessions(anna),
				directory.wipe(laptop), directory.setAutomaticReplies(anna, "I have left."));
		List<DirectoryOutcome> dry = List.of(dryRun.disableAccount(anna), dryRun.revokeSessions(anna),
				dryRun.wipe(laptop), dryRun.setAutomaticReplies(anna, "I have left."));

		for (int i = 0; i < live.size(); i++) {
			DirectoryRequest sent = live.get(i).requests().get(0);
			DirectoryRequest wouldSend = dry.get(i).requests().get(0);
			assertThat(wouldSend.method()).isEqualTo(sent.method());
			assertThat(wouldSend.path()).isEqualTo(sent.path());
			assertThat(json(wouldSend.body())).isEqualTo(json(sent.body()));
		}
		assertThat(dry).allMatch(DirectoryOutcome::isDryRun);
	}

	private static Object json(String body) {
		try {
			return body == null ? null : new tools.jackson.databind.ObjectMapper().readTree(body);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
