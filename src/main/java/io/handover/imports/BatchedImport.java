package io.handover.imports;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.handover.common.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every file import shares (employees, assets): the rows a reader hands over are
 * checked one by one and written {@value #BATCH} at a time by the import's own
 * {@link Writer} (bulk look-ups and writes, so the time grows with the file, not with the
 * register, and memory holds one batch); each batch's results go to the caller as it is
 * done, in the file's order. An import with an {@link ImportRuns} record writes its
 * progress there after every batch and stops before the next one when it was cancelled,
 * or when the caller is no longer there to take the results (the rows before stay
 * imported: every row is idempotent, so importing the file again finishes it).
 */
public final class BatchedImport {

	private static final Logger log = LoggerFactory.getLogger(BatchedImport.class);

	/** Rows written together. */
	public static final int BATCH = 500;

	private final String what;

	private final Check check;

	private final Writer writer;

	private final ImportRuns runs;

	/**
	 * @param what what is imported, for the log ("Employee import", "Asset import")
	 * @param check a row's rejection for what is wrong with it alone, or null to write it
	 * @param writer writes a batch of checked rows
	 */
	public BatchedImport(String what, Check check, Writer writer, ImportRuns runs) {
		this.what = what;
		this.check = check;
		this.writer = writer;
		this.runs = runs;
	}

	/**
	 * Imports the rows the reader hands over ({@code Csv.stream},
	 * {@code Spreadsheet.stream}).
	 * @param runId the import's record in {@link ImportRuns} (progress and cancel), or
	 * null
	 * @param results takes the rows' results; an {@link UncheckedIOException} from it
	 * (the client went away) stops the import after the batch it belongs to
	 * @return how it ended, with its counts
	 */
	public Ended run(Function<Csv.Rows, Optional<ImportReport.Row>> reader, String runId, Results results) {
		Batches batches = new Batches(runId, results);
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
				log.error("{} {} failed after {} row(s)", this.what, LogSafe.of(runId), batches.tally.rows(), failed);
			}
		}
		Ended ended = new Ended(batches.state, batches.reason, batches.tally);
		if (runId != null) {
			try {
				this.runs.finish(runId, ended.state(), ended.tally(), ended.reason());
			}
			catch (RuntimeException ex) {
				log.error("{} {} ended ({}) but its record could not be updated", this.what, LogSafe.of(runId),
						ended.state(), ex);
			}
		}
		return ended;
	}

	/** The whole report of a (small) import, every row in it. */
	public ImportReport report(Function<Csv.Rows, Optional<ImportReport.Row>> reader) {
		List<ImportReport.Row> rows = new ArrayList<>();
		Ended ended = run(reader, null, rows::add);
		if (ended.state() == ImportRuns.State.FAILED) {
			throw new IllegalStateException(ended.reason());
		}
		return ImportReport.of(rows);
	}

	/** A row's rejection for what is wrong with it alone, or null to write it. */
	@FunctionalInterface
	public interface Check {

		ImportReport.Row rejected(long row, Map<String, String> values);

	}

	/**
	 * Writes a batch of checked rows (in the file's order) and answers each one's result,
	 * in the same order. A row that cannot be written is answered rejected, naming why,
	 * and must have changed nothing.
	 */
	@FunctionalInterface
	public interface Writer {

		List<ImportReport.Row> write(List<Accepted> rows);

	}

	/** A row that passed its checks: its number (header = 1) and its values. */
	public record Accepted(long row, Map<String, String> values) {
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

	/** The rows of the batch being read, written when it is full. */
	private final class Batches implements Csv.Rows {

		private final String runId;

		private final Results results;

		private final ImportReport.Tally tally = new ImportReport.Tally();

		private final List<Pending> pending = new ArrayList<>(BATCH);

		private ImportRuns.State state = ImportRuns.State.DONE;

		private String reason;

		private long lastRow = 1;

		Batches(String runId, Results results) {
			this.runId = runId;
			this.results = results;
		}

		@Override
		public void row(long row, Map<String, String> values) {
			this.lastRow = row;
			ImportReport.Row rejected = BatchedImport.this.check.rejected(row, values);
			this.pending.add(new Pending(row, rejected == null ? values : null, rejected));
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
			if (this.runId != null && BatchedImport.this.runs.cancelRequested(this.runId)) {
				stop(ImportRuns.State.CANCELLED, "cancelled before row " + this.pending.get(0).row());
				this.pending.clear();
				return;
			}
			List<Accepted> accepted = this.pending.stream()
				.filter(p -> p.rejected() == null)
				.map(p -> new Accepted(p.row(), p.values()))
				.toList();
			List<ImportReport.Row> written = accepted.isEmpty() ? List.of() : BatchedImport.this.writer.write(accepted);
			if (written.size() != accepted.size()) {
				throw new IllegalStateException(
						"the batch's writer answered " + written.size() + " of " + accepted.size() + " rows");
			}
			List<ImportReport.Row> rows = new ArrayList<>(this.pending.size());
			int next = 0;
			for (Pending p : this.pending) {
				rows.add(p.rejected() != null ? p.rejected() : written.get(next++));
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
			if (this.runId != null && this.reason == null && BatchedImport.this.runs.progress(this.runId, this.tally)) {
				stop(ImportRuns.State.CANCELLED, "cancelled after row " + this.lastRow);
			}
		}

		private void stop(ImportRuns.State state, String why) {
			this.state = state;
			this.reason = why;
			log.info("{} {} stopped: {}", BatchedImport.this.what, LogSafe.of(this.runId), why);
		}

	}

	private record Pending(long row, Map<String, String> values, ImportReport.Row rejected) {
	}

}
