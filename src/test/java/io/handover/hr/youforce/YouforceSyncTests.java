package io.handover.hr.youforce;

import java.time.LocalDate;
import java.util.Locale;

import io.handover.hr.HrSource;
import io.handover.hr.HrSourceStatus;
import io.handover.hr.HrSourceSyncScenario;
import io.handover.testing.ApiTest;
import io.handover.testing.YouforceEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21: Visma YouForce end to end — the IAM API on the YouForce emulator, read by the
 * sync (the scenario: {@link HrSourceSyncScenario}); everyone's manager holds the manager
 * role on their unit.
 */
@ApiTest
class YouforceSyncTests extends HrSourceSyncScenario {

	private YouforceEmulator youforce;

	@Override
	protected String system() {
		return YouforceHrConnector.SYSTEM;
	}

	@Override
	protected void employ(int number, String givenName, String familyName, LocalDate start, LocalDate end) {
		if (this.youforce == null) {
			this.youforce = new YouforceEmulator(this.clock);
			this.youforce.jobProfile("JP-ACM", "ACM", "Account manager");
		}
		String code = String.valueOf(number);
		this.youforce.person(code, givenName, null, familyName,
				givenName.toLowerCase(Locale.ROOT) + "." + number + "@contoso.example");
		this.youforce.employment(code, "1", start, end, "JP-ACM");
		if (number == this.manager) {
			this.youforce.roleAssignment(code, "OU-100", "MGR", start, null);
		}
	}

	@Override
	protected void moveStart(int number, LocalDate start) {
		this.youforce.changeEmployment(String.valueOf(number), "hireDate", start);
	}

	@Override
	protected void end(int number, LocalDate end) {
		this.youforce.changeEmployment(String.valueOf(number), "dischargeDate", end);
	}

	@Override
	protected HrSource source() {
		return new YouforceHrConnector(new YouforceProperties(YouforceEmulator.CLIENT_ID,
				YouforceEmulator.CLIENT_SECRET, YouforceEmulator.TENANT_ID, this.youforce.tokenUrl(),
				this.youforce.baseUrl(), PAGE_SIZE, null, null, null, null), this.clock);
	}

	@Override
	protected HrSource refused() {
		// the gateway refuses the token it was just given (revoked at once)
		this.youforce.fail("persons", 1, 401, null);
		return source();
	}

	@Override
	protected void failPageTwo(int status, Integer retryAfterSeconds) {
		this.youforce.fail("persons", 2, status, retryAfterSeconds);
	}

	@AfterEach
	void stop() {
		this.youforce.close();
		this.youforce = null;
	}

	@Test
	void aNewManagerAloneIsNoticedByTheNextSyncForEveryoneInTheUnit() {
		this.sync.sync(source());
		this.clock.advance(java.time.Duration.ofMinutes(5));
		// Maria's manager role ends yesterday; Anton's begins today: no person and no
		// employment changes
		this.youforce.changeRoleAssignment(String.valueOf(this.manager), "endDate", TODAY.minusDays(1));
		this.youforce.roleAssignment(String.valueOf(this.staying), "OU-100", "MGR", TODAY, null);
		this.clock.advance(java.time.Duration.ofMinutes(5));

		HrSourceStatus second = this.sync.sync(source());

		assertThat(second.counts().read()).as("everyone in the unit").isEqualTo(6);
		assertThat(second.counts().opened()).isZero();
		assertThat(snapshotManager(this.starting)).isEqualTo(String.valueOf(this.staying));
		assertThat(snapshotManager(this.manager)).isEqualTo(String.valueOf(this.staying));
		assertThat(snapshotManager(this.staying)).as("the unit's own manager").isNull();
		assertThat(this.sync.sync(source()).counts().read()).as("seen once").isZero();
	}

	@Test
	void aNewUnitManagerIsCarriedToTheOpenTicketsOfEveryoneInTheUnit() {
		theOpenTicketsFollowAManagerChangedInHr(() -> {
			this.youforce.changeRoleAssignment(String.valueOf(this.manager), "endDate", TODAY.minusDays(1));
			this.youforce.roleAssignment(String.valueOf(this.staying), "OU-100", "MGR", TODAY, null);
		});
		assertThat(tickets(this.withdrawn)).singleElement()
			.satisfies(
					ticket -> assertThat(ticket.manager().upn()).isEqualTo(person(this.staying).orElseThrow().upn()));
	}

	@Test
	void aManagerRoleThatBeginsOnALaterDayIsNoticedOnThatDay() {
		this.sync.sync(source());
		this.clock.advance(java.time.Duration.ofMinutes(5));
		LocalDate tomorrow = TODAY.plusDays(1);
		this.youforce.changeRoleAssignment(String.valueOf(this.manager), "endDate", TODAY);
		this.youforce.roleAssignment(String.valueOf(this.staying), "OU-100", "MGR", tomorrow, null);
		this.clock.advance(java.time.Duration.ofMinutes(5));
		this.sync.sync(source());
		assertThat(snapshotManager(this.starting)).as("Maria until tonight").isEqualTo(String.valueOf(this.manager));

		this.clock.setDay(tomorrow);
		HrSourceStatus nextDay = this.sync.sync(source());

		assertThat(nextDay.counts().read()).isEqualTo(6);
		assertThat(snapshotManager(this.starting)).isEqualTo(String.valueOf(this.staying));
	}

	private String snapshotManager(int number) {
		org.bson.Document snapshot = this.mongo.findById(system() + ":" + number, org.bson.Document.class,
				"hrSnapshots");
		assertThat(snapshot).as("snapshot of " + number).isNotNull();
		return snapshot.get("employment", org.bson.Document.class).getString("managerEmployeeId");
	}

	@Test
	void theStartersTicketNamesTheManagerFromTheRoleAssignments() {
		this.sync.sync(source());

		assertThat(tickets(this.starting)).singleElement()
			.satisfies(ticket -> assertThat(ticket.manager().upn())
				.isEqualTo("maria." + this.manager + "@contoso.example"));
	}

}
