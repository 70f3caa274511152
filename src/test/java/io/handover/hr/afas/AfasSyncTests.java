package io.handover.hr.afas;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import io.handover.hr.HrSource;
import io.handover.hr.HrSourceFailure;
import io.handover.hr.HrSourceStatus;
import io.handover.hr.HrSourceSyncScenario;
import io.handover.testing.AfasEmulator;
import io.handover.testing.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21: AFAS Profit end to end — the GetConnector on the AFAS emulator, read by the
 * sync (the scenario: {@link HrSourceSyncScenario}).
 */
@ApiTest
class AfasSyncTests extends HrSourceSyncScenario {

	private AfasEmulator afas;

	@Override
	protected String system() {
		return "afas";
	}

	@Override
	protected void employ(int number, String givenName, String familyName, LocalDate start, LocalDate end) {
		if (this.afas == null) {
			this.afas = new AfasEmulator(this.clock);
		}
		this.afas.employ(String.valueOf(number), givenName, null, familyName,
				givenName.toLowerCase(Locale.ROOT) + "." + number + "@contoso.example", "ACM", "Account manager",
				number == this.manager ? null : String.valueOf(this.manager), start, end);
	}

	@Override
	protected void moveStart(int number, LocalDate start) {
		this.afas.change(String.valueOf(number), "Begindatum_contract", start);
	}

	@Override
	protected void end(int number, LocalDate end) {
		this.afas.change(String.valueOf(number), "Einddatum_contract", end);
	}

	@Override
	protected HrSource source() {
		return connector(AfasEmulator.TOKEN);
	}

	@Override
	protected HrSource refused() {
		return connector("<token><version>1</version><data>AN-OLD-TOKEN</data></token>");
	}

	@Override
	protected void failPageTwo(int status, Integer retryAfterSeconds) {
		this.afas.fail(2, status, retryAfterSeconds);
	}

	@AfterEach
	void stop() {
		this.afas.close();
		this.afas = null;
	}

	@Test
	void aNewLeidinggevendeIsCarriedToTheOpenTickets() {
		theOpenTicketsFollowAManagerChangedInHr(() -> {
			this.afas.change(String.valueOf(this.starting), "Leidinggevende", String.valueOf(this.staying));
			this.afas.change(String.valueOf(this.leaving), "Leidinggevende", String.valueOf(this.staying));
		});
	}

	@Test
	void aFilterFieldTheGetConnectorLacksShowsAsMisconfiguredWithWhatToFix() {
		this.sync.sync(source());
		this.clock.advance(java.time.Duration.ofMinutes(15));
		AfasHrConnector renamed = new AfasHrConnector(new AfasProperties(null, null, AfasEmulator.TOKEN, null,
				this.afas.servicesUrl(), PAGE_SIZE, null, ZoneId.of("Europe/Amsterdam"), new AfasProperties.Fields(null,
						null, null, null, null, null, null, null, null, null, null, "Gewijzigd", null)),
				this.clock);

		HrSourceStatus failed = this.sync.sync(renamed);

		assertThat(failed.lastFailureKind()).isEqualTo(HrSourceFailure.Kind.MISCONFIGURED.name());
		assertThat(failed.lastFailure()).contains("'Gewijzigd'", "handover.hr.afas.fields.changed-at");
	}

	private AfasHrConnector connector(String token) {
		return new AfasHrConnector(new AfasProperties(null, null, token, null, this.afas.servicesUrl(), PAGE_SIZE, null,
				ZoneId.of("Europe/Amsterdam"), null), this.clock);
	}

}
