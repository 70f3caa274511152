package io.handover.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Reads the first sheet of an Excel workbook (XLSX) with a header row, like {@link Csv}
 * reads a CSV file: the same loose column names, rows numbered as Excel shows them
 * (header = 1), a row that cannot be used reported. Read by Apache POI; a date cell
 * becomes {@code yyyy-MM-dd}, a formula its last computed value (never the formula), and
 * a text a spreadsheet would run as a formula is stored neutralised.
 */
public final class Spreadsheet {

	/** The media type of an XLSX workbook. */
	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private Spreadsheet() {
	}

	/**
	 * Reads the workbook and hands each data row, as a map of canonical column name to
	 * trimmed value (absent when blank), to {@code importer}.
	 */
	public static ImportReport read(InputStream xlsx, Map<String, String> columns, Set<String> required,
			BiFunction<Long, Map<String, String>, ImportReport.Row> importer) {
		return Csv.collected((rows) -> stream(xlsx, columns, required, rows), importer);
	}

	/**
	 * Hands each data row to {@code rows} as {@link Csv#stream} does (the workbook itself
	 * is read whole: an XLSX file is a zip), stopping early when
	 * {@link Csv.Rows#stopped()} says so.
	 * @return the rejected first row when the workbook or its header is unusable: then no
	 * row was handed over; empty otherwise
	 */
	public static Optional<ImportReport.Row> stream(InputStream xlsx, Map<String, String> columns, Set<String> required,
			Csv.Rows rows) {
		Workbook book;
		try {
			book = WorkbookFactory.create(xlsx);
		}
		catch (IOException | RuntimeException unreadable) {
			return Optional.of(ImportReport.Row.rejected(1, List.of(new ImportReport.Problem(null,
					"the file cannot be read as an Excel workbook (XLSX): " + unreadable.getMessage()))));
		}
		try (book) {
			if (book.getNumberOfSheets() == 0 || book.getSheetAt(0).getPhysicalNumberOfRows() == 0) {
				return Optional.of(ImportReport.Row.rejected(1,
						List.of(new ImportReport.Problem(null, "the first sheet is empty: it needs a header row"))));
			}
			Sheet sheet = book.getSheetAt(0);
			int headerIndex = sheet.getFirstRowNum();
			Map<String, Integer> header = new LinkedHashMap<>();
			for (Cell cell : sheet.getRow(headerIndex)) {
				String canonical = columns.get(Csv.fold(text(cell)));
				if (canonical != null) {
					header.putIfAbsent(canonical, cell.getColumnIndex());
				}
			}
			List<ImportReport.Problem> headerProblems = new ArrayList<>();
			for (String column : required) {
				if (!header.containsKey(column)) {
					headerProblems.add(new ImportReport.Problem(column, "the header has no column " + column));
				}
			}
			if (!headerProblems.isEmpty()) {
				return Optional.of(ImportReport.Row.rejected(headerIndex + 1L, headerProblems));
			}
			for (int index = headerIndex + 1; index <= sheet.getLastRowNum() && !rows.stopped(); index++) {
				Row row = sheet.getRow(index);
				if (row == null) {
					continue;
				}
				Map<String, String> values = new LinkedHashMap<>();
				header.forEach((column, at) -> {
					String value = text(row.getCell(at)).trim();
					if (!value.isEmpty()) {
						values.put(column, Csv.neutralised(value));
					}
				});
				if (!values.isEmpty()) {
					rows.row(index + 1L, values);
				}
			}
			return Optional.empty();
		}
		catch (IOException closing) {
			throw new java.io.UncheckedIOException(closing);
		}
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC ->
				DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
						: NumberToTextConverter.toText(cell.getNumericCellValue());
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
	}

}
