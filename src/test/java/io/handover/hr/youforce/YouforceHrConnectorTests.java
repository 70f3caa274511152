package io.handover.hr.youforce;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.handover.hr.HrEmployment;
import io.handover.hr.HrSourceFailure;
import io.handover.testing.Surnames;
import io.handover.testing.TestClock;
import io.handover.testing.YouforceEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Reading Visma YouForce's IAM API against the YouForce emulator over real HTTP: a token
 * for the tenant, every page of persons, employments and job profiles, only what changed,
 * and each way the API refuses or fails, seen by the sync as the right kind of failure
 * and never as half an answer.
 */
class YouforceHrConnectorTests {

	private final TestClock clock = TestClock.at(LocalDate.of(2026, 1, 12));

	private final YouforceEmulator youforce = new YouforceEmulator(this.clock);

	private String bakker;

	private String deWit;

	@BeforeEach
	void anOrganisationOfSeven() {
		this.bakker = Surnames.unique();
		this.deWit = Surnames.unique();
		this.youforce.jobProfile("JP-ACM", "ACM", "Account manager");
		this.youforce.jobProfile("JP-SUP", "SUP", "Support");
		this.youforce.person("1001", "Jan", null, this.bakker, "jan@contoso.nl");
		this.youforce.employment("1001", "1", LocalDate.of(2021, 5, 1), LocalDate.of(2026, 2, 26), "JP-ACM");
		this.youforce.person("1002", "Lotte", "de", this.deWit, null);
		this.youforce.employment("1002", "1", LocalDate.of(2026, 2, 1), null, "JP-ACM");
		for (int i = 3; i <= 7; i++) {
			this.youforce.person("100" + i, "Colleague" + i, null, Surnames.unique(), "c" + i + "@contoso.nl");
			this.youforce.employment("100" + i, "1", LocalDate.of(2024, 1, i), null, "JP-SUP");
		}
	}

	@AfterEach
	void stop() {
		this.youforce.close();
	}

	@Test
	void aFullReadAnswersEveryEmploymentWithItsPersonAndJob() throws HrSourceFailure {
		List<HrEmployment> employments = connector(3).changedSince(null);

		assertThat(employments).hasSize(7).extracting(HrEmployment::system).containsOnly("youforce");
		HrEmployment jan = find(employments, "1001");
		assertThat(jan.name()).isEqualTo("Jan " + this.bakker);
		assertThat(jan.email()).isEqualTo("jan@contoso.nl");
		assertThat(jan.jobCode()).isEqualTo("ACM");
		assertThat(jan.jobTitle()).isEqualTo("Account manager");
		assertThat(jan.startDate()).isEqualTo(LocalDate.of(2021, 5, 1));
		assertThat(jan.endDate()).isEqualTo(LocalDate.of(2026, 2, 26));
		HrEmployment lotte = find(employments, "1002");
		assertThat(lotte.familyName()).isEqualTo("de " + this.deWit);
		assertThat(lotte.email()).as("no business address: the IAM API leaves the property out").isNull();
		assertThat(lotte.endDate()).as("9999-12-31 means still employed").isNull();
		// One token for the whole read, every call for the customer's tenant, three pages
		// of
		// persons and employments.
		assertThat(this.youforce.tokensIssued()).isEqualTo(1);
		assertThat(this.youforce.requests()).filteredOn(r -> r.startsWith("GET /iam/v1.0/persons")).hasSize(3);
		assertThat(this.youforce.requests()).filteredOn(r -> r.startsWith("GET /iam/v1.0/employments")).hasSize(3);
	}

	@Test
	void aRehiredPersonIsEmployedByTheEmploymentHiredLast() throws HrSourceFailure {
		this.youforce.employment("1001", "2", LocalDate.of(2026, 3, 1), null, "JP-SUP");

		HrEmployment jan = find(connector(100).changedSince(null), "1001");

		assertThat(jan.startDate()).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(jan.endDate()).isNull();
		assertThat(jan.jobCode()).isEqualTo("SUP");
	}

	@Test
	void aChangedSinceReadAnswersOnlyThePeopleWhoseEmploymentOrNameChanged() throws HrSourceFailure {
		Instant lastSync = this.clock.instant().plusSeconds(60);
		this.clock.set(lastSync.plus(Duration.ofHours(1)));
		this.youforce.changeEmployment("1004", "dischargeDate", LocalDate.of(2026, 3, 31));
		String married = Surnames.unique();
		this.youforce.changePerson("1005", "lastName", married);

		List<HrEmployment> changed = connector(3).changedSince(lastSync);

		assertThat(changed).extracting(HrEmployment::employeeId).containsExactlyInAnyOrder("1004", "1005");
		assertThat(find(changed, "1004").endDate()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(find(changed, "1004").name()).as("its person was read for the name").startsWith("Colleague4 ");
		assertThat(find(changed, "1005").familyName()).isEqualTo(married);
		assertThat(find(changed, "1005").startDate()).as("its employment was read for the dates")
			.isEqualTo(LocalDate.of(2024, 1, 5));
		assertThat(this.youforce.requests().get(1)).contains("from=2026-01-12T08%3A01%3A00.000Z");
	}

	@Test
	void aPersonsManagerHoldsTheManagerRoleOnTheirUnitToday() throws HrSourceFailure {
		// 1003 manages OU-100 (everyone's unit); 1004's manager role ended last year;
		// 1005
		// is a team lead, not a manager; 1006 manages OU-200 from next month
		this.youforce.roleAssignment("1003", "OU-100", "MGR", LocalDate.of(2024, 1, 1), null);
		this.youforce.roleAssignment("1004", "OU-100", "MGR", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31));
		this.youforce.roleAssignment("1005", "OU-100", "TL", LocalDate.of(2024, 1, 1), null);
		this.youforce.roleAssignment("1006", "OU-200", "MGR", LocalDate.of(2026, 2, 1), null);
		this.youforce.changeEmployment("1007", "organizationUnit", "OU-200");

		List<HrEmployment> employments = connector(3).changedSince(null);

		assertThat(find(employments, "1001").managerEmployeeId()).isEqualTo("1003");
		assertThat(find(employments, "1004").managerEmployeeId()).isEqualTo("1003");
		assertThat(find(employments, "1003").managerEmployeeId()).as("a unit's manager is not their own manager")
			.isNull();
		assertThat(find(employments, "1007").managerEmployeeId()).as("OU-200's manager starts next month").isNull();
		assertThat(this.youforce.requests()).as("read whole, once")
			.filteredOn(r -> r.equals("GET /iam/v1.0/roleAssignments?take=3"))
			.hasSize(1);
	}

	@Test
	void anotherManagerRoleIsReadFromTheConfiguration() throws HrSourceFailure {
		this.youforce.roleAssignment("1003", "OU-100", "MGR", LocalDate.of(2024, 1, 1), null);
		this.youforce.roleAssignment("1005", "OU-100", "LEIDINGGEVENDE", LocalDate.of(2024, 1, 1), null);
		YouforceHrConnector connector = new YouforceHrConnector(new YouforceProperties(YouforceEmulator.CLIENT_ID,
				YouforceEmulator.CLIENT_SECRET, YouforceEmulator.TENANT_ID, this.youforce.tokenUrl(),
				this.youforce.baseUrl(), 3, null, null, null, "Leidinggevende"), this.clock);

		assertThat(find(connector.changedSince(null), "1001").managerEmployeeId()).isEqualTo("1005");
	}

	@Test
	void nothingChangedReadsNoMoreThanTheThreeWindows() throws HrSourceFailure {
		Instant lastSync = this.clock.instant().plusSeconds(60);
		this.clock.set(lastSync.plus(Duration.ofHours(1)));

		assertThat(connector(3).changedSince(lastSync)).isEmpty();
		assertThat(this.youforce.requests()).filteredOn(r -> r.startsWith("GET /iam"))
			.as("persons, employments and role assignments changed since")
			.hasSize(3);
	}

	@Test
	void aRefusedClientIsAnAuthenticationFailureThatKeepsTheSecretOut() {
		YouforceProperties wrong = new YouforceProperties(YouforceEmulator.CLIENT_ID, "an-old-secret",
				YouforceEmulator.TENANT_ID, this.youforce.tokenUrl(), this.youforce.baseUrl(), 3, null, null, null,
				null);

		HrSourceFailure failure = catchThrowableOfType(HrSourceFailure.class,
				() -> new YouforceHrConnector(wrong, this.clock).changedSince(null));

		assertThat(failure.kind()).isEqualTo(HrSourceFailure.Kind.AUTHENTICATION);
		assertThat(failure.getMessage()).contains("invalid_client", "renewed").doesNotContain("an-old-secret");
	}

	@Test
	void aTokenVismaRevokedIsReplacedOnce() throws HrSourceFailure {
		YouforceHrConnector connector = connector(3);
		connector.changedSince(null);
		this.youforce.revokeTokens();

		assertThat(connector.changedSince(null)).hasSize(7);
		assertThat(this.youforce.tokensIssued()).isEqualTo(2);
	}

	@Test
	void aSpikeArrestOnPageThreeSaysWhenToTryAgainAndAnswersNothing() {
		this.youforce.fail("employments", 3, 429, 20);

		HrSourceFailure failure = catchThrowableOfType(HrSourceFailure.class, () -> connector(3).changedSince(null));

		assertThat(failure.kind()).isEqualTo(HrSourceFailure.Kind.RATE_LIMITED);
		assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(20));
		assertThat(failure.getMessage()).contains("page 3 of employments", "SpikeArrestViolation");
	}

	@Test
	void theSpikeArrestOfAHundredCallsAMinuteStopsTheReadWithAMinutesWait() {
		for (int i = 100; i < 160; i++) {
			this.youforce.person("2" + i, "Colleague" + i, null, Surnames.unique(), null);
			this.youforce.employment("2" + i, "1", LocalDate.of(2025, 1, 1), null, "JP-SUP");
		}
		this.youforce.spikeArrest(100);

		HrSourceFailure failure = catchThrowableOfType(HrSourceFailure.class, () -> connector(1).changedSince(null));

		assertThat(failure.kind()).isEqualTo(HrSourceFailure.Kind.RATE_LIMITED);
		assertThat(failure.retryAfter()).as("the gateway names no wait; a minute is the arrest's window")
			.isEqualTo(Duration.ofMinutes(1));
		assertThat(this.youforce.requests()).filteredOn(r -> r.startsWith("GET /iam")).hasSize(101);
	}

	@Test
	void aReadWithinTheSpikeArrestPasses() throws HrSourceFailure {
		this.youforce.spikeArrest(100);

		assertThat(connector(1000).changedSince(null)).hasSize(7);
	}

	@Test
	void anOutageOnPageThreeIsUnavailable() {
		this.youforce.fail("persons", 3, 503, null);

		HrSourceFailure failure = catchThrowableOfType(HrSourceFailure.class, () -> connector(3).changedSince(null));

		assertThat(failure.kind()).isEqualTo(HrSourceFailure.Kind.UNAVAILABLE);
		assertThat(failure.getMessage()).contains("503", "page 3 of persons");
	}

	@Test
	void aPageWithoutItsListIsMalformed() {
		this.youforce.garble("employments", 2, "{\"items\":[]}");

		HrSourceFailure failure = catchThrowableOfType(HrSourceFailure.class, () -> connector(3).changedSince(null));

		assertThat(failure.kind()).isEqualTo(HrSourceFailure.Kind.MALFORMED);
		assertThat(failure.getMessage()).contains("page 2 of employments");
	}

	@Test
	void aNextLinkToAnotherHostIsNotFollowedWithTheToken() {
		this.youforce.garble("persons", 1,
				"{\"value\":[],\"nextLink\":\"https://collector.example/iam/v1.0/persons?skip=3\"}");

		HrSourceFailure failure = catchThrowableOfType(HrSourceFailure.class, () -> connector(3).changedSince(null));

		assertThat(failure.kind()).isEqualTo(HrSourceFailure.Kind.MALFORMED);
		assertThat(failure.getMessage()).contains("collector.example");
	}

	@Test
	void theSecretsNeverAppearInTheSettingsAsLogged() {
		YouforceProperties properties = new YouforceProperties("id", YouforceEmulator.CLIENT_SECRET, "t", null, null,
				null, null, "webhook-key-123", null, null);

		assertThat(properties.toString()).doesNotContain(YouforceEmulator.CLIENT_SECRET, "webhook-key-123");
		assertThat(properties.baseUrl()).isEqualTo("https://api.youforce.com");
		assertThat(properties.tokenUrl()).isEqualTo("https://connect.visma.com/connect/token");
	}

	private YouforceHrConnector connector(int pageSize) {
		return new YouforceHrConnector(new YouforceProperties(YouforceEmulator.CLIENT_ID,
				YouforceEmulator.CLIENT_SECRET, YouforceEmulator.TENANT_ID, this.youforce.tokenUrl(),
				this.youforce.baseUrl(), pageSize, null, null, null, null), this.clock);
	}

	private static HrEmployment find(List<HrEmployment> employments, String employeeId) {
		return employments.stream().filter(e -> e.employeeId().equals(employeeId)).findFirst().orElseThrow();
	}

}
