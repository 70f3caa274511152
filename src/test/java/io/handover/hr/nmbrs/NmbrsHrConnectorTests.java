package io.handover.hr.nmbrs;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.handover.hr.HrEmployment;
import io.handover.hr.HrSource;
import io.handover.hr.HrSourceFailure;
import io.handover.testing.NmbrsEmulator;
import io.handover.testing.Surnames;
import io.handover.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;

/**
 * Reading Nmbrs' REST API against the Nmbrs emulator over real HTTP: a token for the kept
 * refresh token (and the new refresh token kept), every page of the company's personal
 * info, employments and functions, and each way the API refuses or fails, seen by the
 * sync as the right kind of failure and never as half an answer.
 */
class NmbrsHrConnectorTests {

	private final TestClock clock = TestClock.at(LocalDate.of(2026, 1, 12));

	private final NmbrsEmulator nmbrs = new NmbrsEmulator(this.clock);

	private final Kept kept = new Kept();

	private String approval;

	private String bakker;

	private String deWit;

	@BeforeEach
	void anOrganisationOfSeven() {
		this.approval = this.nmbrs.approve();
		this.bakker = Surnames.unique();
		this.deWit = Surnames.unique();
		this.nmbrs.employ(1001, "Jan", null, this.bakker, "jan@contoso.nl", "ACM", "Account manager",
				LocalDate.of(2021, 5, 1), LocalDate.of(2026, 2, 26));
		this.nmbrs.employ(1002, "Lotte", "de", this.deWit, null, "ACM", "Account manager", LocalDate.of(2026, 2, 1),
				null);
		for (int i = 3; i <= 7; i++) {
			this.nmbrs.employ(1000 + i, "Colleague" + i, null, Surnames.unique(), "c" + i + "@contoso.nl", "SUP",
					"Support", LocalDate.of(2024, 1, i), null);
		}
	}

	@AfterEach
	void stop() {
		this.nmbrs.close();
	}

	@Test
	void aFullReadAnswersEveryEmploymentWithItsPersonAndFunction() throws HrSourceFailure {
		List<HrEmployment> employments = connector(3, this.approval).changedSince(null);

		assertThat(employments).hasSize(7).extracting(HrEmployment::system).containsOnly("nmbrs");
		HrEmployment jan = find(employments, "1001");
		assertThat(jan.name()).isEqualTo("Jan " + this.bakker);
		assertThat(jan.email()).isEqualTo("jan@contoso.nl");
		assertThat(jan.jobCode()).isEqualTo("ACM");
		assertThat(jan.jobTitle()).isEqualTo("Account manager");
		assertThat(jan.startDate()).isEqualTo(LocalDate.of(2021, 5, 1));
		assertThat(jan.endDate()).isEqualTo(LocalDate.of(2026, 2, 26));
		HrEmployment lotte = find(employments, "1002");
		assertThat(lotte.familyName()).isEqualTo("de " + this.deWit);
		assertThat(lotte.email()).isNull();
		assertThat(lotte.endDate()).isNull();
		// Three pages of each list, the subscription key on every call.
		assertThat(this.nmbrs.requests()).filteredOn(r -> r.contains("/employees/employments?"))
			.hasSize(3)
			.anySatisfy(r -> assertThat(r).contains("pageNumber=3&pageSize=3"));
	}

	@Test
	void theNewestFunctionIsTheJob() throws HrSourceFailure {
		this.nmbrs.function(1003, "TL", "Team lead", LocalDate.of(2026, 1, 1));

		assertThat(find(connector(100, this.approval).changedSince(null), "1003").jobTitle()).isEqualTo("Team lead");
	}

	@Test
	void aChangedSinceReadAnswersEveryoneSoAnEndDateSetInPlaceIsNotMissed() throws HrSourceFailure {
		NmbrsHrConnector connector = connector(3, this.approval);
		connector.changedSince(null);
		this.clock.advance(Duration.ofHours(1));
		this.nmbrs.endEmployment(1004, LocalDate.of(2026, 3, 31));

		List<HrEmployment> answer = connector.changedSince(this.clock.instant().minus(Duration.ofMinutes(30)));

		assertThat(answer).hasSize(7);
		assertThat(find(answer, "1004").endDate()).isEqualTo(LocalDate.of(2026, 3, 31));
	}

	@Test
	void theRenewedRefreshTokenIsKeptSoARestartStartsFromIt() throws HrSourceFailure {
		connector(3, this.approval).changedSince(null);
		assertThat(this.kept.token).isNotNull().isNotEqualTo(this.approval);

		// After a restart the configured token is spent; the kept one works.
		assertThat(connector(3, this.approval).changedSince(null)).hasSize(7);
	}

	@Test
	void aSpentRefreshTokenAloneIsAnAuthenticationFailureThatAsksForANewApproval() throws HrSourceFailure {
		connector(3, this.approval).changedSince(null);
		this.kept.token = null;

		HrSourceFailure failure = catchThrowableOfType(HrSourceFailure.class,
				() -> connector(3, this.approval).changedSince(null));

		assertThat(failure.kind()).isEqualTo(HrSourceFailure.Kind.AUTHENTICATION);
		assertThat(failure.getMessage()).contains("invalid_grant", "new approval").doesNotContain(this.approval);
	}

	@Test
	void aNewApprovalInTheConfigurationWinsOverAKeptTokenNmbrsNoLongerKnows() throws HrSourceFailure {
		this.kept.token = "nm-refresh-forgotten";

		assertThat(connector(3, this.approval).changedSince(null)).hasSize(7);
	}

	@Test
	void aWrongSubscriptionKeyIsAnAuthenticationFailureInTheGatewaysWords() {
		NmbrsProperties wrong = new NmbrsProperties(NmbrsEmulator.CLIENT_ID, NmbrsEmulator.CLIENT_SECRET,
				"an-expired-key", this.approval, NmbrsEmulator.COMPANY_ID, this.nmbrs.tokenUrl(), this.nmbrs.baseUrl(),
				3, null);

		HrSourceFailure failure = catchThrowableOfType(HrSourceFailure.class,
				() -> new NmbrsHrConnector(wrong, this.kept, this.clock).changedSince(null));

		assertThat(failure.kind()).isEqualTo(HrSourceFailure.Kind.AUTHENTICATION);
		assertThat(failure.getMessage()).contains("subscription key").doesNotContain("an-expired-key");
	}

	@Test
	void anAccessTokenNmbrsRevokedIsReplacedOnce() throws HrSourceFailure {
		NmbrsHrConnector connector = connector(3, this.approval);
		connector.changedSince(null);
		this.nmbrs.revokeAccessTokens();

		assertThat(connector.changedSince(null)).hasSize(7);
	}

	@Test
	void aRateLimitOnPageThreeSaysWhenToTryAgainAndAnswersNothing() {
		this.nmbrs.fail("employments", 3, 429, 5);

		HrSourceFailure failure = catchThrowableOfType(HrSourceFailure.class,
				() -> connector(3, this.approval).changedSince(null));

		assertThat(failure.kind()).isEqualTo(HrSourceFailure.Kind.RATE_LIMITED);
		assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(5));
		assertThat(failure.getMessage()).contains("page 3 of employments", "Rate limit is exceeded");
	}

	@Test
	void anOutageOnPageThreeIsUnavailable() {
		this.nmbrs.fail("functions", 3, 503, null);

		HrSourceFailure failure = catchThrowableOfType(HrSourceFailure.class,
				() -> connector(3, this.approval).changedSince(null));

		assertThat(failure.kind()).isEqualTo(HrSourceFailure.Kind.UNAVAILABLE);
		assertThat(failure.getMessage()).contains("503", "page 3 of functions");
	}

	@Test
	void aPageWithoutItsDataIsMalformed() {
		this.nmbrs.garble("personalinfo", 2, "{\"items\":[]}");

		HrSourceFailure failure = catchThrowableOfType(HrSourceFailure.class,
				() -> connector(3, this.approval).changedSince(null));

		assertThat(failure.kind()).isEqualTo(HrSourceFailure.Kind.MALFORMED);
		assertThat(failure.getMessage()).contains("page 2 of personalinfo");
	}

	@Test
	void theSecretsNeverAppearInTheSettingsAsLogged() {
		String settings = new NmbrsProperties("id", NmbrsEmulator.CLIENT_SECRET, NmbrsEmulator.SUBSCRIPTION_KEY,
				this.approval, NmbrsEmulator.COMPANY_ID, null, null, null, null)
			.toString();

		assertThat(settings).doesNotContain(NmbrsEmulator.CLIENT_SECRET, NmbrsEmulator.SUBSCRIPTION_KEY, this.approval);
	}

	@Test
	void nmbrsIsASourceOnlyWithEveryCredentialAndTheCompany() {
		ApplicationContextRunner context = new ApplicationContextRunner()
			.withUserConfiguration(Properties.class, NmbrsConfiguration.class)
			.withBean(Clock.class, Clock::systemUTC)
			.withBean(MongoOperations.class, () -> mock(MongoOperations.class));
		String[] all = { "handover.hr.nmbrs.client-id=id", "handover.hr.nmbrs.client-secret=s",
				"handover.hr.nmbrs.subscription-key=k", "handover.hr.nmbrs.refresh-token=r",
				"handover.hr.nmbrs.company-id=" + NmbrsEmulator.COMPANY_ID };

		context.withPropertyValues(java.util.Arrays.copyOf(all, 4))
			.run(noCompany -> assertThat(noCompany).doesNotHaveBean(HrSource.class));
		context.withPropertyValues(all)
			.run(configured -> assertThat(configured.getBean(HrSource.class).system()).isEqualTo("nmbrs"));
	}

	private NmbrsHrConnector connector(int pageSize, String refreshToken) {
		return new NmbrsHrConnector(new NmbrsProperties(NmbrsEmulator.CLIENT_ID, NmbrsEmulator.CLIENT_SECRET,
				NmbrsEmulator.SUBSCRIPTION_KEY, refreshToken, NmbrsEmulator.COMPANY_ID, this.nmbrs.tokenUrl(),
				this.nmbrs.baseUrl(), pageSize, null), this.kept, this.clock);
	}

	private static HrEmployment find(List<HrEmployment> employments, String employeeId) {
		return employments.stream().filter(e -> e.employeeId().equals(employeeId)).findFirst().orElseThrow();
	}

	/** The store's part, in memory. */
	static final class Kept implements NmbrsRefreshTokens {

		volatile String token;

		@Override
		public Optional<String> newest() {
			return Optional.ofNullable(this.token);
		}

		@Override
		public void keep(String refreshToken) {
			this.token = refreshToken;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(NmbrsProperties.class)
	static class Properties {

	}

}
