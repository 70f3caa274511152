package io.handover.asset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.LeavingDates;
import io.handover.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Everything outstanding past last day" reads the leaver index: it lists every leaver
 * who still holds something whatever a crash left in the index, and the index keeps only
 * the people who may be leaving with assets on their name.
 */
@ApiTest
class LeaverIndexTests {

	private static final Actor IT = new Actor("it-1", "Peter de Boer", Channel.API);

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	@Autowired
	AssetRegister register;

	@Autowired
	OutstandingList outstanding;

	@Autowired
	LeaverIndex leavers;

	@Autowired
	HolderIndex holders;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	MongoTemplate mongo;

	@Test
	void aLeaverPastTheirLastDayIsListedUntilTheyHaveReturnedEverythingAndThenLeavesTheIndex() {
		String jan = employee("Jan Bakker");
		Holding laptop = this.register.issue(asset(jan, "laptop"), IT);
		Holding phone = this.register.issue(asset(jan, "phone"), IT);
		this.employees.markLeaving(jan, TODAY.minusDays(3), IT);

		assertThat(outstandingOf(jan)).containsExactlyInAnyOrder(laptop.assetId(), phone.assetId());

		this.register.reportLost(laptop.assignmentId(), IT, "left on the train");
		assertThat(outstandingOf(jan)).containsExactly(phone.assetId());
		assertThat(entry(jan)).isNotNull();

		this.register.reportLost(phone.assignmentId(), IT, "never came back");
		assertThat(outstandingOf(jan)).isEmpty();
		assertThat(entry(jan)).isNull();
	}

	@Test
	void aLeaverWhoHoldsNothingIsNotKeptAndIsAddedWhenSomethingIsIssuedToThem() {
		String eva = employee("Eva Smit");
		this.employees.markLeaving(eva, TODAY.minusDays(1), IT);
		assertThat(entry(eva)).isNull();

		Holding pass = this.register.issue(asset(eva, "access-pass"), IT);

		assertThat(entry(eva)).isNotNull();
		assertThat(outstandingOf(eva)).containsExactly(pass.assetId());
	}

	@Test
	void anEntryAddedByAnIssueToALeaverNotesTheirDay() {
		String eva = employee("Eva Later");
		this.employees.markLeaving(eva, TODAY.minusDays(6), IT);
		assertThat(entry(eva)).isNull();

		Holding pass = this.register.issue(asset(eva, "access-pass"), IT);

		assertThat(entry(eva).hasDay()).isTrue();
		assertThat(this.leavers.pastLastDay(TODAY)).contains(new LeaverIndex.Candidate(eva, TODAY.minusDays(6)));
		assertThat(outstandingOf(eva)).containsExactly(pass.assetId());
	}

	@Test
	void someoneNotLeavingOrLeavingLaterIsNotListedWhateverTheIndexSays() {
		String staying = employee("Sanne Vos");
		String later = employee("Tom de Jong");
		this.register.issue(asset(staying, "laptop"), IT);
		this.register.issue(asset(later, "laptop"), IT);
		this.employees.markLeaving(later, TODAY.plusDays(10), IT);
		// an entry a crash left behind, or a leaver whose ticket was cancelled
		this.leavers.mayOwe(staying, null);

		assertThat(outstandingOf(staying)).isEmpty();
		assertThat(outstandingOf(later)).isEmpty();

		this.employees.clearLeaving(later, IT);
		assertThat(outstandingOf(later)).isEmpty();
	}

	@Test
	void aCrashAfterTheLastDayWasWrittenLeavesTheLeaverListedAndTheEntryKept() {
		String bram = employee("Bram Visser");
		Holding laptop = this.register.issue(asset(bram, "laptop"), IT);
		this.mongo.remove(Query.query(Criteria.where("_id").is(bram)), LeaverIndex.Entry.class);

		// the index was told, the last working day written, then the process died
		this.leavers.beforeChange(bram);
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(bram)),
				new Update().set("leavingOn", TODAY.minusDays(2)), "employees");
		this.register.reportLost(this.register.issue(asset(bram, "phone"), IT).assignmentId(), IT, "broken");

		assertThat(outstandingOf(bram)).containsExactly(laptop.assetId());
	}

	@Test
	void anAssetOnItsWayToALeaverKeepsTheEntry() {
		String lisa = employee("Lisa Mulder");
		Holding laptop = this.register.issue(asset(lisa, "laptop"), IT);
		this.employees.markLeaving(lisa, TODAY.minusDays(5), IT);
		// an issue to Lisa is under way: the holder index has it, the asset not yet
		this.holders.mayHold(lisa, "asset-on-its-way");

		this.register.reportLost(laptop.assignmentId(), IT, "stolen");

		assertThat(entry(lisa)).isNotNull();
		assertThat(outstandingOf(lisa)).isEmpty();
	}

	@Test
	void aRegisterWrittenBeforeTheIndexGetsItBuiltAtStart() {
		String piet = employee("Piet Hendriks");
		Holding laptop = this.register.issue(asset(piet, "laptop"), IT);
		this.employees.markLeaving(piet, TODAY.minusDays(1), IT);
		this.mongo.remove(new Query(), LeaverIndex.Entry.class);
		assertThat(outstandingOf(piet)).isEmpty();

		this.leavers.run(null);

		assertThat(outstandingOf(piet)).containsExactly(laptop.assetId());
	}

	@Test
	void theIndexNotesEachLeaversLastWorkingDaySoAPageReadsOnlyItsOwnLeavers() {
		String anna = employee("Anna Noted");
		this.register.issue(asset(anna, "laptop"), IT);
		this.employees.markLeaving(anna, TODAY.minusDays(4), IT);

		assertThat(entry(anna).hasDay()).isTrue();
		assertThat(entry(anna).leavingOn()).isEqualTo(TODAY.minusDays(4));
		assertThat(this.leavers.pastLastDay(TODAY)).contains(new LeaverIndex.Candidate(anna, TODAY.minusDays(4)));

		// moved past today: the index knows without reading the employee
		this.employees.markLeaving(anna, TODAY.plusDays(30), IT);
		assertThat(this.leavers.pastLastDay(TODAY)).extracting(LeaverIndex.Candidate::employeeId).doesNotContain(anna);
		assertThat(outstandingOf(anna)).isEmpty();
	}

	@Test
	void anEarlierWriteOfTheDayFinishingLaterDoesNotNoteItsDayOverTheNewerOne() {
		String kees = employee("Kees Twice");
		this.register.issue(asset(kees, "laptop"), IT);

		LeavingDates.Written first = this.leavers.beforeChange(kees);
		LeavingDates.Written second = this.leavers.beforeChange(kees);
		assertThat(this.leavers.pastLastDay(TODAY)).contains(new LeaverIndex.Candidate(kees, null));
		second.afterChange(TODAY.minusDays(1), true);
		first.afterChange(TODAY.minusDays(20), true);

		assertThat(entry(kees).leavingOn()).isEqualTo(TODAY.minusDays(1));
		assertThat(entry(kees).writingNow()).isFalse();
	}

	@Test
	void aCrashWhileTheDayIsWrittenLeavesTheDayUnknownAndTheEmployeeIsRead() {
		String mila = employee("Mila Halfway");
		Holding laptop = this.register.issue(asset(mila, "laptop"), IT);
		this.employees.markLeaving(mila, TODAY.plusDays(5), IT);

		// told, the day moved into the past, then the process died before the index
		// heard
		this.leavers.beforeChange(mila);
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(mila)),
				new Update().set("leavingOn", TODAY.minusDays(1)), "employees");

		assertThat(this.leavers.pastLastDay(TODAY)).contains(new LeaverIndex.Candidate(mila, null));
		assertThat(outstandingOf(mila)).containsExactly(laptop.assetId());
	}

	@Test
	void entriesFromBeforeTheIndexNotedDaysGetTheirDayAtStart() {
		String joost = employee("Joost Oud");
		Holding laptop = this.register.issue(asset(joost, "laptop"), IT);
		this.employees.markLeaving(joost, TODAY.minusDays(2), IT);
		// as an entry of the previous version: no count of writes, no day
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(joost)),
				new Update().unset("dates").unset("dated").unset("leavingOn"), LeaverIndex.Entry.class);
		// and a #built entry that has not noted days yet
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is("#built")), new Update().unset("dated"),
				LeaverIndex.Entry.class);
		assertThat(this.leavers.pastLastDay(TODAY)).contains(new LeaverIndex.Candidate(joost, null));
		assertThat(outstandingOf(joost)).containsExactly(laptop.assetId());

		this.leavers.run(null);

		assertThat(this.leavers.pastLastDay(TODAY)).contains(new LeaverIndex.Candidate(joost, TODAY.minusDays(2)));
		assertThat(outstandingOf(joost)).containsExactly(laptop.assetId());
	}

	private LeaverIndex.Entry entry(String employeeId) {
		return this.mongo.findById(employeeId, LeaverIndex.Entry.class);
	}

	private List<String> outstandingOf(String employeeId) {
		List<Outstanding> all = new ArrayList<>();
		OutstandingPage page = this.outstanding.page(TODAY, null, 1000);
		all.addAll(page.items());
		while (page.next() != null) {
			page = this.outstanding.page(TODAY, page.next(), 1000);
			all.addAll(page.items());
		}
		return all.stream().filter((o) -> o.employeeId().equals(employeeId)).map((o) -> o.holding().assetId()).toList();
	}

	private String employee(String name) {
		return this.employees.registerAnnounced(name, null, UUID.randomUUID().toString(), IT).id();
	}

	private static IssueRequest asset(String employeeId, String type) {
		return new IssueRequest(employeeId, type, null, AssetRegisterApiTests.serial(), null, null);
	}

}
