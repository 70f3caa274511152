package io.handover.enrolment;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;

import io.handover.testing.AppleBusinessEmulator;
import io.handover.testing.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.handover.enrolment.AppleBusinessFixtures.serial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Handover's Apple Business adapter against the emulator, over real HTTP: IT's Mac for a
 * joiner is assigned to Intune's entry once, Apple's rate limit and a failed activity are
 * survived, and a wrong key or client id is refused by Apple and reported clearly.
 */
class AppleBusinessEnrolmentTests {

	static final AppleBusinessEmulator APPLE = new AppleBusinessEmulator();

	static final String INTUNE = "1F97349736CF4614A94F624E705841AD";

	final TestClock clock = TestClock.at(LocalDate.of(2026, 11, 23));

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
	void aMacIsAssignedOnceAndItsActivityFollowedUntilItCompletes() {
		String serial = serial();
		APPLE.addDevice(serial, "Mac", "MacBook Air 13-inch");
		APPLE.readsUntilDone(2);
		DeviceEnrolment apple = enrolment(this.account.privateKeyPem());

		EnrolmentStep started = apple.assign(serial);

		assertThat(started.status()).isEqualTo(EnrolmentStep.Status.SUBMITTED);
		assertThat(started.activityId()).isNotBlank();
		assertThat(APPLE.activitiesPosted()).singleElement().satisfies(body -> {
			assertThat(body.at("/data/attributes/activityType").asString()).isEqualTo("ASSIGN_DEVICES");
			assertThat(body.at("/data/relationships/mdmServer/data/id").asString()).isEqualTo(INTUNE);
			assertThat(body.at("/data/relationships/devices/data/0/id").asString()).isEqualTo(serial);
		});
		assertThat(apple.follow(serial, started.activityId()).status()).isEqualTo(EnrolmentStep.Status.SUBMITTED);
		EnrolmentStep done = apple.follow(serial, started.activityId());
		assertThat(done.status()).isEqualTo(EnrolmentStep.Status.COMPLETED);
		assertThat(done.summary()).contains(started.activityId()).contains("COMPLETED_WITH_SUCCESS");
		assertThat(APPLE.assignedServerOf(serial)).contains(INTUNE);

		// assigning it again sends nothing
		EnrolmentStep again = apple.assign(serial);
		assertThat(again.status()).isEqualTo(EnrolmentStep.Status.ALREADY_DONE);
		assertThat(again.requests()).noneMatch(r -> r.method().equals("POST"));
		assertThat(APPLE.activitiesPosted()).hasSize(1);
		// one token for all of it, while it is valid; a new one after it expired
		assertThat(APPLE.tokensIssued()).isEqualTo(1);
		this.clock.advance(Duration.ofMinutes(61));
		apple.assign(serial);
		assertThat(APPLE.tokensIssued()).isEqualTo(2);
		assertThat(String.join("\n", started.requestLines(), done.requestLines())).doesNotContain("Bearer")
			.doesNotContain("abm-");
	}

	@Test
	void aSerialAppleBusinessDoesNotKnowIsReportedAndNothingIsAssigned() {
		String serial = serial();

		EnrolmentStep step = enrolment(this.account.privateKeyPem()).assign(serial);

		assertThat(step.status()).isEqualTo(EnrolmentStep.Status.UNKNOWN_DEVICE);
		assertThat(step.summary()).contains(serial).contains("Apple Configurator");
		assertThat(APPLE.activitiesPosted()).isEmpty();
	}

	@Test
	void aRateLimitIsWaitedOutAndTheActivityIsCreatedOnce() {
		String serial = serial();
		APPLE.addDevice(serial, "iPhone", "iPhone 16");
		APPLE.failNext("POST", "/v1/orgDeviceActivities", 429, 1, 1);

		EnrolmentStep step = enrolment(this.account.privateKeyPem()).assign(serial);

		assertThat(step.status()).isEqualTo(EnrolmentStep.Status.SUBMITTED);
		assertThat(APPLE.requests()).filteredOn(r -> r.path().equals("/v1/orgDeviceActivities"))
			.extracting(AppleBusinessEmulator.Request::status)
			.containsExactly(429, 201);
	}

	@Test
	void aRateLimitLongerThanHandoverWaitsIsReportedForALaterAttempt() {
		String serial = serial();
		APPLE.addDevice(serial, "iPad", "iPad Air");
		APPLE.failNext("POST", "/v1/orgDeviceActivities", 429, 3600, 1);

		assertThatThrownBy(() -> enrolment(this.account.privateKeyPem()).assign(serial))
			.isInstanceOfSatisfying(EnrolmentFailure.class, failure -> {
				assertThat(failure.status()).isEqualTo(429);
				assertThat(failure.describe()).contains("RATE_LIMIT_EXCEEDED").contains("tries again later");
			});
		assertThat(APPLE.activitiesPosted()).hasSize(1);
		assertThat(APPLE.assignedServerOf(serial)).isEmpty();
	}

	@Test
	void aFailedActivityIsReportedWithApplesReason() {
		String serial = serial();
		APPLE.addDevice(serial, "Mac", "MacBook Pro 14-inch");
		APPLE.failNextActivityFor(serial, "Device is in use by another device management service");
		DeviceEnrolment apple = enrolment(this.account.privateKeyPem());

		EnrolmentStep started = apple.assign(serial);
		EnrolmentStep failed = apple.follow(serial, started.activityId());

		assertThat(failed.status()).isEqualTo(EnrolmentStep.Status.FAILED);
		assertThat(failed.summary()).contains("COMPLETED_WITH_FAILURE").contains("another device management service");
		assertThat(APPLE.assignedServerOf(serial)).isEmpty();
	}

	@Test
	void anotherKeyIsRefusedByAppleAndReportedWithoutTheKey() {
		String serial = serial();
		APPLE.addDevice(serial, "Mac", "iMac");
		String otherKey = APPLE.createApiAccount().privateKeyPem();

		assertThatThrownBy(() -> enrolment(otherKey).assign(serial)).isInstanceOfSatisfying(EnrolmentFailure.class,
				failure -> {
					assertThat(failure.status()).isEqualTo(400);
					assertThat(failure.code()).isEqualTo("invalid_client");
					assertThat(failure.describe()).contains("signature is invalid")
						.contains("handover.apple-business.client-id")
						.doesNotContain(otherKey.substring(30, 60));
				});
		assertThat(APPLE.apiCalls()).isEmpty();
		assertThat(APPLE.tokensIssued()).isZero();
	}

	@Test
	void aWrongClientIdIsRefusedByApple() {
		AppleBusinessProperties wrong = properties("BUSINESSAPI.someone-else", this.account.keyId(),
				this.account.privateKeyPem());

		assertThatThrownBy(() -> new AppleBusinessEnrolment(wrong, this.clock).assign(serial())).isInstanceOfSatisfying(
				EnrolmentFailure.class,
				failure -> assertThat(failure.describe()).contains("invalid_client").contains("Unknown client_id"));
		assertThat(APPLE.apiCalls()).isEmpty();
	}

	@Test
	void applesRateLimitIsWaitedOutAndTheDeviceAssignedWithOneActivity() {
		String serial = serial();
		APPLE.addDevice(serial, "Mac", "MacBook Pro 14-inch");
		DeviceEnrolment apple = enrolment(this.account.privateKeyPem());
		// two API requests a second: the assignment's third (the activity) is limited
		APPLE.rateLimit(2, Duration.ofSeconds(1));

		EnrolmentStep step = apple.assign(serial);

		assertThat(step.status()).isEqualTo(EnrolmentStep.Status.SUBMITTED);
		assertThat(APPLE.requests()).filteredOn(r -> r.path().equals("/v1/orgDeviceActivities"))
			.extracting(AppleBusinessEmulator.Request::status)
			.containsExactly(429, 201);
	}

	@Test
	void anApiAccountWithoutTheDevicesPermissionIsReportedWithWhatToCheck() {
		String serial = serial();
		APPLE.addDevice(serial, "iPad", "iPad Air");
		APPLE.failNext("GET", "/v1/orgDevices/", 403, 0, 1);

		assertThatThrownBy(() -> enrolment(this.account.privateKeyPem()).assign(serial)).isInstanceOfSatisfying(
				EnrolmentFailure.class,
				failure -> assertThat(failure.describe()).startsWith("403 FORBIDDEN_ERROR: ")
					.contains("forbidden")
					.contains("handover.apple-business.client-id"));
		assertThat(APPLE.activitiesPosted()).isEmpty();
	}

	@Test
	void appleBusinessSaysWhetherItHoldsASerialAndNothingChanges() {
		String mac = serial();
		APPLE.addDevice(mac, "Mac", "MacBook Air 13-inch");
		DeviceEnrolment apple = enrolment(this.account.privateKeyPem());

		assertThat(apple.recognise(mac)).isEqualTo(DeviceEnrolment.Recognition.KNOWN);
		assertThat(apple.recognise("PF3WINDOWS1")).isEqualTo(DeviceEnrolment.Recognition.UNKNOWN);
		// Apple down: unsure, not "no" (and not an exception in the schedule)
		APPLE.failNext("GET", "/v1/orgDevices/", 503, 0, 3);
		assertThat(apple.recognise(mac)).isEqualTo(DeviceEnrolment.Recognition.UNSURE);

		assertThat(APPLE.activitiesPosted()).isEmpty();
		assertThat(APPLE.assignedServerOf(mac)).isEmpty();
		assertThat(new DryRunEnrolment(properties(null, null, null)).recognise(mac))
			.isEqualTo(DeviceEnrolment.Recognition.UNSURE);
	}

	@Test
	void aKeyAsSec1PemIsAcceptedToo() {
		String serial = serial();
		APPLE.addDevice(serial, "Mac", "Mac mini");

		EnrolmentStep step = enrolment(sec1(this.account.privateKeyPem())).assign(serial);

		assertThat(step.status()).isEqualTo(EnrolmentStep.Status.SUBMITTED);
	}

	@Test
	void aDryRunRecordsTheRequestsAndSendsNothing() {
		String serial = serial();
		DeviceEnrolment dry = new DryRunEnrolment(properties(null, null, null));

		EnrolmentStep step = dry.assign(serial);

		assertThat(step.status()).isEqualTo(EnrolmentStep.Status.DRY_RUN);
		assertThat(step.requestLines()).contains("GET /v1/orgDevices/" + serial)
			.contains("POST /v1/orgDeviceActivities")
			.contains("ASSIGN_DEVICES");
		assertThat(APPLE.requests()).isEmpty();
	}

	@Test
	void theSettingsNeverShowTheKey() {
		assertThat(properties(this.account.clientId(), this.account.keyId(), this.account.privateKeyPem()).toString())
			.doesNotContain("PRIVATE KEY")
			.contains("(set)");
		assertThat(enrolment(this.account.privateKeyPem()).toString()).doesNotContain("PRIVATE KEY");
	}

	@Test
	void appleModelsAreRecognisedByName() {
		DeviceEnrolment apple = new DryRunEnrolment(properties(null, null, null));
		assertThat(apple.isAppleModel("MacBook Air 13-inch (M3)")).isTrue();
		assertThat(apple.isAppleModel("iPhone 16")).isTrue();
		assertThat(apple.isAppleModel("iPad Pro")).isTrue();
		assertThat(apple.isAppleModel("Dell Latitude 7450")).isFalse();
		assertThat(apple.isAppleModel("laptop-standard")).isFalse();
		assertThat(apple.isAppleModel(null)).isFalse();
	}

	private AppleBusinessEnrolment enrolment(String privateKeyPem) {
		return new AppleBusinessEnrolment(properties(this.account.clientId(), this.account.keyId(), privateKeyPem),
				this.clock);
	}

	private static AppleBusinessProperties properties(String clientId, String keyId, String privateKeyPem) {
		return new AppleBusinessProperties(clientId, keyId, privateKeyPem, clientId != null ? INTUNE : null,
				APPLE.tokenUrl(), APPLE.apiBaseUrl(), null, 2, Duration.ofSeconds(5), null, null);
	}

	/** The same key as SEC 1 ("EC PRIVATE KEY"): the octet string inside PKCS #8. */
	private static String sec1(String pkcs8Pem) {
		byte[] der = Base64.getMimeDecoder()
			.decode(pkcs8Pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").strip());
		int at = (der[1] & 0x80) != 0 ? 2 + (der[1] & 0x7f) : 2;
		at += 3 + 21; // version, algorithm
		int length = der[at + 1] & 0xff;
		int start = at + 2;
		if ((length & 0x80) != 0) {
			start = at + 2 + (length & 0x7f);
			length = der[at + 2] & 0xff;
		}
		byte[] sec1 = Arrays.copyOfRange(der, start, start + length);
		return "-----BEGIN EC PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(sec1)
				+ "\n-----END EC PRIVATE KEY-----\n";
	}

}
