package io.handover.asset;

import java.util.UUID;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.EmployeeDirectory;
import io.handover.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "What does X have" reads the holder index: a crash that left an extra entry shows
 * nothing extra, and a register from before the index gets it built at start.
 */
@ApiTest
class HolderIndexTests {

	private static final Actor IT = new Actor("it-1", "Peter de Boer", Channel.API);

	@Autowired
	AssetRegister register;

	@Autowired
	HolderIndex holders;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	MongoTemplate mongo;

	@Test
	void anEntryLeftByACrashBeforeTheAssetWriteDoesNotPutTheAssetOnThatName() {
		String anna = employee("Anna Jansen");
		String bram = employee("Bram Visser");
		Holding annasLaptop = this.register.issue(laptop(anna), IT);
		Holding bramsPhone = this.register.issue(new IssueRequest(bram, "phone", null, serial(), null, null), IT);

		// the index was told Anna may hold Bram's phone, then the process died
		this.holders.mayHold(anna, bramsPhone.assetId());

		assertThat(this.register.holdingsOf(anna)).extracting(Holding::assetId).containsExactly(annasLaptop.assetId());
		assertThat(this.register.holdingsOf(bram)).extracting(Holding::assetId).containsExactly(bramsPhone.assetId());
	}

	@Test
	void aRegisterWrittenBeforeTheIndexGetsItBuiltAtStart() {
		String anna = employee("Anna de Wit");
		Holding laptop = this.register.issue(laptop(anna), IT);
		this.mongo.remove(new Query(), HolderIndex.Entry.class);
		assertThat(this.register.holdingsOf(anna)).isEmpty();

		this.holders.run(null);

		assertThat(this.register.holdingsOf(anna)).extracting(Holding::assetId).containsExactly(laptop.assetId());
	}

	private String employee(String name) {
		return this.employees.registerAnnounced(name, null, UUID.randomUUID().toString(), IT).id();
	}

	private static IssueRequest laptop(String employeeId) {
		return new IssueRequest(employeeId, "laptop", "Latitude 7450", serial(), null, null);
	}

	private static String serial() {
		return AssetRegisterApiTests.serial();
	}

}
