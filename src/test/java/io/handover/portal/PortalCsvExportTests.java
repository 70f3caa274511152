package io.handover.portal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.handover.e2e.NodeTools;
import io.handover.imports.Csv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24, finding 7: the portal's CSV export ({@code src/main/portal/src/csv.js})
 * neutralises formulas by the server's rule ({@link Csv#neutralised}): a cell a
 * spreadsheet would run gets a leading apostrophe, a plain number keeps its sign, and a
 * value the import stored neutralised already is not marked twice. The real module runs
 * on Node, and what it writes is read back as CSV.
 */
class PortalCsvExportTests {

	private static final Path CSV_JS = Path.of("src", "main", "portal", "src", "csv.js").toAbsolutePath();

	/** Formulas, numbers, look-alikes and values that need quoting. */
	private static final List<String> VALUES = List.of("=HYPERLINK(\"https://evil.example\";\"Klik\")", "=1+2",
			"+31 6 12345678", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)", "\t=1+2", "\r=1+2", "-", "+", "=", "@", "-12",
			"+31", "-1,5", "+2.25", "12", "0", "-1.5.3", "-12a", "--12", "'=already neutralised", "Anna de Vries",
			"de Vries, Anna", "line\nbreak", "semi;colon", "quote \" inside", " =leading space", "", "émile@contoso",
			"−12");

	@Test
	void theExportNeutralisesEveryCellAsTheServerDoes() throws Exception {
		List<String> exported = exportThroughThePortal(VALUES);

		List<String> server = VALUES.stream().map(Csv::neutralised).toList();
		assertThat(exported).containsExactlyElementsOf(server);
	}

	@Test
	void formulasAreMarkedAndNumbersAreNot() throws Exception {
		List<String> exported = exportThroughThePortal(List.of("=1+2", "@SUM(A1)", "-12", "+31", "-cmd"));

		assertThat(exported).containsExactly("'=1+2", "'@SUM(A1)", "-12", "+31", "'-cmd");
	}

	/**
	 * toCsv(header, rows) of csv.js, one value per row (after its number), read back as
	 * CSV.
	 */
	private static List<String> exportThroughThePortal(List<String> values) throws Exception {
		requireNode();
		String script = "import { toCsv } from " + new ObjectMapper().writeValueAsString(CSV_JS.toUri().toString())
				+ ";\n" + "let input = '';\n" + "process.stdin.setEncoding('utf8');\n"
				+ "process.stdin.on('data', (chunk) => { input += chunk; });\n"
				+ "process.stdin.on('end', () => { const values = JSON.parse(input);\n"
				+ "  process.stdout.write(toCsv(['row', 'value'], values.map((value, i) => [i, value]))); });\n";
		Path file = Files.createTempFile("portal-csv-", ".mjs");
		try {
			Files.writeString(file, script);
			Process node = new ProcessBuilder("node", file.toString()).redirectErrorStream(false).start();
			try (OutputStream in = node.getOutputStream()) {
				in.write(new ObjectMapper().writeValueAsBytes(values));
			}
			byte[] out = node.getInputStream().readAllBytes();
			String errors = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(node.waitFor(1, TimeUnit.MINUTES)).as("node finished").isTrue();
			assertThat(node.exitValue()).as("node failed: " + errors).isZero();
			List<String> cells = new ArrayList<>();
			List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(new String(out, StandardCharsets.UTF_8)))
				.getRecords();
			assertThat(records.get(0).values()).containsExactly("row", "value");
			assertThat(records).hasSize(values.size() + 1);
			records.stream().skip(1).forEach((record) -> cells.add(record.get(1)));
			return cells;
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static void requireNode() throws IOException, InterruptedException {
		boolean found;
		try {
			found = new ProcessBuilder("node", "--version").start().waitFor() == 0;
		}
		catch (IOException missing) {
			found = false;
		}
		if (!found) {
			String message = "Node.js is needed to run the portal's csv.js and is not installed";
			if (NodeTools.inCi()) {
				Assertions.fail(message + " (CI=true: a missing tool fails the build)");
			}
			Assumptions.abort(message + ": skipped outside CI");
		}
	}

}
