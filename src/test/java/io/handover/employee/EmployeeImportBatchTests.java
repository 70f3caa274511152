package io.handover.employee;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.handover.access.Roles;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.common.NotAllowed;
import io.handover.common.NotFound;
import io.handover.common.Refusal;
import io.handover.imports.BatchedImport;
import io.handover.imports.ImportReport;
import io.handover.imports.ImportRuns;
import io.handover.testing.ActingReader;
import io.handover.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 24, finding 8: an employee import costs the same per row whatever the register's
 * size (batches of {@value EmployeeImport#BATCH} rows: {@code $in} look-ups, one write of
 * the new, one of the changed, one audit append), holds one batch in memory, and can be
 * followed and cancelled by the person who started it or an Administrator; a client that
 * goes away stops it.
 */
@ApiTest
class EmployeeImportBatchTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	MockMvc mvc;

	@Autowired
	EmployeeImport importer;

	@Autowired
	ImportRuns runs;

	@Autowired
	EmployeeDirectory directory;

	@Autowired
	AuditTrail audit;

	@Autowired
	MongoTemplate mongo;

	final Actor hanna = Actor.person("0b0b0b0b-0000-4000-8000-0000000000a1", "hanna@contoso.example", "Hanna HR",
			Channel.API, Set.of(Roles.HR));

	final Actor henk = Actor.person("0b0b0b0b-0000-4000-8000-0000000000a2", "henk@contoso.example", "Henk HR",
			Channel.API, Set.of(Roles.HR));

	final Actor ada = Actor.person("0b0b0b0b-0000-4000-8000-0000000000a3", "ada@contoso.example", "Ada Admin",
			Channel.API, Set.of(Roles.ADMIN));

	@Test
	void someoneWhoDidNotStartAnImportCannotSeeOrCancelItAndIsAudited() {
		ImportRuns.ImportRun run = this.runs.start("employees", this.hanna);

		assertThatThrownBy(() -> this.runs.get(run.id(), this.henk)).isInstanceOf(NotAllowed.class)
			.hasMessageContaining("Only the person who started an import, or an Administrator");
		assertThatThrownBy(() -> this.runs.cancel(run.id(), this.henk)).isInstanceOf(NotAllowed.class);
		Actor unverified = Actor.unverified(this.hanna.id(), "Hanna HR?", Channel.API);
		assertThatThrownBy(() -> this.runs.get(run.id(), unverified)).isInstanceOf(NotAllowed.class);

		assertThat(this.runs.get(run.id(), this.hanna).cancelledBy()).as("nothing was cancelled").isNull();
		assertThat(this.audit.historyOf("import", run.id())).extracting(AuditEntry::action, AuditEntry::actorName)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("refused", "Henk HR"),
					org.assertj.core.groups.Tuple.tuple("refused", "Henk HR"),
					org.assertj.core.groups.Tuple.tuple("refused", "Hanna HR?"));
	}

	@Test
	void anUnknownImportIsNotFoundAndAFinishedOneCannotBeCancelled() throws Exception {
		assertThatThrownBy(() -> this.runs.get("0123456789abcdef0123456789abcdef", this.ada))
			.isInstanceOf(NotFound.class);
		this.mvc.perform(get("/api/imports/{id}", "no-such-import")).andExpect(status().isNotFound());

		String id = importThroughTheApi(csv(run(), 3)).getResponse().getHeader("Handover-Import");

		assertThatThrownBy(() -> this.runs.cancel(id, this.ada)).isInstanceOf(Refusal.class)
			.hasMessageContaining("is done already; there is nothing to cancel");
		this.mvc.perform(delete("/api/imports/{id}", id)).andExpect(status().isConflict());
		assertThat(this.runs.get(id, this.ada).state()).isEqualTo(ImportRuns.State.DONE);
		assertThat(this.runs.get(id, this.ada).cancelledBy()).isNull();
	}

	@Test
	void theStarterAndAnAdministratorFollowAnImport() {
		ImportRuns.ImportRun run = this.runs.start("employees", this.hanna);

		assertThat(this.runs.get(run.id(), this.hanna).state()).isEqualTo(ImportRuns.State.RUNNING);
		assertThat(this.runs.get(run.id(), this.ada).startedByName()).isEqualTo("Hanna HR");
		assertThat(run.id()).matches("[0-9a-f]{32}");
	}

	@Test
	void aFileOfSeveralBatchesIsImportedAndItsImportNamedInAHeader() throws Exception {
		String run = run();
		int rows = 2 * EmployeeImport.BATCH + 37;

		MvcResult result = importThroughTheApi(csv(run, rows));

		String id = result.getResponse().getHeader("Handover-Import");
		assertThat(id).isNotBlank();
		assertThat(result.getResponse().getHeader("Content-Location")).isEqualTo("/api/imports/" + id);
		JsonNode report = JSON.readTree(result.getResponse().getContentAsString());
		assertThat(report.path("import").asString()).isEqualTo(id);
		assertThat(report.path("created").asInt()).isEqualTo(rows);
		assertThat(report.path("state").asString()).isEqualTo("DONE");
		assertThat(report.path("rows")).hasSize(rows);
		assertThat(report.path("rows").get(rows - 1).path("row").asInt()).isEqualTo(rows + 1);
		JsonNode progress = JSON.readTree(this.mvc.perform(get("/api/imports/{id}", id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(progress.path("state").asString()).isEqualTo("DONE");
		assertThat(progress.path("rows").asInt()).isEqualTo(rows);
		assertThat(progress.path("created").asInt()).isEqualTo(rows);

		Employee last = this.directory.findByUpn(upn(run, rows - 1)).orElseThrow();
		assertThat(this.audit.historyOf("employee", last.id())).extracting(AuditEntry::action)
			.containsExactly("registered");

		JsonNode again = JSON.readTree(importThroughTheApi(csv(run, rows)).getResponse().getContentAsString());
		assertThat(again.path("unchanged").asInt()).isEqualTo(rows);
		assertThat(again.path("created").asInt()).isZero();
		assertThat(
				this.mongo.count(Query.query(Criteria.where("upn").regex("^batch\\." + run + "\\.")), Employee.class))
			.isEqualTo(rows);
	}

	@Test
	void rowsOfOneBatchAboutTheSamePersonSeeEachOther() {
		String run = run();
		String csv = "Name,UPN,HR Employee Id,Manager UPN\n" //
				+ "Dubbel Een," + upn(run, 1) + ",,\n" //
				+ "Dubbel Een," + upn(run, 1) + ",HR-D-" + run + ",\n" //
				+ "Dubbel Een,," + "HR-D-" + run + "," + upn(run, 9) + "\n" //
				+ "Ander Twee," + upn(run, 2) + ",,\n" //
				+ "Botsing," + upn(run, 2) + ",HR-D-" + run + ",\n";

		ImportReport report = this.importer.importCsv(new StringReader(csv), this.hanna);

		assertThat(report.rows()).extracting(ImportReport.Row::outcome)
			.containsExactly(ImportReport.Outcome.CREATED, ImportReport.Outcome.UPDATED, ImportReport.Outcome.UPDATED,
					ImportReport.Outcome.CREATED, ImportReport.Outcome.REJECTED);
		assertThat(report.rows().get(4).problems().get(0).reason()).contains("belong to two different people");
		Employee dubbel = this.directory.findByUpn(upn(run, 1)).orElseThrow();
		assertThat(dubbel.hrEmployeeId()).isEqualTo("HR-D-" + run);
		assertThat(dubbel.managerUpn()).isEqualTo(upn(run, 9));
		assertThat(report.rows().get(0).id()).isEqualTo(dubbel.id());
		assertThat(report.rows().get(2).id()).isEqualTo(dubbel.id());
		assertThat(this.audit.historyOf("employee", dubbel.id())).extracting(AuditEntry::action)
			.containsExactly("registered", "updated", "updated");
	}

	@Test
	void anExcelWorkbookOfSeveralBatchesIsImportedAsACsvFileIs() throws Exception {
		String run = run();
		int rows = 2 * EmployeeImport.BATCH + 3;
		byte[] workbook;
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("People");
			org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("Name");
			header.createCell(1).setCellValue("UPN");
			header.createCell(2).setCellValue("HR Employee Id");
			for (int i = 0; i < rows; i++) {
				org.apache.poi.ss.usermodel.Row row = sheet.createRow(i + 1);
				row.createCell(0).setCellValue("Sheet Person " + i);
				// the row after the first: the same person again, now with an HR id
				row.createCell(1).setCellValue(upn(run, (i == 1) ? 0 : i));
				row.createCell(2).setCellValue((i == 1) ? "HR-X-" + run : "");
			}
			book.write(out);
			workbook = out.toByteArray();
		}

		ImportReport report = this.importer.importXlsx(new java.io.ByteArrayInputStream(workbook), this.hanna);

		assertThat(report.rows()).hasSize(rows);
		assertThat(report.rows().get(0).row()).as("numbered as Excel shows them").isEqualTo(2);
		assertThat(report.rows().get(0).outcome()).isEqualTo(ImportReport.Outcome.CREATED);
		assertThat(report.rows().get(1).outcome()).isEqualTo(ImportReport.Outcome.UPDATED);
		assertThat(report.rows().get(1).id()).isEqualTo(report.rows().get(0).id());
		assertThat(report.rows().get(rows - 1).outcome()).isEqualTo(ImportReport.Outcome.CREATED);
		assertThat(this.directory.findByUpn(upn(run, 0)).orElseThrow().hrEmployeeId()).isEqualTo("HR-X-" + run);
		assertThat(this.directory.findByUpn(upn(run, rows - 1))).isPresent();
		assertThat(this.audit.historyOf("employee", report.rows().get(rows - 1).id())).extracting(AuditEntry::action)
			.containsExactly("registered");
	}

	@Test
	void aCancelStopsTheImportBeforeItsNextBatchAndWhatWasImportedStays() {
		String run = run();
		int rows = 3 * EmployeeImport.BATCH;
		ImportRuns.ImportRun started = this.runs.start("employees", this.hanna);
		// the cancel comes while the second batch is being read
		Reader file = new ActingReader(csv(run, rows), EmployeeImport.BATCH + 200,
				() -> this.runs.cancel(started.id(), this.ada));
		List<ImportReport.Row> results = new ArrayList<>();

		BatchedImport.Ended ended = this.importer.importCsv(file, this.hanna, started.id(), results::add);

		assertThat(ended.state()).isEqualTo(ImportRuns.State.CANCELLED);
		assertThat(results).hasSize(EmployeeImport.BATCH);
		assertThat(this.directory.findByUpn(upn(run, EmployeeImport.BATCH - 1))).isPresent();
		assertThat(this.directory.findByUpn(upn(run, EmployeeImport.BATCH))).isEmpty();
		ImportRuns.ImportRun record = this.runs.get(started.id(), this.hanna);
		assertThat(record.state()).isEqualTo(ImportRuns.State.CANCELLED);
		assertThat(record.cancelledBy()).isEqualTo("Ada Admin");
		assertThat(record.created()).isEqualTo(EmployeeImport.BATCH);
		assertThat(record.reason()).contains("cancelled before row " + (EmployeeImport.BATCH + 2));
		assertThat(this.audit.historyOf("import", started.id())).extracting(AuditEntry::action, AuditEntry::actorName)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("cancel-requested", "Ada Admin"));
	}

	@Test
	void aClientThatWentAwayStopsTheImport() {
		String run = run();
		ImportRuns.ImportRun started = this.runs.start("employees", this.hanna);
		BatchedImport.Results gone = new BatchedImport.Results() {
			@Override
			public void accept(ImportReport.Row row) {
			}

			@Override
			public void batchDone() {
				throw new UncheckedIOException(new IOException("Broken pipe"));
			}
		};

		BatchedImport.Ended ended = this.importer.importCsv(new StringReader(csv(run, 3 * EmployeeImport.BATCH)),
				this.hanna, started.id(), gone);

		assertThat(ended.state()).isEqualTo(ImportRuns.State.CANCELLED);
		assertThat(ended.reason()).contains("the client went away");
		assertThat(ended.tally().created()).isEqualTo(EmployeeImport.BATCH);
		assertThat(this.directory.findByUpn(upn(run, EmployeeImport.BATCH))).isEmpty();
		assertThat(this.runs.get(started.id(), this.hanna).state()).isEqualTo(ImportRuns.State.CANCELLED);
	}

	private MvcResult importThroughTheApi(String csv) throws Exception {
		return this.mvc.perform(post("/api/employees/import").contentType("text/csv").content(csv))
			.andExpect(status().isOk())
			.andExpect(header().exists("Handover-Import"))
			.andReturn();
	}

	private static String csv(String run, int rows) {
		StringBuilder csv = new StringBuilder("Name,UPN,HR Employee Id\n");
		for (int i = 0; i < rows; i++) {
			csv.append("Batch Person ")
				.append(i)
				.append(',')
				.append(upn(run, i))
				.append(",HR-B-")
				.append(run)
				.append('-')
				.append(i)
				.append('\n');
		}
		return csv.toString();
	}

	private static String upn(String run, int i) {
		return "batch." + run + "." + i + "@example.org";
	}

	private static String run() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
