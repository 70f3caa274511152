package io.handover.hr;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.handover.testing.Surnames;

/**
 * A small HR system for the sync's tests: it keeps employments as HR would, stamps each
 * change with the clock's time, answers what changed since a moment (everything when
 * asked for all), and fails when told to, as a real source's connector reports it.
 */
final class InTestHrSource implements HrSource {

	private final String system = "hr-" + Surnames.unique().toLowerCase(Locale.ROOT);

	private final Clock clock;

	private final Map<String, HrEmployment> employments = new LinkedHashMap<>();

	private final List<Instant> askedSince = new ArrayList<>();

	private HrSourceFailure failure;

	InTestHrSource(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String system() {
		return this.system;
	}

	@Override
	public List<HrEmployment> changedSince(Instant since) throws HrSourceFailure {
		this.askedSince.add(since);
		if (this.failure != null) {
			throw this.failure;
		}
		return this.employments.values().stream().filter(e -> since == null || !e.changedAt().isBefore(since)).toList();
	}

	/** HR enters or changes an employment; answers it. */
	HrEmployment put(String givenName, String jobCode, LocalDate start, LocalDate end) {
		String family = Surnames.unique();
		return put(new HrEmployment(this.system, "E" + family, givenName, family,
				givenName.toLowerCase(Locale.ROOT) + "." + family.toLowerCase(Locale.ROOT) + "@contoso.example",
				jobCode, null, null, "maria.jansen@contoso.example", start, end, null));
	}

	HrEmployment put(HrEmployment e) {
		HrEmployment stamped = new HrEmployment(e.system(), e.employeeId(), e.givenName(), e.familyName(), e.email(),
				e.jobCode(), e.jobTitle(), e.managerEmployeeId(), e.managerEmail(), e.startDate(), e.endDate(),
				this.clock.instant());
		this.employments.put(e.employeeId(), stamped);
		return stamped;
	}

	HrEmployment dates(HrEmployment e, LocalDate start, LocalDate end) {
		return put(new HrEmployment(e.system(), e.employeeId(), e.givenName(), e.familyName(), e.email(), e.jobCode(),
				e.jobTitle(), e.managerEmployeeId(), e.managerEmail(), start, end, null));
	}

	/** HR names another manager (by employee number, by e-mail, or both; null: none). */
	HrEmployment manager(HrEmployment e, String managerEmployeeId, String managerEmail) {
		return put(new HrEmployment(e.system(), e.employeeId(), e.givenName(), e.familyName(), e.email(), e.jobCode(),
				e.jobTitle(), managerEmployeeId, managerEmail, e.startDate(), e.endDate(), null));
	}

	/** From now on every read fails like this, until {@link #recover}. */
	void failWith(HrSourceFailure failure) {
		this.failure = failure;
	}

	void recover() {
		this.failure = null;
	}

	List<Instant> askedSince() {
		return this.askedSince;
	}

}
