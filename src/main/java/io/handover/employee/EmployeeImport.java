package io.handover.employee;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.handover.common.Actor;
import io.handover.common.Limits;
import io.handover.common.Refusal;
import io.handover.imports.BatchedImport;
import io.handover.imports.Csv;
import io.handover.imports.ImportReport;
import io.handover.imports.ImportRuns;
import io.handover.imports.Spreadsheet;
import org.springframework.stereotype.Service;

/**
 * Imports employees from CSV (columns {@code name, upn, entraObjectId, hrEmployeeId,
 * managerUpn}). Each row is one idempotent registration, so importing the same file again
 * changes nothing, and a bad row is reported without touching the others.
 * <p>
 * A CSV file is read as a stream and registered {@value #BATCH} rows at a time (one
 * look-up per identity, one write of the new people, one of the changed ones and one
 * append to the audit trail per batch; {@link EmployeeDirectory#registrations}), so the
 * time grows with the file, not with the register, and memory holds one batch: the rows'
 * results go to the caller as each batch is done. An import with an {@link ImportRuns}
 * record writes its progress there after every batch and stops before the next one when
 * it was cancelled, or when the caller is no longer there to take the results.
 */
@Service
public class EmployeeImport {

	/** Rows registered together. */
	public static final int BATCH = BatchedImport.BATCH;

	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("name", "name"),
			Map.entry("displayname", "name"), Map.entry("fullname", "name"), Map.entry("upn", "upn"),
			Map.entry("userprincipalname", "upn"), Map.entry("email", "upn"),
			Map.entry("entraobjectid", "entraObjectId"), Map.entry("objectid", "entraObjectId"),
			Map.entry("hremployeeid", "hrEmployeeId"), Map.entry("employeeid", "hrEmployeeId"),
			Map.entry("managerupn", "managerUpn"), Map.entry("manager", "managerUpn"));

	private final EmployeeDirectory directory;

	private final ImportRuns runs;

	EmployeeImport(EmployeeDirectory directory, ImportRuns runs) {
		this.directory = directory;
		this.runs = runs;
	}

	/** Imports a (small) file and answers the report with every row. */
	public ImportReport importCsv(Reader csv, Actor by) {
		return batches(by).report((rows) -> Csv.stream(csv, COLUMNS, Set.of("name"), rows));
	}

	/**
	 * Imports a file of any size, handing each row's result to {@code results} as its
	 * batch is done, in the file's order.
	 * @param runId the import's record in {@link ImportRuns} (progress and cancel), or
	 * null
	 * @param results takes the rows' results; an {@link java.io.UncheckedIOException}
	 * from it (the client went away) stops the import after the batch it belongs to
	 * @return how it ended, with its counts
	 */
	public BatchedImport.Ended importCsv(Reader csv, Actor by, String runId, BatchedImport.Results results) {
		return batches(by).run((rows) -> Csv.stream(csv, COLUMNS, Set.of("name"), rows), runId, results);
	}

	/**
	 * The same from the first sheet of an Excel workbook, registered in batches of
	 * {@value BatchedImport#BATCH} rows as a CSV file is.
	 */
	public ImportReport importXlsx(java.io.InputStream xlsx, Actor by) {
		return batches(by).report((rows) -> Spreadsheet.stream(xlsx, COLUMNS, Set.of("name"), rows));
	}

	private BatchedImport batches(Actor by) {
		return new BatchedImport("Employee import", EmployeeImport::check, (rows) -> register(rows, by), this.runs);
	}

	/**
	 * One look-up per identity, one write of the new people and one of the changed ones.
	 */
	private List<ImportReport.Row> register(List<BatchedImport.Accepted> rows, Actor by) {
		List<EmployeeDirectory.Registered> registered = this.directory
			.registrations(rows.stream().map(row -> employee(row.values())).toList(), by);
		List<ImportReport.Row> results = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			EmployeeDirectory.Registered one = registered.get(i);
			long row = rows.get(i).row();
			results.add(one.refusal() != null ? refused(row, one.refusal()) : done(row, one.registration()));
		}
		return results;
	}

	/** The row rejected for what is wrong with it, or null when it may be registered. */
	private static ImportReport.Row check(long row, Map<String, String> values) {
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
		return problems.isEmpty() ? null : ImportReport.Row.rejected(row, problems);
	}

	private static NewEmployee employee(Map<String, String> values) {
		return new NewEmployee(values.get("name"), values.get("upn"), values.get("entraObjectId"),
				values.get("hrEmployeeId"), values.get("managerUpn"));
	}

	private static ImportReport.Row done(long row, EmployeeDirectory.Registration registration) {
		return ImportReport.Row.done(row, ImportReport.Outcome.valueOf(registration.outcome().name()),
				registration.employee().id());
	}

	private static ImportReport.Row refused(long row, Refusal refused) {
		return ImportReport.Row.rejected(row, List.of(new ImportReport.Problem(refused.field(), refused.getMessage())));
	}

	private static void checkUpn(Map<String, String> values, String field, List<ImportReport.Problem> problems) {
		String upn = values.get(field);
		if (upn != null && !upn.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			problems.add(new ImportReport.Problem(field, upn + " is not a user principal name (name@domain)"));
		}
	}

}
