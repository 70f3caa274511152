package io.handover.employee;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

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
		List<ImportReport.Row> rows = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.setAllowMissingColumnNames(true)
			.get();
		try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(format).get()) {
			Map<String, Integer> header = new LinkedHashMap<>();
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
				return ImportReport.of(List.of(ImportReport.Row.rejected(1, headerProblems)));
			}
			Iterator<CSVRecord> records = parser.iterator();
			long lastRow = 1;
			while (true) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException unreadable) {
					rows.add(ImportReport.Row.rejected(lastRow + 1, List.of(new ImportReport.Problem(null,
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
				rows.add(importer.apply(row, values));
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException ex) {
			if (rows.isEmpty()) {
				return ImportReport.of(List.of(ImportReport.Row.rejected(1, List
					.of(new ImportReport.Problem(null, "the file cannot be read as CSV: " + rootMessage(ex))))));
			}
			throw new UncheckedIOException(new IOException(ex));
		}
		return ImportReport.of(rows);
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
