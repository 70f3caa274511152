package io.handover.asset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import org.springframework.stereotype.Service;

/**
 * "Everything outstanding past last day": what leavers whose last working day has passed
 * still hold, by last working day, leaver, type and tag, a page at a time. A page reads
 * the leaver index in full (the few people who may be leaving with assets, each with the
 * day it noted) and the employees and assets of its own leavers only.
 */
@Service
public class OutstandingList {

	private static final Comparator<LeaverIndex.Candidate> LEAVER_ORDER = Comparator
		.comparing(LeaverIndex.Candidate::lastWorkingDay)
		.thenComparing(LeaverIndex.Candidate::employeeId);

	/** Leavers hold about three assets each: read the next few at once. */
	private static final int ASSETS_PER_LEAVER = 3;

	private final LeaverIndex leavers;

	private final EmployeeDirectory employees;

	private final AssetRegister register;

	OutstandingList(LeaverIndex leavers, EmployeeDirectory employees, AssetRegister register) {
		this.leavers = leavers;
		this.employees = employees;
		this.register = register;
	}

	/**
	 * Up to {@code limit} items from just after {@code after} (null: from the start) of
	 * the list for {@code today}.
	 */
	public OutstandingPage page(LocalDate today, OutstandingPage.Cursor after, int limit) {
		List<LeaverIndex.Candidate> leavers = inOrder(today);
		int from = (after == null) ? 0 : firstAtOrAfter(leavers, after);
		Collected collected = new Collected(after);
		while (from < leavers.size() && collected.items.size() <= limit) {
			int to = Math.min(leavers.size(),
					from + Math.max(4, (limit + 1 - collected.items.size()) / ASSETS_PER_LEAVER + 1));
			collect(leavers.subList(from, to), today, collected);
			from = to;
		}
		if (collected.items.size() <= limit) {
			return new OutstandingPage(collected.items, null);
		}
		return new OutstandingPage(List.copyOf(collected.items.subList(0, limit)),
				OutstandingPage.Cursor.after(collected.days.get(limit - 1), collected.items.get(limit - 1)));
	}

	/** The items of these leavers, in list order, past the cursor. */
	private void collect(List<LeaverIndex.Candidate> chunk, LocalDate today, Collected collected) {
		Map<String, Employee> employees = new HashMap<>();
		this.employees.findAll(chunk.stream().map(LeaverIndex.Candidate::employeeId).toList())
			.stream()
			.filter((employee) -> pastLastDay(employee, today))
			.forEach((employee) -> employees.put(employee.id(), employee));
		Map<String, List<Asset>> held = new HashMap<>();
		for (Asset asset : this.register.onLoanTo(employees.keySet())) {
			held.computeIfAbsent(asset.current().employeeId(), (id) -> new ArrayList<>()).add(asset);
		}
		OutstandingPage.Cursor after = collected.after;
		for (LeaverIndex.Candidate leaver : chunk) {
			Employee employee = employees.get(leaver.employeeId());
			boolean atCursor = after != null && leaver.employeeId().equals(after.employeeId())
					&& leaver.lastWorkingDay().equals(after.day());
			for (Asset asset : held.getOrDefault(leaver.employeeId(), List.of())) {
				if (!atCursor || after.isBefore(asset.type(), asset.tag())) {
					collected.items.add(new Outstanding(employee.id(), employee.name(), employee.upn(),
							employee.leavingOn(), asset.holding()));
					collected.days.add(leaver.lastWorkingDay());
				}
			}
		}
	}

	/**
	 * The leavers past their last working day in list order; where the index could not
	 * tell the day, the employee's is read.
	 */
	private List<LeaverIndex.Candidate> inOrder(LocalDate today) {
		List<LeaverIndex.Candidate> dated = new ArrayList<>();
		List<String> undated = new ArrayList<>();
		for (LeaverIndex.Candidate candidate : this.leavers.pastLastDay(today)) {
			if (candidate.lastWorkingDay() != null) {
				dated.add(candidate);
			}
			else {
				undated.add(candidate.employeeId());
			}
		}
		for (Employee employee : this.employees.findAll(undated)) {
			if (pastLastDay(employee, today)) {
				dated.add(new LeaverIndex.Candidate(employee.id(), employee.leavingOn()));
			}
		}
		dated.sort(LEAVER_ORDER);
		return dated;
	}

	private static int firstAtOrAfter(List<LeaverIndex.Candidate> leavers, OutstandingPage.Cursor after) {
		LeaverIndex.Candidate cursor = new LeaverIndex.Candidate(after.employeeId(), after.day());
		int from = 0;
		while (from < leavers.size() && LEAVER_ORDER.compare(leavers.get(from), cursor) < 0) {
			from++;
		}
		return from;
	}

	private static boolean pastLastDay(Employee employee, LocalDate today) {
		return employee.leavingOn() != null && employee.leavingOn().isBefore(today);
	}

	/**
	 * What a page has collected so far, each item with the day the list was ordered by.
	 */
	private static final class Collected {

		private final OutstandingPage.Cursor after;

		private final List<Outstanding> items = new ArrayList<>();

		private final List<LocalDate> days = new ArrayList<>();

		Collected(OutstandingPage.Cursor after) {
			this.after = after;
		}

	}

}
