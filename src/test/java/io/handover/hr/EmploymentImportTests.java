package io.handover.hr;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import io.handover.common.Actor;
import io.handover.employee.EmployeeDirectory;
import io.handover.imports.Spreadsheet;
import io.handover.testing.ApiTest;
import io.handover.testing.Surnames;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.TicketManagement;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 21: HR's export of employments, as CSV or as an Excel workbook, becomes the HR
 * events its rows stand for, with a report per row; importing it again changes nothing.
 * Today is Monday 23 November 2026.
 */
@ApiTest
class EmploymentImportTests {

	static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	MockMvc mvc;

	@Autowired
	JobProfiles jobs;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TestClock clock;

	@BeforeEach
	void today() {
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.jobs.map("AM01", "account-manager", Actor.system("test"));
	}

	@Test
	void aCsvExportOpensTicketsForHiresLoadsNothingTwiceAndNamesTheRowsItCannotUse() throws Exception {
		String hire = Surnames.unique();
		String staff = Surnames.unique();
		String csv = """
				Personeelsnummer,Voornaam,Achternaam,E-mail,Functiecode,Datum in dienst,Datum uit dienst
				H%s,Lotte,%s,lotte.%s@contoso.example,AM01,4-1-2027,
				B%s,Bad,Date,,AM01,the first of May,
				S%s,Sem,%s,sem.%s@contoso.example,AM01,2015-03-01,
				""".formatted(hire, hire, hire.toLowerCase(Locale.ROOT), hire, staff, staff,
				staff.toLowerCase(Locale.ROOT));

		JsonNode report = upload("text/csv", csv.getBytes(StandardCharsets.UTF_8));

		assertThat(report.path("created").asInt()).isOne();
		assertThat(report.path("rejected").asInt()).isOne();
		JsonNode opened = report.path("rows").path(0);
		assertThat(opened.path("row").asInt()).isEqualTo(2);
		assertThat(this.tickets.get(opened.path("id").asString()).date()).isEqualTo(LocalDate.of(2027, 1, 4));
		JsonNode rejected = report.path("rows").path(1);
		assertThat(rejected.path("row").asInt()).isEqualTo(3);
		assertThat(rejected.path("problems").path(0).path("field").asString()).isEqualTo("startDate");
		assertThat(this.employees.identify("B" + hire)).isEmpty();
		assertThat(this.employees.identify("S" + staff)).isPresent();

		JsonNode again = upload("text/csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(again.path("created").asInt()).isZero();
		assertThat(again.path("rows").path(0).path("outcome").asString()).isEqualTo("UNCHANGED");
	}

	@Test
	void anExcelExportWithDateCellsOpensTheHire() throws Exception {
		String family = Surnames.unique();
		byte[] workbook;
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Medewerkers");
			Row header = sheet.createRow(0);
			String[] columns = { "Employee id", "First name", "Last name", "Job code", "Start date" };
			for (int i = 0; i < columns.length; i++) {
				header.createCell(i).setCellValue(columns[i]);
			}
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("d-m-yyyy"));
			Row anna = sheet.createRow(1);
			anna.createCell(0).setCellValue(12345 + family.length());
			anna.createCell(1).setCellValue("Anna");
			anna.createCell(2).setCellValue(family);
			anna.createCell(3).setCellValue("AM01");
			anna.createCell(4).setCellValue(LocalDate.of(2027, 2, 1));
			anna.getCell(4).setCellStyle(date);
			book.write(out);
			workbook = out.toByteArray();
		}

		JsonNode report = upload(Spreadsheet.XLSX, workbook);

		assertThat(report.path("created").asInt()).as(report.toString()).isOne();
		var ticket = this.tickets.get(report.path("rows").path(0).path("id").asString());
		assertThat(ticket.date()).isEqualTo(LocalDate.of(2027, 2, 1));
		assertThat(ticket.employee().name()).isEqualTo("Anna " + family);
		assertThat(ticket.profile()).isEqualTo("account-manager");
	}

	@Test
	void aFileThatIsNoWorkbookIsRefusedWholeOnRowOne() throws Exception {
		JsonNode report = upload(Spreadsheet.XLSX, "Name,UPN\nnot,a workbook\n".getBytes(StandardCharsets.UTF_8));

		assertThat(report.path("rejected").asInt()).isOne();
		assertThat(report.path("rows").path(0).path("row").asInt()).isOne();
		assertThat(report.path("rows").path(0).path("problems").path(0).path("reason").asString())
			.contains("Excel workbook");
	}

	private JsonNode upload(String contentType, byte[] body) throws Exception {
		String answer = this.mvc
			.perform(
					post("/api/hr/employments/import").param("system", "export").contentType(contentType).content(body))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(answer);
	}

}
