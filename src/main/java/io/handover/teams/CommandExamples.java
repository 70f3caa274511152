package io.handover.teams;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import org.springframework.stereotype.Component;

/**
 * The example sentences of the help and welcome cards, written so that typing one works
 * on the day it is shown (issue 19, finding 5): dates ahead of today (a starter with more
 * than the 14 days' notice, so not flagged late), and for leavers, role changes and
 * look-ups the name of someone the employee register really holds. On a fresh install the
 * register is empty; the card then says how people get into it, and the examples use the
 * starter's name, who is in the register once announced.
 */
@Component
class CommandExamples {

	static final String NEW_STARTER = "Anna de Vries";

	private final EmployeeDirectory employees;

	private final Clock clock;

	CommandExamples(EmployeeDirectory employees, Clock clock) {
		this.employees = employees;
		this.clock = clock;
	}

	/** {@code starterExample}, {@code leaverExample}, … for a card's data. */
	Map<String, Object> data(Locale locale) {
		LocalDate today = LocalDate.now(this.clock);
		Optional<Employee> someone = Optional.empty();
		try {
			someone = this.employees.someoneStaying();
		}
		catch (RuntimeException storeUnavailable) {
			// the examples then name the starter: help must answer even so
		}
		String name = someone.map(Employee::name).orElse(NEW_STARTER);
		boolean dutch = Messages.dutch(locale);
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM",
				dutch ? Locale.forLanguageTag("nl") : Locale.ENGLISH);
		LocalDate starts = today.plusWeeks(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
		LocalDate leaves = today.plusWeeks(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
		LocalDate moves = today.plusWeeks(6).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("starterExample", dutch ? NEW_STARTER + " begint op " + starts.format(day) + " als accountmanager"
				: NEW_STARTER + " starts on " + starts.format(day) + " as account manager");
		data.put("leaverExample",
				dutch ? name + " vertrekt op " + leaves.format(day) : name + " leaves on " + leaves.format(day));
		data.put("moverExample", dutch ? name + " wordt software engineer op " + moves.format(day)
				: name + " becomes software engineer on " + moves.format(day));
		data.put("holdingsExample", dutch ? "wat heeft " + name + "?" : "what does " + name + " have?");
		data.put("statusExample", (dutch ? "status " : "status ") + name);
		data.put("registerEmpty", someone.isEmpty());
		return data;
	}

}
