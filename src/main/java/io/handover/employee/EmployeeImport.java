package io.handover.employee;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.handover.common.Actor;
import io.handover.common.Limits;
import io.handover.common.Refusal;
import org.springframework.stereotype.Service;

/**
 * Imports employees from CSV (columns {@code name, upn, entraObjectId, hrEmployeeId,
 * managerUpn}). Each row is one idempotent registration, so importing the same file again
 * changes nothing, and a bad row is reported without touching the others.
 */
@Service
public class EmployeeImport {

	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("name", "name"),
			Map.entry("displayname", "name"), Map.entry("fullname", "name"), Map.entry("upn", "upn"),
			Map.entry("userprincipalname", "upn"), Map.entry("email", "upn"),
			Map.entry("entraobjectid", "entraObjectId"), Map.entry("objectid", "entraObjectId"),
			Map.entry("hremployeeid", "hrEmployeeId"), Map.entry("employeeid", "hrEmployeeId"),
			Map.entry("managerupn", "managerUpn"), Map.entry("manager", "managerUpn"));

	private final EmployeeDirectory directory;

	EmployeeImport(EmployeeDirectory directory) {
		this.directory = directory;
	}

	public ImportReport importCsv(Reader csv, Actor by) {
		return Csv.read(csv, COLUMNS, Set.of("name"), (row, values) -> importRow(row, values, by));
	}

	/** The same from the first sheet of an Excel workbook. */
	public ImportReport importXlsx(java.io.InputStream xlsx, Actor by) {
		return Spreadsheet.read(xlsx, COLUMNS, Set.of("name"), (row, values) -> importRow(row, values, by));
	}

	private ImportReport.Row importRow(long row, Map<String, String> values, Actor by) {
		List<ImportReport.Problem> problems = new ArrayList<>();
		if (!values.containsKey("name")) {
			problems.add(new ImportReport.Problem("name", "a name is needed"));
		}
		else if (!values.get("name").matches(Limits.NAME_PATTERN)) {
			problems.add(new ImportReport.Problem("name", Limits.NAME_PATTERN_REFUSAL));
		}
		if (!values.containsKey("upn") && !values.containsKey("entraObjectId") && !values.containsKey("hrEmployeeId")) {
			problems.add(new ImportReport.Problem("upn", "a UPN, Entra object id or HR employee id is needed"));
		}
		checkUpn(values, "upn", problems);
		checkUpn(values, "managerUpn", problems);
		values.forEach((field, value) -> {
			if (value.length() > (field.equals("name") ? 200 : 320)) {
				problems.add(new ImportReport.Problem(field, "is longer than allowed"));
			}
		});
		if (!problems.isEmpty()) {
			return ImportReport.Row.rejected(row, problems);
		}
		try {
			EmployeeDirectory.Registration registration = this.directory
				.registration(new NewEmployee(values.get("name"), values.get("upn"), values.get("entraObjectId"),
						values.get("hrEmployeeId"), values.get("managerUpn")), by);
			return ImportReport.Row.done(row, ImportReport.Outcome.valueOf(registration.outcome().name()),
					registration.employee().id());
		}
		catch (Refusal refused) {
			return ImportReport.Row.rejected(row,
					List.of(new ImportReport.Problem(refused.field(), refused.getMessage())));
		}
	}

	private static void checkUpn(Map<String, String> values, String field, List<ImportReport.Problem> problems) {
		String upn = values.get(field);
		if (upn != null && !upn.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			problems.add(new ImportReport.Problem(field, upn + " is not a user principal name (name@domain)"));
		}
	}

}
