package io.handover.asset;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.handover.access.Roles;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 24: the asset import is written {@value BatchedImport#BATCH} rows at a time like
 * the employee import (bulk look-ups, one insert, one bulk update, one audit append per
 * batch), with its record for progress and cancel, and a bad row in a batch is named and
 * changes nothing while the rest of the batch is stored.
 */
@ApiTest
class AssetImportBatchTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	MockMvc mvc;

	@Autowired
	AssetImport importer;

	@Autowired
	ImportRuns runs;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	AuditTrail audit;

	@Autowired
	MongoTemplate mongo;

	final Actor ivo = Actor.person("0b0b0b0b-0000-4000-8000-0000000000c1", "ivo@contoso.example", "Ivo IT", Channel.API,
			Set.of(Roles.IT));

	final Actor ada = Actor.person("0b0b0b0b-0000-4000-8000-0000000000c3", "ada.c@contoso.example", "Ada Admin",
			Channel.API, Set.of(Roles.ADMIN));

	@Test
	void aBadRowInABatchIsNamedAndChangesNothingWhileTheRestOfTheBatchIsStored() {
		String run = run();
		String holderUpn = "holder." + run + "@example.org";
		this.employees.register(new NewEmployee("Hilde Houder", holderUpn, null, null, null), this.ivo);
		// a tag on a registered asset, that row 302 of the file names for another one
		String takenTag = "TAKEN-" + run;
		this.importer.importCsv(new StringReader("tag,type,serial\n" + takenTag + ",monitor,M-" + run + "\n"),
				this.ivo);
		Asset before = asset("M-" + run);
		StringBuilder csv = new StringBuilder("Tag,Type,Serial Number,Location,Assigned To\n");
		int rows = BatchedImport.BATCH + 100;
		for (int i = 0; i < rows; i++) {
			String tag = (i == 300) ? takenTag : "";
			String holder = (i == 10) ? "nobody." + run + "@example.org" : (i == 20) ? holderUpn : "";
			String type = (i == 400) ? "laptop!" : "laptop";
			csv.append(tag)
				.append(',')
				.append(type)
				.append(',')
				.append(serial(run, i))
				.append(",Utrecht,")
				.append(holder)
				.append('\n');
		}

		ImportReport report = this.importer.importCsv(new StringReader(csv.toString()), this.ivo);

		assertThat(report.rows()).hasSize(rows);
		assertThat(report.problems()).extracting(ImportReport.Row::row).containsExactly(12L, 302L, 402L);
		assertThat(report.problems().get(0).problems().get(0).reason()).contains("no employee is known as nobody.");
		assertThat(report.problems().get(1).problems().get(0).reason())
			.contains("tag " + takenTag + " is already on monitor M-" + run);
		assertThat(report.problems().get(2).problems().get(0).field()).isEqualTo("type");
		assertThat(report.created()).isEqualTo(rows - 3);
		// the bad rows wrote nothing; the asset whose tag row 302 wanted is as it was
		assertThat(asset(serial(run, 10))).isNull();
		assertThat(asset(serial(run, 300))).isNull();
		assertThat(asset(serial(run, 400))).isNull();
		Asset after = asset("M-" + run);
		assertThat(after.tag()).isEqualTo(before.tag());
		assertThat(this.audit.historyOf("asset", after.id())).extracting(AuditEntry::action)
			.containsExactly("registered");
		// the good rows are stored, each with its audit entry, the holder's asset issued
		Asset issued = asset(serial(run, 20));
		assertThat(issued.status()).isEqualTo(AssetStatus.ASSIGNED);
		assertThat(issued.current().employeeName()).isEqualTo("Hilde Houder");
		Asset last = asset(serial(run, rows - 1));
		assertThat(last.tag()).startsWith("AST-");
		assertThat(last.location()).isEqualTo("Utrecht");
		assertThat(this.audit.historyOf("asset", last.id())).extracting(AuditEntry::action)
			.containsExactly("registered");

		// the same file again changes nothing; a changed location updates every row
		ImportReport again = this.importer.importCsv(new StringReader(csv.toString()), this.ivo);
		assertThat(again.unchanged()).isEqualTo(rows - 3);
		assertThat(again.created()).isZero();
		ImportReport moved = this.importer.importCsv(new StringReader(csv.toString().replace("Utrecht", "Zwolle")),
				this.ivo);
		assertThat(moved.updated()).isEqualTo(rows - 3);
		assertThat(asset(serial(run, rows - 1)).location()).isEqualTo("Zwolle");
		assertThat(asset(serial(run, rows - 1)).tag()).isEqualTo(last.tag());
		assertThat(this.audit.historyOf("asset", last.id())).extracting(AuditEntry::action)
			.containsExactly("registered", "updated");
	}

	@Test
	void rowsOfOneBatchNamingTheSameAssetOrTagReadAsIfRowByRow() {
		String run = run();
		String csv = "tag,type,serial,location\n" + "T1-" + run + ",phone,P1-" + run + ",Utrecht\n" + "T1-" + run
				+ ",phone,P2-" + run + ",Utrecht\n" + ",phone,P1-" + run + ",Zwolle\n";

		ImportReport report = this.importer.importCsv(new StringReader(csv), this.ivo);

		assertThat(report.rows()).extracting(ImportReport.Row::outcome)
			.containsExactly(ImportReport.Outcome.CREATED, ImportReport.Outcome.REJECTED, ImportReport.Outcome.UPDATED);
		assertThat(asset("P2-" + run)).isNull();
		assertThat(asset("P1-" + run).location()).isEqualTo("Zwolle");
	}

	@Test
	void throughTheApiTheImportHasARecordWithItsProgress() throws Exception {
		String run = run();
		StringBuilder csv = new StringBuilder("type,serial\n");
		for (int i = 0; i < BatchedImport.BATCH + 5; i++) {
			csv.append("dock,").append(serial(run, i)).append('\n');
		}
		MvcResult result = this.mvc.perform(post("/api/assets/import").contentType("text/csv").content(csv.toString()))
			.andExpect(status().isOk())
			.andExpect(header().exists("Handover-Import"))
			.andReturn();
		JsonNode answer = JSON.readTree(result.getResponse().getContentAsString());
		assertThat(answer.get("created").asInt()).isEqualTo(BatchedImport.BATCH + 5);
		assertThat(answer.get("state").asString()).isEqualTo("DONE");
		assertThat(answer.get("rows")).hasSize(BatchedImport.BATCH + 5);

		String id = result.getResponse().getHeader("Handover-Import");
		JsonNode record = JSON.readTree(this.mvc.perform(get("/api/imports/{id}", id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(record.get("kind").asString()).isEqualTo("assets");
		assertThat(record.get("state").asString()).isEqualTo("DONE");
		assertThat(record.get("created").asInt()).isEqualTo(BatchedImport.BATCH + 5);
	}

	@Test
	void aCancelStopsTheAssetImportBeforeItsNextBatch() {
		String run = run();
		ImportRuns.ImportRun started = this.runs.start("assets", this.ivo);
		StringBuilder csv = new StringBuilder("type,serial\n");
		for (int i = 0; i < 3 * BatchedImport.BATCH; i++) {
			csv.append("dock,").append(serial(run, i)).append('\n');
		}
		Reader file = new ActingReader(csv.toString(), BatchedImport.BATCH + 200,
				() -> this.runs.cancel(started.id(), this.ada));
		List<ImportReport.Row> results = new ArrayList<>();

		BatchedImport.Ended ended = this.importer.importCsv(file, this.ivo, started.id(), results::add);

		assertThat(ended.state()).isEqualTo(ImportRuns.State.CANCELLED);
		assertThat(results).hasSize(BatchedImport.BATCH);
		assertThat(asset(serial(run, BatchedImport.BATCH - 1))).isNotNull();
		assertThat(asset(serial(run, BatchedImport.BATCH))).isNull();
		assertThat(this.runs.get(started.id(), this.ivo).reason())
			.contains("cancelled before row " + (BatchedImport.BATCH + 2));
	}

	@Test
	void anAssetImportTheServiceStoppedDuringIsShownInterruptedAfterTheRestart() {
		String run = run();
		ImportRuns.ImportRun started = this.runs.start("assets", this.ivo);
		StringBuilder csv = new StringBuilder("type,serial\n");
		for (int i = 0; i < 3 * BatchedImport.BATCH; i++) {
			csv.append("dock,").append(serial(run, i)).append('\n');
		}
		// the process dies while the second batch is read: nothing after that runs
		Reader file = new ActingReader(csv.toString(), BatchedImport.BATCH + 200, () -> {
			throw new ProcessDied();
		});
		try {
			this.importer.importCsv(file, this.ivo, started.id(), (row) -> {
			});
		}
		catch (ProcessDied expected) {
			// the import's record is left as the stop left it
		}
		assertThat(this.runs.get(started.id(), this.ivo).state()).isEqualTo(ImportRuns.State.RUNNING);

		// what the next start of the service on the embedded store does
		this.runs.markInterrupted();

		ImportRuns.ImportRun after = this.runs.get(started.id(), this.ivo);
		assertThat(after.kind()).isEqualTo("assets");
		assertThat(after.state()).isEqualTo(ImportRuns.State.INTERRUPTED);
		assertThat(after.rows()).isEqualTo(BatchedImport.BATCH);
		assertThat(after.created()).isEqualTo(BatchedImport.BATCH);
		assertThat(after.reason()).contains("the service stopped while it ran", "after 500 row(s)",
				"import the file again");
		assertThat(asset(serial(run, BatchedImport.BATCH - 1))).isNotNull();
		assertThat(asset(serial(run, BatchedImport.BATCH))).isNull();
	}

	private Asset asset(String serial) {
		return this.mongo.findOne(Query.query(Criteria.where("serialNumber").is(serial)), Asset.class);
	}

	private static String serial(String run, int i) {
		return "B-" + run + "-" + i;
	}

	private static String run() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	/** What a killed process looks like to the code that was running: nothing after. */
	private static final class ProcessDied extends Error {

		ProcessDied() {
			super("killed");
		}

	}

}
