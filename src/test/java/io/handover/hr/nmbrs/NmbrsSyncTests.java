package io.handover.hr.nmbrs;

import java.time.LocalDate;
import java.util.Locale;

import io.handover.hr.HrSource;
import io.handover.hr.HrSourceSyncScenario;
import io.handover.testing.ApiTest;
import io.handover.testing.NmbrsEmulator;
import org.junit.jupiter.api.AfterEach;

/**
 * Issue 21: Nmbrs end to end — the REST API on the Nmbrs emulator, read by the sync (the
 * scenario: {@link HrSourceSyncScenario}).
 */
@ApiTest
class NmbrsSyncTests extends HrSourceSyncScenario {

	private NmbrsEmulator nmbrs;

	private final NmbrsHrConnectorTests.Kept kept = new NmbrsHrConnectorTests.Kept();

	private String approval;

	@Override
	protected String system() {
		return "nmbrs";
	}

	@Override
	protected void employ(int number, String givenName, String familyName, LocalDate start, LocalDate end) {
		if (this.nmbrs == null) {
			this.nmbrs = new NmbrsEmulator(this.clock);
			this.approval = this.nmbrs.approve();
		}
		this.nmbrs.employ(number, givenName, null, familyName,
				givenName.toLowerCase(Locale.ROOT) + "." + number + "@contoso.example", "ACM", "Account manager", start,
				end);
	}

	@Override
	protected void moveStart(int number, LocalDate start) {
		this.nmbrs.moveStart(number, start);
	}

	@Override
	protected void end(int number, LocalDate end) {
		this.nmbrs.endEmployment(number, end);
	}

	@Override
	protected HrSource source() {
		return connector(NmbrsEmulator.SUBSCRIPTION_KEY);
	}

	@Override
	protected HrSource refused() {
		return connector("an-expired-subscription-key");
	}

	@Override
	protected void failPageTwo(int status, Integer retryAfterSeconds) {
		this.nmbrs.fail("personalinfo", 2, status, retryAfterSeconds);
	}

	@AfterEach
	void stop() {
		this.nmbrs.close();
		this.nmbrs = null;
	}

	private NmbrsHrConnector connector(String subscriptionKey) {
		return new NmbrsHrConnector(new NmbrsProperties(NmbrsEmulator.CLIENT_ID, NmbrsEmulator.CLIENT_SECRET,
				subscriptionKey, this.approval, NmbrsEmulator.COMPANY_ID, this.nmbrs.tokenUrl(), this.nmbrs.baseUrl(),
				PAGE_SIZE, null), this.kept, this.clock);
	}

}
