package io.handover.teams;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;

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
		return new NamedPeople(close, close.stream().filter(e -> fold(e.name()).equals(fold(asked))).toList());
	}

	/** Without case, accents or punctuation: "Anna de Vries's" holds "anna de vries". */
	static String fold(String name) {
		return name == null ? ""
				: Normalizer.normalize(name, Normalizer.Form.NFD)
					.replaceAll("\\p{M}+", "")
					.toLowerCase(Locale.ROOT)
					.replaceAll("[^\\p{L}\\p{N}]+", " ")
					.trim();
	}

}
