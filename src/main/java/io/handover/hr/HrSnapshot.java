package io.handover.hr;

import java.time.Instant;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An employment as Handover last saw it in its HR system: what the next answer is
 * compared with. Written only after every event the change stood for was applied, so an
 * event that failed is found again next time.
 */
@Document("hrSnapshots")
record HrSnapshot(@Id String id, @Indexed String system, HrEmployment employment, Instant seenAt) {

	static String id(String system, String employeeId) {
		return system + ":" + employeeId;
	}

	static HrSnapshot of(HrEmployment employment, Instant seenAt) {
		return new HrSnapshot(id(employment.system(), employment.employeeId()), employment.system(), employment,
				seenAt);
	}

	/** The same employment, whenever the system says it changed it. */
	static boolean same(HrEmployment a, HrEmployment b) {
		return Objects.equals(a.employeeId(), b.employeeId()) && Objects.equals(a.givenName(), b.givenName())
				&& Objects.equals(a.familyName(), b.familyName()) && Objects.equals(a.email(), b.email())
				&& Objects.equals(a.jobCode(), b.jobCode()) && Objects.equals(a.jobTitle(), b.jobTitle())
				&& Objects.equals(a.managerEmployeeId(), b.managerEmployeeId())
				&& Objects.equals(a.managerEmail(), b.managerEmail()) && Objects.equals(a.startDate(), b.startDate())
				&& Objects.equals(a.endDate(), b.endDate());
	}

}
