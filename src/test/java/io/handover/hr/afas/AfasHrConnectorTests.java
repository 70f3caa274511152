package io.handover.hr.afas;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.handover.hr.HrEmployment;
import io.handover.hr.HrSourceFailure;
import io.handover.testing.AfasEmulator;
import io.handover.testing.Surnames;
import io.handover.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Reading AFAS Profit's GetConnector of employments the way AFAS documents it, against
 * the AFAS emulator over real HTTP: every page, only the changes, and each way AFAS can
 * refuse or fail, which the sync must see as the right kind of failure and never as half
 * an answer.
 */
class AfasHrConnectorTests {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final TestClock clock = TestClock.at(LocalDate.of(2026, 1, 12));

	private final AfasEmulator afas = new AfasEmulator(this.clock);

	private final String manager = "1000";

	private String bakker;

	private String deWit;

	@BeforeEach
	void anOrganisationOfSeven() {
		this.bakker = Surnames.unique();
		this.deWit = Surnames.unique();
		this.afas.employ(this.manager, "Maria", null, "Jansen", "maria.jansen@contoso.nl", "MGR", "Manager", null,
				LocalDate.of(2019, 3, 1), null);
		this.afas.employ("1001", "Jan", null, this.bakker, "jan@contoso.nl", "ACM", "Account manager", this.manager,
				LocalDate.of(2021, 5, 1), LocalDate.of(2026, 2, 26));
		this.afas.employ("1002", "Lotte", "de", this.deWit, null, "ACM", "Account manager", this.manager,
				LocalDate.of(2026, 2, 1), null);
		for (int i = 3; i <= 6; i++) {
			this.afas.employ("100" + i, "Colleague" + i, null, Surnames.unique(), "c" + i + "@contoso.nl", "SUP",
					"Support", this.manager, LocalDate.of(2024, 1, i), null);
		}
	}

	@AfterEach
	void stop() {
		this.afas.close();
	}

	@Test
	void aFullReadAnswersEveryEmploymentMappedFromProfitsFields() throws HrSourceFailure {
		List<HrEmployment> employments = connector(3, AfasEmulator.TOKEN).changedSince(null);

		assertThat(employments).hasSize(7).extracting(HrEmployment::system).containsOnly("afas");
		HrEmployment jan = find(employments, "1001");
		assertThat(jan.name()).isEqualTo("Jan " + this.bakker);
		assertThat(jan.email()).isEqualTo("jan@contoso.nl");
		assertThat(jan.jobCode()).isEqualTo("ACM");
		assertThat(jan.jobTitle()).isEqualTo("Account manager");
		assertThat(jan.managerEmployeeId()).isEqualTo("1000");
		assertThat(jan.startDate()).isEqualTo(LocalDate.of(2021, 5, 1));
		assertThat(jan.endDate()).isEqualTo(LocalDate.of(2026, 2, 26));
		assertThat(jan.changedAt()).isEqualTo(this.clock.instant());
		HrEmployment lotte = find(employments, "1002");
		assertThat(lotte.familyName()).as("the prefix goes before the last name").isEqualTo("de " + this.deWit);
		assertThat(lotte.email()).isNull();
		assertThat(lotte.endDate()).isNull();
		assertThat(find(employments, "1000").managerEmployeeId()).isNull();
		// Three pages of three, sorted on a unique field so rows cannot shift between
		// pages.
		assertThat(this.afas.requests()).hasSize(3)
			.allSatisfy(request -> assertThat(request)
				.startsWith("GET /ProfitRestServices/connectors/Handover_Employments?")
				.contains("orderbyfieldids=Medewerker%2CBegindatum_contract")
				.contains("take=3"))
			.anySatisfy(request -> assertThat(request).contains("skip=6"));
	}

	@Test
	void theTokenMayBeGivenWithoutItsXml() throws HrSourceFailure {
		assertThat(connector(100, AfasEmulator.TOKEN_DATA).changedSince(null)).hasSize(7);
	}

	@Test
	void aChangedSinceReadAnswersOnlyWhatHrChangedAfterTheLastSync() throws HrSourceFailure {
		Instant lastSync = this.clock.instant().plusSeconds(60);
		this.clock.set(lastSync.plus(Duration.ofHours(2)));
		this.afas.change("1002", "Begindatum_contract", LocalDate.of(2026, 2, 15));
		this.afas.change("1004", "Einddatum_contract", LocalDate.of(2026, 3, 31));

		List<HrEmployment> changed = connector(3, AfasEmulator.TOKEN).changedSince(lastSync);

		assertThat(changed).extracting(HrEmployment::employeeId).containsExactlyInAnyOrder("1002", "1004");
		assertThat(find(changed, "1002").startDate()).isEqualTo(LocalDate.of(2026, 2, 15));
		assertThat(find(changed, "1004").endDate()).isEqualTo(LocalDate.of(2026, 3, 31));
		// Profit's audit field is in its local time: 60 s after 09:00 in Amsterdam.
		assertThat(this.afas.requests().get(0)).contains("filterfieldids=Gewijzigd_op")
			.contains("filtervalues=2026-01-12T09%3A01%3A00")
			.contains("operatortypes=2");
	}

	@Test
	void aRefusedTokenIsAnAuthenticationFailureThatSaysToRenewIt() {
		HrSourceFailure failure = catchThrowableOfType(HrSourceFailure.class,
				() -> connector(3, "<token><version>1</version><data>EXPIRED</data></token>").changedSince(null));

		assertThat(failure.kind()).isEqualTo(HrSourceFailure.Kind.AUTHENTICATION);
		assertThat(failure.getMessage()).contains("AFAS Profit", "401", "renewed").doesNotContain("EXPIRED");
	}

	@Test
	void aRateLimitOnPageThreeSaysWhenToTryAgainAndAnswersNothing() {
		this.afas.fail(3, 429, 30);

		HrSourceFailure failure = catchThrowableOfType(HrSourceFailure.class,
				() -> connector(2, AfasEmulator.TOKEN).changedSince(null));

		assertThat(failure.kind()).isEqualTo(HrSourceFailure.Kind.RATE_LIMITED);
		assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(30));
		assertThat(failure.getMessage()).contains("page 3");
		assertThat(this.afas.requests()).as("no page after the refused one").hasSize(3);
	}

	@Test
	void anOutageOnPageThreeIsUnavailableWithProfitsLogReference() {
		this.afas.fail(3, 500, null);

		HrSourceFailure failure = catchThrowableOfType(HrSourceFailure.class,
				() -> connector(2, AfasEmulator.TOKEN).changedSince(null));

		assertThat(failure.kind()).isEqualTo(HrSourceFailure.Kind.UNAVAILABLE);
		assertThat(failure.getMessage()).contains("500", "page 3", "Profit log LOG-");
	}

	@Test
	void aFilterOnAFieldTheGetConnectorLacksIsMisconfiguredNamingTheSettingToFix() {
		// Profit answers 500 "Connector-veld 'X' niet gevonden": a setting to correct,
		// not
		// an outage to wait out
		AfasProperties.Fields fields = new AfasProperties.Fields(null, null, null, null, null, null, null, null, null,
				null, null, "Gewijzigd_op_dienstverband", null);
		AfasHrConnector connector = new AfasHrConnector(properties(3, AfasEmulator.TOKEN, fields), this.clock);
		Instant lastSync = this.clock.instant().plusSeconds(60);
		this.clock.set(lastSync.plus(Duration.ofHours(2)));

		HrSourceFailure failure = catchThrowableOfType(HrSourceFailure.class, () -> connector.changedSince(lastSync));

		assertThat(failure.kind()).isEqualTo(HrSourceFailure.Kind.MISCONFIGURED);
		assertThat(failure.getMessage()).contains("500", "Gewijzigd_op_dienstverband",
				"handover.hr.afas.fields.changed-at", "/metainfo/get/" + AfasEmulator.CONNECTOR, "Profit log LOG-");
	}

	@Test
	void aSortOnAFieldTheGetConnectorLacksIsMisconfiguredNamingTheSort() {
		AfasProperties.Fields fields = new AfasProperties.Fields(null, null, null, null, null, null, null, null, null,
				null, null, null, "Medewerker,-Begindatum");
		AfasHrConnector connector = new AfasHrConnector(properties(3, AfasEmulator.TOKEN, fields), this.clock);

		HrSourceFailure failure = catchThrowableOfType(HrSourceFailure.class, () -> connector.changedSince(null));

		assertThat(failure.kind()).isEqualTo(HrSourceFailure.Kind.MISCONFIGURED);
		assertThat(failure.getMessage()).contains("'Begindatum'", "handover.hr.afas.fields.order-by");
	}

	@Test
	void anyOtherServerErrorOfProfitStaysUnavailable() {
		this.afas.answer(1, 500, "{\"externalMessage\":\"Command timeout expired.\",\"errorNumber\":-2147180999,"
				+ "\"profitLogReference\":\"LOG-X\"}");

		HrSourceFailure failure = catchThrowableOfType(HrSourceFailure.class,
				() -> connector(3, AfasEmulator.TOKEN).changedSince(null));

		assertThat(failure.kind()).isEqualTo(HrSourceFailure.Kind.UNAVAILABLE);
	}

	@Test
	void aPageThatIsNotJsonIsMalformed() {
		this.afas.garble(2, "<html>Onderhoud</html>");

		HrSourceFailure failure = catchThrowableOfType(HrSourceFailure.class,
				() -> connector(3, AfasEmulator.TOKEN).changedSince(null));

		assertThat(failure.kind()).isEqualTo(HrSourceFailure.Kind.MALFORMED);
		assertThat(failure.getMessage()).contains("page 2", "not JSON");
	}

	@Test
	void aPageWithoutRowsIsMalformed() {
		this.afas.garble(1, "{\"skip\":0,\"take\":3}");

		HrSourceFailure failure = catchThrowableOfType(HrSourceFailure.class,
				() -> connector(3, AfasEmulator.TOKEN).changedSince(null));

		assertThat(failure.kind()).isEqualTo(HrSourceFailure.Kind.MALFORMED);
	}

	@Test
	void aFieldMappingThatMissesTheEmployeeNumberNamesTheSettingToFix() {
		AfasProperties.Fields fields = new AfasProperties.Fields("Personeelsnummer", null, null, null, null, null, null,
				null, null, null, null, null, "Medewerker");
		AfasHrConnector connector = new AfasHrConnector(properties(3, AfasEmulator.TOKEN, fields), this.clock);

		HrSourceFailure failure = catchThrowableOfType(HrSourceFailure.class, () -> connector.changedSince(null));

		assertThat(failure.kind()).as("a mapping set wrongly, not a record to correct")
			.isEqualTo(HrSourceFailure.Kind.MISCONFIGURED);
		assertThat(failure.getMessage()).contains("Personeelsnummer", "handover.hr.afas.fields.employee-id");
	}

	@Test
	void aConnectorTheAppConnectorDoesNotHoldIsNamed() {
		AfasProperties properties = new AfasProperties(null, null, AfasEmulator.TOKEN, "Profit_Employees",
				this.afas.servicesUrl(), 3, null, AMSTERDAM, null);

		HrSourceFailure failure = catchThrowableOfType(HrSourceFailure.class,
				() -> new AfasHrConnector(properties, this.clock).changedSince(null));

		assertThat(failure.kind()).as("set up wrongly, not an outage").isEqualTo(HrSourceFailure.Kind.MISCONFIGURED);
		assertThat(failure.getMessage()).contains("404", "Profit_Employees", "configuration");
	}

	@Test
	void theTokenNeverAppearsInTheSettingsAsLogged() {
		assertThat(properties(3, AfasEmulator.TOKEN, null).toString()).doesNotContain(AfasEmulator.TOKEN_DATA)
			.contains("token=***");
	}

	@Test
	void anAfasOnlineEnvironmentIsReachedAtItsDocumentedAddress() {
		assertThat(new AfasProperties("12345", null, "t", null, null, null, null, null, null).servicesUrl())
			.isEqualTo("https://12345.rest.afas.online/ProfitRestServices");
		assertThat(new AfasProperties("12345", "resttest", "t", null, null, null, null, null, null).servicesUrl())
			.isEqualTo("https://12345.resttest.afas.online/ProfitRestServices");
	}

	private AfasHrConnector connector(int pageSize, String token) {
		return new AfasHrConnector(properties(pageSize, token, null), this.clock);
	}

	private AfasProperties properties(int pageSize, String token, AfasProperties.Fields fields) {
		return new AfasProperties(null, null, token, null, this.afas.servicesUrl(), pageSize, null, AMSTERDAM, fields);
	}

	private static HrEmployment find(List<HrEmployment> employments, String employeeId) {
		return employments.stream().filter(e -> e.employeeId().equals(employeeId)).findFirst().orElseThrow();
	}

}
