package io.handover.hr;

import java.io.InputStream;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.handover.common.Refusal;
import io.handover.imports.Csv;
import io.handover.imports.ImportReport;
import io.handover.imports.Spreadsheet;
import org.springframework.stereotype.Service;

/**
 * Imports employments from a file HR exported (CSV or XLSX): each row is one employment
 * as HR holds it, compared with what Handover saw before and turned into HR events, like
 * a sync. The report says per row what it did: {@code CREATED} a ticket was opened (its
 * key is the row's id), {@code UPDATED} a ticket was moved, cancelled or taken over,
 * {@code UNCHANGED} nothing needed doing (or the row was imported before),
 * {@code REJECTED} nothing changed, for the reasons given. Importing the same file again
 * changes nothing.
 */
@Service
public class EmploymentImport {

	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("employeeid", "employeeId"),
			Map.entry("employeenumber", "employeeId"), Map.entry("personeelsnummer", "employeeId"),
			Map.entry("givenname", "givenName"), Map.entry("firstname", "givenName"),
			Map.entry("voornaam", "givenName"), Map.entry("familyname", "familyName"),
			Map.entry("lastname", "familyName"), Map.entry("achternaam", "familyName"), Map.entry("name", "name"),
			Map.entry("fullname", "name"), Map.entry("naam", "name"), Map.entry("email", "email"),
			Map.entry("upn", "email"), Map.entry("jobcode", "jobCode"), Map.entry("functioncode", "jobCode"),
			Map.entry("functiecode", "jobCode"), Map.entry("jobtitle", "jobTitle"), Map.entry("job", "jobTitle"),
			Map.entry("function", "jobTitle"), Map.entry("functie", "jobTitle"),
			Map.entry("manageremployeeid", "managerEmployeeId"), Map.entry("manageremail", "managerEmail"),
			Map.entry("managerupn", "managerEmail"), Map.entry("manager", "managerEmail"),
			Map.entry("startdate", "startDate"), Map.entry("firstday", "startDate"),
			Map.entry("datumindienst", "startDate"), Map.entry("enddate", "endDate"), Map.entry("lastday", "endDate"),
			Map.entry("datumuitdienst", "endDate"), Map.entry("withdrawn", "withdrawn"));

	private static final Set<String> REQUIRED = Set.of("employeeId", "startDate");

	private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-uuuu");

	private final HrSync sync;

	private final Clock clock;

	EmploymentImport(HrSync sync, Clock clock) {
		this.sync = sync;
		this.clock = clock;
	}

	/**
	 * @param system the HR system the file comes from (its events are filed under it)
	 */
	public ImportReport importCsv(Reader csv, String system) {
		return Csv.read(csv, COLUMNS, REQUIRED, (row, values) -> importRow(row, values, system));
	}

	public ImportReport importXlsx(InputStream xlsx, String system) {
		return Spreadsheet.read(xlsx, COLUMNS, REQUIRED, (row, values) -> importRow(row, values, system));
	}

	private ImportReport.Row importRow(long row, Map<String, String> values, String system) {
		List<ImportReport.Problem> problems = new ArrayList<>();
		LocalDate start = date(values, "startDate", problems);
		LocalDate end = date(values, "endDate", problems);
		String given = values.get("givenName");
		String family = values.get("familyName");
		if (given == null && family == null) {
			family = values.get("name");
		}
		if (family == null && given == null) {
			problems
				.add(new ImportReport.Problem("familyName", "a name is needed (givenName and familyName, or name)"));
		}
		String withdrawn = values.getOrDefault("withdrawn", "").toLowerCase(Locale.ROOT);
		if (!problems.isEmpty()) {
			return ImportReport.Row.rejected(row, problems);
		}
		HrEmployment employment = new HrEmployment(system, values.get("employeeId"), given, family, values.get("email"),
				values.get("jobCode"), values.get("jobTitle"), values.get("managerEmployeeId"),
				values.get("managerEmail"), start, end, this.clock.instant());
		try {
			List<HrOutcome> outcomes = this.sync.receive(employment,
					Set.of("true", "yes", "ja", "1", "x").contains(withdrawn));
			return done(row, outcomes);
		}
		catch (Refusal refused) {
			return ImportReport.Row.rejected(row,
					List.of(new ImportReport.Problem(refused.field(), refused.getMessage())));
		}
	}

	private static ImportReport.Row done(long row, List<HrOutcome> outcomes) {
		for (HrOutcome outcome : outcomes) {
			if (outcome.result() == HrOutcome.Result.OPENED) {
				return ImportReport.Row.done(row, ImportReport.Outcome.CREATED, outcome.ticketKey());
			}
		}
		for (HrOutcome outcome : outcomes) {
			switch (outcome.result()) {
				case RESCHEDULED, CANCELLED, MATCHED, MANAGER_CHANGED -> {
					return ImportReport.Row.done(row, ImportReport.Outcome.UPDATED, outcome.ticketKey());
				}
				default -> {
				}
			}
		}
		return ImportReport.Row.done(row, ImportReport.Outcome.UNCHANGED, null);
	}

	private static LocalDate date(Map<String, String> values, String field, List<ImportReport.Problem> problems) {
		String text = values.get(field);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException notIso) {
			try {
				return LocalDate.parse(text, DUTCH);
			}
			catch (DateTimeParseException notDutch) {
				problems.add(new ImportReport.Problem(field, text + " is not a date (2027-01-04 or 4-1-2027)"));
				return null;
			}
		}
	}

}
