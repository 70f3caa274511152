package io.handover.employee;

import java.util.UUID;

import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.common.Refusal;
import io.handover.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A starter announced by name gets their account in the directory later: linking it makes
 * them findable by their Entra object id and sign-in name (Teams knows people by those),
 * once, and never to someone else's account.
 */
@ApiTest
class AccountLinkTests {

	static final Actor SCHEDULE = Actor.system("schedule");

	@Autowired
	EmployeeDirectory directory;

	@Autowired
	AuditTrail audit;

	@Test
	void aStarterAnnouncedByNameIsFoundByTheirAccountOnceLinked() {
		String run = run();
		Employee announced = this.directory.registerAnnounced("Eva Mulder " + run, "boss@contoso.example", null,
				SCHEDULE);

		Employee linked = this.directory.linkAccount(announced.id(), "oid-" + run,
				"Eva.Mulder." + run + "@Contoso.example", SCHEDULE);
		Employee again = this.directory.linkAccount(announced.id(), "oid-" + run,
				"eva.mulder." + run + "@contoso.example", SCHEDULE);

		assertThat(linked.entraObjectId()).isEqualTo("oid-" + run);
		assertThat(linked.upn()).isEqualTo("eva.mulder." + run + "@contoso.example");
		assertThat(again.id()).isEqualTo(announced.id());
		assertThat(this.directory.identify("oid-" + run))
			.hasValueSatisfying(e -> assertThat(e.id()).isEqualTo(announced.id()));
		assertThat(this.directory.findByUpn("eva.mulder." + run + "@contoso.example")).isPresent();
		assertThat(this.audit.historyOf("employee", announced.id())).extracting("action")
			.containsExactly("registered", "account-linked");
	}

	@Test
	void aPersonLinkedToOneAccountIsNotRelinkedToAnother() {
		String run = run();
		Employee announced = this.directory.registerAnnounced("Eva Mulder " + run, null, null, SCHEDULE);
		this.directory.linkAccount(announced.id(), "oid-" + run, null, SCHEDULE);

		assertThatThrownBy(() -> this.directory.linkAccount(announced.id(), "oid-other-" + run, null, SCHEDULE))
			.isInstanceOfSatisfying(Refusal.class, refusal -> {
				assertThat(refusal.code()).isEqualTo("employee-conflict");
				assertThat(refusal.getMessage()).contains("oid-" + run, "oid-other-" + run);
			});

		assertThat(this.directory.find(announced.id()).orElseThrow().entraObjectId()).isEqualTo("oid-" + run);
		assertThat(this.directory.identify("oid-other-" + run)).isEmpty();
	}

	@Test
	void anAccountOfAnotherPersonIsNotLinked() {
		String run = run();
		Employee owner = this.directory.register(
				new NewEmployee("Eva Mulder " + run, "eva." + run + "@contoso.example", "oid-" + run, null, null),
				new Actor("hr", "HR import", Channel.API));
		Employee namesake = this.directory.registerAnnounced("Eva Mulder " + run, null, null, SCHEDULE);

		assertThatThrownBy(() -> this.directory.linkAccount(namesake.id(), "oid-" + run,
				"eva." + run + "@contoso.example", SCHEDULE))
			.isInstanceOfSatisfying(Refusal.class, refusal -> {
				assertThat(refusal.code()).isEqualTo("employee-conflict");
				assertThat(refusal.getMessage()).contains("belongs to", owner.upn());
			});

		assertThat(this.directory.find(namesake.id()).orElseThrow().entraObjectId()).isNull();
		assertThat(this.audit.historyOf("employee", namesake.id())).extracting("action").containsExactly("registered");
	}

	@Test
	void anAccountWithoutObjectIdIsRefused() {
		Employee announced = this.directory.registerAnnounced("Eva Mulder " + run(), null, null, SCHEDULE);

		assertThatThrownBy(() -> this.directory.linkAccount(announced.id(), " ", "eva@contoso.example", SCHEDULE))
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.code()).isEqualTo("invalid"));
		assertThat(this.directory.find(announced.id()).orElseThrow().upn()).isNull();
	}

	private static String run() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
