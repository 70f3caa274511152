package io.handover.testing;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The whole application with a live directory: the real Microsoft Graph SDK and token
 * acquisition against a Graph stub on loopback and an https token endpoint with a test
 * certificate, and Apple Business on its emulator. Every subclass (runbook tests, and bot
 * tests that need the directory) shares one Spring context and the stubs; tests use their
 * own people, groups and devices, and reset the stub's record of calls.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@RecordApplicationEvents
public abstract class LiveDirectoryTest {

	protected static final TokenStub TOKENS = new TokenStub();

	protected static final GraphStub GRAPH = new GraphStub();

	/** Apple Business, for the Apple devices of joiners and leavers. */
	protected static final AppleBusinessEmulator APPLE = new AppleBusinessEmulator();

	/** Handover's API account in Apple Business. */
	protected static final AppleBusinessEmulator.ApiAccount APPLE_ACCOUNT = APPLE.createApiAccount();

	/** Intune's entry among Apple Business's device management services. */
	protected static final String INTUNE_IN_APPLE_BUSINESS = "7E2A1C0B5D9F4E3A8B6C1D2E3F4A5B6C";

	static {
		APPLE.addMdmServer(INTUNE_IN_APPLE_BUSINESS, "Microsoft Intune");
	}

	/** The badge system the offboarding guard asks (tests give their people badges). */
	protected static final PassSystemStub PASSES = new PassSystemStub();

	@DynamicPropertySource
	static void directoryOnTheStubs(DynamicPropertyRegistry properties) {
		properties.add("handover.graph.tenant-id", () -> "contoso-tenant");
		properties.add("handover.graph.client-id", () -> "handover-app");
		properties.add("handover.graph.client-secret", () -> "s3cret-value");
		properties.add("handover.graph.base-url", GRAPH::baseUrl);
		properties.add("handover.graph.authority-host", TOKENS::authorityHost);
		properties.add("handover.graph.trust-store", () -> TokenStub.TRUST_STORE);
		properties.add("handover.graph.trust-store-password", () -> TokenStub.TRUST_STORE_PASSWORD);
		properties.add("handover.graph.retry-delay", () -> "PT1S");
		properties.add("handover.guard.pass-system.url", PASSES::baseUrl);
		properties.add("handover.guard.pass-system.token", () -> PassSystemStub.TOKEN);
		properties.add("handover.apple-business.client-id", APPLE_ACCOUNT::clientId);
		properties.add("handover.apple-business.key-id", APPLE_ACCOUNT::keyId);
		properties.add("handover.apple-business.private-key", APPLE_ACCOUNT::privateKeyPem);
		properties.add("handover.apple-business.mdm-server-id", () -> INTUNE_IN_APPLE_BUSINESS);
		properties.add("handover.apple-business.token-url", APPLE::tokenUrl);
		properties.add("handover.apple-business.api-url", APPLE::apiBaseUrl);
		properties.add("handover.apple-business.max-retry-wait", () -> "PT5S");
	}

	/**
	 * Every Graph request the tests made so far has its row in the permission table
	 * (docs/graph-permissions.md): a new call without one fails here.
	 */
	@AfterAll
	static void everyGraphCallHasItsPermissionRow() {
		org.assertj.core.api.Assertions.assertThat(GraphStub.callsWithoutAPermissionRow())
			.as("Graph requests without a row in %s", GraphPermissionTable.DOCUMENT)
			.isEmpty();
	}

}
