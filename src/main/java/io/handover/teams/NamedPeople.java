package io.handover.teams;

import java.util.List;

import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.Names;

/**
 * The people staff name in a command ("what does … have?", "check …"): by e-mail address
 * exactly, by name without regard to case, accents or punctuation, with the closest names
 * as suggestions when nobody is called that.
 *
 * @param close the closest names in the register (all of them when asked by e-mail)
 * @param same those whose name is the one asked, or the one with the e-mail address
 */
record NamedPeople(List<Employee> close, List<Employee> same) {

	static NamedPeople in(EmployeeDirectory employees, String asked, int closest) {
		if (asked.contains("@")) {
			List<Employee> byUpn = employees.findByUpn(asked).map(List::of).orElse(List.of());
			return new NamedPeople(byUpn, byUpn);
		}
		List<Employee> close = employees.closestMatches(asked, closest);
		return new NamedPeople(close,
				close.stream().filter(e -> Names.fold(e.name()).equals(Names.fold(asked))).toList());
	}

}
