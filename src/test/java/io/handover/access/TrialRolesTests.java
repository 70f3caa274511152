package io.handover.access;

import io.handover.common.Actor;
import io.handover.common.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import io.handover.testing.TestClockConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trial profile ({@code application-trial.yml}) gives the people of the repository's
 * {@code .m365agentsplayground.yml} the roles their names promise, by the Entra object
 * ids the Playground sends, and nobody else any: the employees and the manager are
 * nobody's staff although the Playground makes everyone a member of its team.
 */
// the configuration of e2e.FirstHourInPlaygroundTests, so the two share one context
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("trial")
@Import(TestClockConfiguration.class)
class TrialRolesTests {

	static final Actor MARIA = teams("11111111-0000-4000-8000-000000000001", "Maria Jansen");

	static final Actor IRIS = teams("11111111-0000-4000-8000-000000000002", "Iris van Dam");

	static final Actor FRANK = teams("11111111-0000-4000-8000-000000000003", "Frank Meijer");

	static final Actor HANNA = teams("11111111-0000-4000-8000-000000000004", "Hanna de Boer");

	static final Actor JAN = teams("11111111-0000-4000-8000-000000000005", "Jan Bakker");

	static final Actor SOPHIE = teams("11111111-0000-4000-8000-000000000006", "Sophie Smit");

	@Autowired
	Access access;

	@Test
	void theManagerIsTheTrialsAdministratorAndNobodyElseIs() {
		assertThat(this.access.isAdmin(MARIA)).isTrue();
		assertThat(this.access.isAdmin(IRIS)).as("Iris is an Administrator only in the e2e tests' own setup").isFalse();
		assertThat(this.access.isAdmin(JAN)).isFalse();
	}

	@Test
	void eachStaffMemberWorksForTheirOwnDepartmentOnly() {
		assertThat(this.access.isStaff("IT", IRIS)).isTrue();
		assertThat(this.access.isStaff("FM", FRANK)).isTrue();
		assertThat(this.access.isStaff("HR", HANNA)).isTrue();
		assertThat(this.access.isHr(HANNA)).isTrue();
		assertThat(this.access.isStaff("FM", IRIS)).isFalse();
		assertThat(this.access.isStaff("IT", FRANK)).isFalse();
	}

	@Test
	void theEmployeesAndTheManagerAreNoDepartmentsStaff() {
		for (Actor actor : new Actor[] { MARIA, JAN, SOPHIE }) {
			for (String department : new String[] { "IT", "FM", "HR" }) {
				assertThat(this.access.isStaff(department, actor)).as(actor.name() + " in " + department).isFalse();
			}
		}
	}

	@Test
	void aTeamsUserWhoOnlyClaimsIrissNameIsNobody() {
		Actor claimed = Actor.unverified("user-it", "Iris van Dam", Channel.TEAMS);

		assertThat(this.access.isStaff("IT", claimed)).isFalse();
		assertThat(this.access.isAdmin(claimed)).isFalse();
	}

	private static Actor teams(String objectId, String name) {
		return Actor.person(objectId, null, name, Channel.TEAMS);
	}

}
