package io.handover.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file with a header row, one row at a time, and collects a report. Column
 * names are matched loosely ("Serial Number", "serial_number" and "serialNumber" are the
 * same column); a row that cannot be read is reported, and reading goes on where it can.
 */
public final class Csv {

	private Csv() {
	}

	/**
	 * Reads {@code csv} and hands each data row, as a map of canonical column name to
	 * trimmed value (absent when blank), to {@code importer}.
	 * @param columns canonical column name by every accepted (folded) spelling
	 * @param required canonical names of the columns that must be present
	 */
	public static ImportReport read(Reader csv, Map<String, String> columns, Set<String> required,
			BiFunction<Long, Map<String, String>, ImportReport.Row> importer) {
		return collected((rows) -> stream(csv, columns, required, rows), importer);
	}

	/**
	 * What {@code read} does for either format: every row a streaming read hands over,
	 * imported, in one report; only the rejected header when the header is unusable.
	 */
	static ImportReport collected(Function<Rows, Optional<ImportReport.Row>> reading,
			BiFunction<Long, Map<String, String>, ImportReport.Row> importer) {
		List<ImportReport.Row> rows = new ArrayList<>();
		Optional<ImportReport.Row> unusable = reading.apply(new Rows() {
			@Override
			public void row(long row, Map<String, String> values) {
				rows.add(importer.apply(row, values));
			}

			@Override
			public void unreadable(ImportReport.Row rejected) {
				rows.add(rejected);
			}
		});
		return unusable.map(header -> ImportReport.of(List.of(header))).orElseGet(() -> ImportReport.of(rows));
	}

	/**
	 * Reads {@code csv} one row at a time, holding no more than the row being read: each
	 * data row goes to {@code rows} as it is read (see {@link #read}), a row that cannot
	 * be read is handed over rejected and ends the reading, and reading stops early when
	 * {@link Rows#stopped()} says so.
	 * @return the rejected header row (row 1) when the header is unusable: then no row
	 * was handed over; empty otherwise
	 */
	public static Optional<ImportReport.Row> stream(Reader csv, Map<String, String> columns, Set<String> required,
			Rows rows) {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.setAllowMissingColumnNames(true)
			.get();
		CSVParser parser;
		Map<String, Integer> header = new LinkedHashMap<>();
		try {
			parser = CSVParser.builder().setReader(csv).setFormat(format).get();
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException ex) {
			return Optional.of(ImportReport.Row.rejected(1,
					List.of(new ImportReport.Problem(null, "the file cannot be read as CSV: " + rootMessage(ex)))));
		}
		try (parser) {
			List<ImportReport.Problem> headerProblems = new ArrayList<>();
			parser.getHeaderMap().forEach((name, index) -> {
				String canonical = columns.get(fold(name));
				if (canonical != null) {
					header.put(canonical, index);
				}
			});
			for (String column : required) {
				if (!header.containsKey(column)) {
					headerProblems.add(new ImportReport.Problem(column, "the header has no column " + column));
				}
			}
			if (!headerProblems.isEmpty()) {
				return Optional.of(ImportReport.Row.rejected(1, headerProblems));
			}
			Iterator<CSVRecord> records = parser.iterator();
			long lastRow = 1;
			while (!rows.stopped()) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException unreadable) {
					rows.unreadable(ImportReport.Row.rejected(lastRow + 1, List.of(new ImportReport.Problem(null,
							"this row and the rest of the file cannot be read: " + rootMessage(unreadable)))));
					break;
				}
				long row = record.getRecordNumber() + 1;
				lastRow = row;
				Map<String, String> values = new LinkedHashMap<>();
				header.forEach((column, index) -> {
					if (index < record.size() && !record.get(index).isBlank()) {
						values.put(column, neutralised(record.get(index).trim()));
					}
				});
				if (values.isEmpty()) {
					continue;
				}
				rows.row(row, values);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Optional.empty();
	}

	/** Where {@link #stream} hands the rows it reads. */
	public interface Rows {

		/** A data row: its number (header = 1) and its values by canonical column. */
		void row(long row, Map<String, String> values);

		/** A row that cannot be read; nothing after it is read. */
		void unreadable(ImportReport.Row rejected);

		/** Whether to stop reading before the next row (a cancelled import). */
		default boolean stopped() {
			return false;
		}

	}

	/**
	 * A value a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -},
	 * {@code @}, or a tab or carriage return first) gets a leading apostrophe, the
	 * spreadsheets' own mark for "text": {@code =HYPERLINK(...)} is stored, and shown, as
	 * {@code '=HYPERLINK(...)}. A plain number ({@code -12}, {@code +31}) stays as it is.
	 * Every CSV Handover reads goes through this, and so must every CSV it writes.
	 */
	public static String neutralised(String value) {
		if (value == null || value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0
				|| value.matches("[+-]?[0-9]+([.,][0-9]+)?")) {
			return value;
		}
		return "'" + value;
	}

	/** "Serial Number" → "serialnumber". */
	public static String fold(String column) {
		return column == null ? "" : column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}
