package io.handover.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.handover.testing.AppleBusinessEmulator;
import io.handover.testing.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static io.handover.enrolment.AppleBusinessFixtures.serial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Apple Business settings as a deployment gives them (docs/apple-business.md and
 * infra/: the four {@code HANDOVER_APPLE_BUSINESS_*} environment variables, the key from
 * a Key Vault reference): all four connect Handover to Apple Business; any one missing is
 * the dry run, said once at start-up; a private key that cannot be used (a Key Vault
 * reference that did not resolve, text that is no key) keeps Handover running and blocks
 * each Apple step with what to fix; the key never reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class AppleBusinessEnvironmentTests {

	static final AppleBusinessEmulator APPLE = new AppleBusinessEmulator();

	static final String INTUNE = "5D3C9A1B2E4F4A6B8C0D1E2F3A4B5C6D";

	final TestClock clock = TestClock.at(LocalDate.of(2026, 12, 7));

	AppleBusinessEmulator.ApiAccount account;

	@BeforeEach
	void appleBusiness() {
		this.account = AppleBusinessFixtures.apiAccount(APPLE, this.clock, INTUNE);
	}

	@AfterAll
	static void stop() {
		APPLE.close();
	}

	@Test
	void theFourEnvironmentVariablesConnectHandoverToAppleBusiness(CapturedOutput output) {
		String serial = serial();
		APPLE.addDevice(serial, "Mac", "MacBook Air 13-inch");

		context(environment(this.account.privateKeyPem())).run(context -> {
			DeviceEnrolment apple = context.getBean(DeviceEnrolment.class);
			assertThat(apple).isInstanceOf(AppleBusinessEnrolment.class);
			assertThat(apple.isDryRun()).isFalse();
			EnrolmentStep step = apple.assign(serial);
			assertThat(step.status()).isEqualTo(EnrolmentStep.Status.SUBMITTED);
			assertThat(APPLE.tokensIssued()).isEqualTo(1);
			assertThat(APPLE.activitiesPosted()).singleElement()
				.satisfies(activity -> assertThat(activity.at("/data/relationships/mdmServer/data/id").asString())
					.isEqualTo(INTUNE));
		});
		assertThat(output.getAll()).doesNotContain(secretLine(this.account.privateKeyPem()));
	}

	@Test
	void aKeyWhoseLineBreaksWereWrittenAsBackslashNIsReadAsWell() {
		String serial = serial();
		APPLE.addDevice(serial, "iPhone", "iPhone 16");
		String flattened = this.account.privateKeyPem().strip().replace("\n", "\\n");

		context(environment(flattened)).run(context -> {
			assertThat(context.getBean(DeviceEnrolment.class).assign(serial).status())
				.isEqualTo(EnrolmentStep.Status.SUBMITTED);
		});
	}

	@Test
	void anyOfTheFourMissingIsTheDryRunSaidOnceAtStartUp(CapturedOutput output) {
		for (String missing : new String[] { "HANDOVER_APPLE_BUSINESS_CLIENT_ID", "HANDOVER_APPLE_BUSINESS_KEY_ID",
				"HANDOVER_APPLE_BUSINESS_PRIVATE_KEY", "HANDOVER_APPLE_BUSINESS_MDM_SERVER_ID" }) {
			Map<String, Object> variables = environment(this.account.privateKeyPem());
			variables.put(missing, "");
			context(variables).run(context -> {
				DeviceEnrolment apple = context.getBean(DeviceEnrolment.class);
				assertThat(apple.isDryRun()).as(missing).isTrue();
				assertThat(apple.assign("C02DRYRUN1").status()).isEqualTo(EnrolmentStep.Status.DRY_RUN);
			});
		}
		assertThat(APPLE.apiCalls()).isEmpty();
		assertThat(APPLE.tokensIssued()).isZero();
		assertThat(output.getAll()).contains("No Apple Business API account configured")
			.doesNotContain(secretLine(this.account.privateKeyPem()));
	}

	@Test
	void aKeyVaultReferenceThatDidNotResolveKeepsHandoverRunningAndBlocksEachStepWithWhatToFix(CapturedOutput output) {
		// App Service passes the reference itself when the secret is missing or
		// unreadable
		String unresolved = "@Microsoft.KeyVault(SecretUri=https://kv-handover.vault.azure.net/secrets/"
				+ "apple-business-private-key/)";

		context(environment(unresolved)).run(context -> {
			assertThat(context).hasNotFailed();
			DeviceEnrolment apple = context.getBean(DeviceEnrolment.class);
			assertThat(apple.isDryRun()).as("not silently dry: IT must see it").isFalse();
			assertThatThrownBy(() -> apple.assign("C02UNRESOLVED")).isInstanceOfSatisfying(EnrolmentFailure.class,
					failure -> assertThat(failure.describe()).contains("Key Vault reference that did not resolve")
						.contains("apple-business-private-key")
						.contains("nothing was sent")
						.contains("HANDOVER_APPLE_BUSINESS_PRIVATE_KEY"));
		});
		assertThat(APPLE.requests()).isEmpty();
		assertThat(output.getAll()).contains("cannot be used").contains("did not resolve");
	}

	@Test
	void textThatIsNoPrivateKeyIsReportedWithoutShowingIt(CapturedOutput output) {
		String notAKey = "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5IGF0IGFsbCBqdXN0IHRleHQ=\n-----END PRIVATE KEY-----";

		context(environment(notAKey)).run(context -> {
			assertThat(context).hasNotFailed();
			DeviceEnrolment apple = context.getBean(DeviceEnrolment.class);
			assertThatThrownBy(() -> apple.release("C02NOTAKEY")).isInstanceOfSatisfying(EnrolmentFailure.class,
					failure -> assertThat(failure.describe()).contains("is not a PEM EC (P-256) private key")
						.doesNotContain("bm90IGEga2V5"));
		});
		assertThat(APPLE.requests()).isEmpty();
		assertThat(output.getAll()).contains("is not a PEM EC (P-256) private key").doesNotContain("bm90IGEga2V5");
	}

	private ApplicationContextRunner context(Map<String, Object> variables) {
		return new ApplicationContextRunner().withUserConfiguration(EnrolmentConfiguration.class)
			.withBean(Clock.class, () -> this.clock)
			.withInitializer(context -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource("deployment", variables)));
	}

	/** The app settings infra/modules/app.bicep writes, plus the emulator's addresses. */
	private Map<String, Object> environment(String privateKey) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("HANDOVER_APPLE_BUSINESS_CLIENT_ID", this.account.clientId());
		variables.put("HANDOVER_APPLE_BUSINESS_KEY_ID", this.account.keyId());
		variables.put("HANDOVER_APPLE_BUSINESS_PRIVATE_KEY", privateKey);
		variables.put("HANDOVER_APPLE_BUSINESS_MDM_SERVER_ID", INTUNE);
		variables.put("HANDOVER_APPLE_BUSINESS_TOKEN_URL", APPLE.tokenUrl());
		variables.put("HANDOVER_APPLE_BUSINESS_API_URL", APPLE.apiBaseUrl());
		return variables;
	}

	private static String secretLine(String pem) {
		return pem.lines().skip(1).findFirst().orElseThrow();
	}

}
