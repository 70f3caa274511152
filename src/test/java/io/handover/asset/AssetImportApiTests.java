package io.handover.asset;

import java.io.StringReader;
import java.util.Map;
import java.util.UUID;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.imports.ImportReport;
import io.handover.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Loading the register from a spreadsheet export. */
@ApiTest
class AssetImportApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	AssetImport assetImport;

	@Test
	void aFileWithGoodAndBadRowsStoresEveryGoodRowAndReportsEveryBadRowByNumberAndReason() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		String holderUpn = "hanna." + run.toLowerCase() + "@example.org";
		this.mvc.perform(post("/api/employees").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("name", "Hanna Houder", "upn", holderUpn))));
		String csv = """
				Tag,Type,Model,Serial Number,Status,Location,Notes,Assigned To
				T-%1$s-1,laptop,laptop-standard,L-%1$s-1,IN_STOCK,Utrecht,"Dock, charger and bag",
				T-%1$s-2,laptop,,,IN_STOCK,Utrecht,,
				T-%1$s-3,phone,iPhone 15,P-%1$s-1,ON_FIRE,Utrecht,,
				T-%1$s-4,office-key,,K-%1$s-1,,"Amsterdam, 2nd floor",,%2$s
				T-%1$s-1,phone,iPhone 15,P-%1$s-2,,,,
				,access-pass,,A-%1$s-1,RETIRED,,"card ""A"" broken",
				T-%1$s-7,phone,,P-%1$s-3,,,,nobody@example.org
				""".formatted(run, holderUpn);

		JsonNode report = json(this.mvc.perform(post("/api/assets/import").contentType("text/csv").content(csv))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(report.get("created").asInt()).isEqualTo(3);
		assertThat(report.get("rejected").asInt()).isEqualTo(4);
		assertThat(report.get("rows").findValues("row").stream().map(JsonNode::asInt)).containsExactly(2, 3, 4, 5, 6, 7,
				8);
		JsonNode rows = report.get("rows");
		assertThat(rows.get(0).get("outcome").asString()).isEqualTo("CREATED");
		assertProblem(rows.get(1), "serialNumber", "the serial number is needed");
		assertProblem(rows.get(2), "status", "ON_FIRE is not a status");
		assertThat(rows.get(3).get("outcome").asString()).isEqualTo("CREATED");
		assertProblem(rows.get(4), "tag", "is already on laptop L-" + run + "-1");
		assertThat(rows.get(5).get("outcome").asString()).isEqualTo("CREATED");
		assertProblem(rows.get(6), "assignedTo", "no employee is known as nobody@example.org");

		this.mvc.perform(get("/api/assets/L-{run}-1", run))
			.andExpect(jsonPath("$.tag").value("T-" + run + "-1"))
			.andExpect(jsonPath("$.status").value("IN_STOCK"))
			.andExpect(jsonPath("$.location").value("Utrecht"));
		this.mvc.perform(get("/api/assets/K-{run}-1", run))
			.andExpect(jsonPath("$.status").value("ASSIGNED"))
			.andExpect(jsonPath("$.employeeName").value("Hanna Houder"))
			.andExpect(jsonPath("$.location").value("Amsterdam, 2nd floor"));
		this.mvc.perform(get("/api/assets/A-{run}-1", run))
			.andExpect(jsonPath("$.status").value("RETIRED"))
			.andExpect(jsonPath("$.tag").value(org.hamcrest.Matchers.startsWith("AST-")));
		// a rejected row wrote nothing
		assertThat(count("P-" + run + "-1")).isZero();
		assertThat(count("P-" + run + "-2")).isZero();
		assertThat(count("P-" + run + "-3")).isZero();

		// importing the same file again duplicates nothing
		JsonNode again = json(this.mvc.perform(post("/api/assets/import").contentType("text/csv").content(csv))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(again.get("created").asInt()).isZero();
		assertThat(again.get("unchanged").asInt()).isEqualTo(3);
		assertThat(again.get("rejected").asInt()).isEqualTo(4);
		assertThat(count("L-" + run + "-1")).isOne();
		assertThat(count("K-" + run + "-1")).isOne();
		assertThat(
				this.mongo.count(Query.query(Criteria.where("serialNumber").is("K-" + run + "-1")), Assignment.class))
			.isOne();
	}

	@Test
	void aKnownAssetGetsItsDescriptionUpdatedButKeepsItsStatus() {
		String serial = AssetRegisterApiTests.serial();
		Actor admin = new Actor("admin", "Admin", Channel.API);
		this.assetImport.importCsv(new StringReader("type,serial,location\nmonitor," + serial + ",Utrecht\n"), admin);

		ImportReport report = this.assetImport
			.importCsv(new StringReader("type,serial,location,status\nmonitor," + serial + ",Zwolle,RETIRED\n"), admin);

		assertThat(report.rows()).extracting(ImportReport.Row::row, ImportReport.Row::outcome)
			.containsExactly(tuple(2L, ImportReport.Outcome.UPDATED));
		Asset asset = this.mongo.findOne(Query.query(Criteria.where("serialNumber").is(serial)), Asset.class);
		assertThat(asset.location()).isEqualTo("Zwolle");
		assertThat(asset.status()).isEqualTo(AssetStatus.IN_STOCK);
	}

	@Test
	void aFileWithoutTheRequiredColumnsIsRejectedAtTheHeader() {
		ImportReport report = this.assetImport.importCsv(new StringReader("tag,model\nT1,x\n"),
				new Actor("admin", "Admin", Channel.API));

		assertThat(report.rejected()).isOne();
		assertThat(report.rows().get(0).row()).isEqualTo(1);
		assertThat(report.rows().get(0).problems()).extracting(ImportReport.Problem::field)
			.containsExactlyInAnyOrder("type", "serialNumber");
	}

	@Test
	void anUnclosedQuoteStopsReadingButKeepsTheRowsBeforeIt() {
		String good = AssetRegisterApiTests.serial();
		ImportReport report = this.assetImport.importCsv(
				new StringReader("type,serialNumber,notes\nlaptop," + good + ",fine\nlaptop,X1,\"never closed\n"),
				new Actor("admin", "Admin", Channel.API));

		assertThat(report.created()).isOne();
		assertThat(report.problems()).singleElement().satisfies((row) -> {
			assertThat(row.row()).isEqualTo(3);
			assertThat(row.problems().get(0).reason()).contains("cannot be read");
		});
		assertThat(count(good)).isOne();
	}

	private long count(String serial) {
		return this.mongo.count(Query.query(Criteria.where("serialNumber").is(serial)), Asset.class);
	}

	private static void assertProblem(JsonNode row, String field, String reason) {
		assertThat(row.get("outcome").asString()).isEqualTo("REJECTED");
		assertThat(row.get("problems").get(0).get("field").asString()).isEqualTo(field);
		assertThat(row.get("problems").get(0).get("reason").asString()).contains(reason);
	}

	private JsonNode json(String body) throws Exception {
		return this.json.readTree(body);
	}

}
