package io.handover.imports;

import java.util.List;

/**
 * What a CSV import did, row by row. Rows are numbered as a spreadsheet shows them: the
 * header is row 1, the first data row is row 2. A rejected row changed nothing; every
 * other row was stored.
 *
 * @param created rows that registered something new
 * @param updated rows that changed something already registered
 * @param unchanged rows that matched what was already registered
 * @param rejected rows that changed nothing because of the problems listed
 * @param rows one result per data row (and row 1 when the header is unusable)
 */
public record ImportReport(int created, int updated, int unchanged, int rejected, List<Row> rows) {

	public static ImportReport of(List<Row> rows) {
		return new ImportReport(count(rows, Outcome.CREATED), count(rows, Outcome.UPDATED),
				count(rows, Outcome.UNCHANGED), count(rows, Outcome.REJECTED), List.copyOf(rows));
	}

	private static int count(List<Row> rows, Outcome outcome) {
		return (int) rows.stream().filter((row) -> row.outcome() == outcome).count();
	}

	/** The rejected rows only. */
	public List<Row> problems() {
		return this.rows.stream().filter((row) -> row.outcome() == Outcome.REJECTED).toList();
	}

	/**
	 * The counts of an import that does not keep its rows (a large file whose rows are
	 * written out as they are done). Not thread-safe: one import, one thread.
	 */
	public static final class Tally {

		private long rows;

		private final long[] outcomes = new long[Outcome.values().length];

		/** Counts one row. */
		public Tally add(Row row) {
			this.rows++;
			this.outcomes[row.outcome().ordinal()]++;
			return this;
		}

		public long rows() {
			return this.rows;
		}

		public long created() {
			return this.outcomes[Outcome.CREATED.ordinal()];
		}

		public long updated() {
			return this.outcomes[Outcome.UPDATED.ordinal()];
		}

		public long unchanged() {
			return this.outcomes[Outcome.UNCHANGED.ordinal()];
		}

		public long rejected() {
			return this.outcomes[Outcome.REJECTED.ordinal()];
		}

	}

	/** What happened to one row. */
	public enum Outcome {

		CREATED, UPDATED, UNCHANGED, REJECTED

	}

	/**
	 * @param row the row number (header = 1)
	 * @param outcome what happened
	 * @param id the id of the record the row registered or matched, or null
	 * @param problems why the row was rejected; empty otherwise
	 */
	public record Row(long row, Outcome outcome, String id, List<Problem> problems) {

		public static Row rejected(long row, List<Problem> problems) {
			return new Row(row, Outcome.REJECTED, null, List.copyOf(problems));
		}

		public static Row done(long row, Outcome outcome, String id) {
			return new Row(row, outcome, id, List.of());
		}

	}

	/**
	 * @param field the column at fault, or null for the row as a whole
	 * @param reason what is wrong, in words a user understands
	 */
	public record Problem(String field, String reason) {

	}

}
