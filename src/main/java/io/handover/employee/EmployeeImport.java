package io.handover.employee;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.handover.common.Actor;
import io.handover.common.Limits;
import io.handover.common.LogSafe;
import io.handover.common.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

	private static final Logger log = LoggerFactory.getLogger(EmployeeImport.class);

	/** Rows registered together. */
	public static final int BATCH = 500;

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
		List<ImportReport.Row> rows = new ArrayList<>();
		Ended ended = importCsv(csv, by, null, rows::add);
		if (ended.state() == ImportRuns.State.FAILED) {
			throw new IllegalStateException(ended.reason());
		}
		return ImportReport.of(rows);
	}

	/**
	 * Imports a file of any size, handing each row's result to {@code results} as its
	 * batch is done, in the file's order.
	 * @param runId the import's record in {@link ImportRuns} (progress and cancel), or
	 * null
	 * @param results takes the rows' results; an {@link UncheckedIOException} from it
	 * (the client went away) stops the import after the batch it belongs to
	 * @return how it ended, with its counts
	 */
	public Ended importCsv(Reader csv, Actor by, String runId, Results results) {
		return importRows((rows) -> Csv.stream(csv, COLUMNS, Set.of("name"), rows), by, runId, results);
	}

	/** Imports the rows a file's reader hands over, in batches. */
	private Ended importRows(Function<Csv.Rows, Optional<ImportReport.Row>> reader, Actor by, String runId,
			Results results) {
		Batches batches = new Batches(by, runId, results);
		try {
			Optional<ImportReport.Row> unusable = reader.apply(batches);
			if (unusable.isPresent()) {
				batches.emit(List.of(unusable.get()));
			}
			else {
				batches.flush();
			}
		}
		catch (RuntimeException failed) {
			if (batches.reason == null) {
				batches.state = ImportRuns.State.FAILED;
				batches.reason = "the import stopped at row " + batches.lastRow + ": " + failed.getMessage();
				log.error("Employee import {} failed after {} row(s)", LogSafe.of(runId), batches.tally.rows(), failed);
			}
		}
		Ended ended = new Ended(batches.state, batches.reason, batches.tally);
		if (runId != null) {
			try {
				this.runs.finish(runId, ended.state(), ended.tally(), ended.reason());
			}
			catch (RuntimeException ex) {
				log.error("Employee import {} ended ({}) but its record could not be updated", LogSafe.of(runId),
						ended.state(), ex);
			}
		}
		return ended;
	}

	/**
	 * The same from the first sheet of an Excel workbook, registered in batches of
	 * {@value #BATCH} rows as a CSV file is.
	 */
	public ImportReport importXlsx(java.io.InputStream xlsx, Actor by) {
		List<ImportReport.Row> rows = new ArrayList<>();
		Ended ended = importRows((reader) -> Spreadsheet.stream(xlsx, COLUMNS, Set.of("name"), reader), by, null,
				rows::add);
		if (ended.state() == ImportRuns.State.FAILED) {
			throw new IllegalStateException(ended.reason());
		}
		return ImportReport.of(rows);
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

	/** Takes the rows' results of a batch, in order. */
	@FunctionalInterface
	public interface Results {

		void accept(ImportReport.Row row);

		/**
		 * After each batch: a chance to send what was taken (and find the client gone).
		 */
		default void batchDone() {
		}

	}

	/**
	 * How an import ended.
	 *
	 * @param reason why it was cancelled or failed, or null when done
	 */
	public record Ended(ImportRuns.State state, String reason, ImportReport.Tally tally) {
	}

	/** The rows of the batch being read, registered when it is full. */
	private final class Batches implements Csv.Rows {

		private final Actor by;

		private final String runId;

		private final Results results;

		private final ImportReport.Tally tally = new ImportReport.Tally();

		private final List<Pending> pending = new ArrayList<>(BATCH);

		private ImportRuns.State state = ImportRuns.State.DONE;

		private String reason;

		private long lastRow = 1;

		Batches(Actor by, String runId, Results results) {
			this.by = by;
			this.runId = runId;
			this.results = results;
		}

		@Override
		public void row(long row, Map<String, String> values) {
			this.lastRow = row;
			ImportReport.Row rejected = check(row, values);
			this.pending.add(new Pending(row, rejected == null ? employee(values) : null, rejected));
			if (this.pending.size() >= BATCH) {
				flush();
			}
		}

		@Override
		public void unreadable(ImportReport.Row rejected) {
			flush();
			if (this.reason == null) {
				emit(List.of(rejected));
			}
		}

		@Override
		public boolean stopped() {
			return this.reason != null;
		}

		void flush() {
			if (this.pending.isEmpty() || this.reason != null) {
				return;
			}
			if (this.runId != null && EmployeeImport.this.runs.cancelRequested(this.runId)) {
				stop(ImportRuns.State.CANCELLED, "cancelled before row " + this.pending.get(0).row());
				this.pending.clear();
				return;
			}
			List<NewEmployee> people = this.pending.stream()
				.filter(p -> p.employee() != null)
				.map(Pending::employee)
				.toList();
			List<EmployeeDirectory.Registered> registered = EmployeeImport.this.directory.registrations(people,
					this.by);
			List<ImportReport.Row> rows = new ArrayList<>(this.pending.size());
			int next = 0;
			for (Pending p : this.pending) {
				if (p.rejected() != null) {
					rows.add(p.rejected());
					continue;
				}
				EmployeeDirectory.Registered one = registered.get(next++);
				rows.add(one.refusal() != null ? refused(p.row(), one.refusal()) : done(p.row(), one.registration()));
			}
			this.pending.clear();
			emit(rows);
		}

		void emit(List<ImportReport.Row> rows) {
			rows.forEach(this.tally::add);
			try {
				rows.forEach(this.results::accept);
				this.results.batchDone();
			}
			catch (UncheckedIOException gone) {
				stop(ImportRuns.State.CANCELLED,
						"the client went away after row " + this.lastRow + " (the rows up to there are imported)");
			}
			if (this.runId != null && this.reason == null
					&& EmployeeImport.this.runs.progress(this.runId, this.tally)) {
				stop(ImportRuns.State.CANCELLED, "cancelled after row " + this.lastRow);
			}
		}

		private void stop(ImportRuns.State state, String why) {
			this.state = state;
			this.reason = why;
			log.info("Employee import {} stopped: {}", LogSafe.of(this.runId), why);
		}

	}

	private record Pending(long row, NewEmployee employee, ImportReport.Row rejected) {
	}

}
