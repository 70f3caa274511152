package io.handover.employee;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.handover.imports.Csv;
import io.handover.testing.ApiTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 24, finding 7: a CSV file is read in the charset it is in, or refused naming the
 * row; and a value a spreadsheet would run as a formula is stored as text.
 */
@ApiTest
class CsvImportTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	MockMvc mvc;

	@Autowired
	EmployeeDirectory directory;

	@Autowired
	MongoTemplate mongo;

	@Test
	void aUtf16FileWithAByteOrderMarkAndNoCharsetIsReadAsUtf16() throws Exception {
		String run = run();
		byte[] body = concat(new byte[] { (byte) 0xFF, (byte) 0xFE },
				("Name,UPN\r\nZoë Ørsted,zoe." + run + "@example.org\r\n").getBytes(StandardCharsets.UTF_16LE));

		JsonNode report = upload("/api/employees/import", "text/csv", body);

		assertThat(report.path("created").asInt()).isOne();
		Employee zoe = this.directory.findByUpn("zoe." + run + "@example.org").orElseThrow();
		assertThat(zoe.name()).isEqualTo("Zoë Ørsted").doesNotContain("\u0000");
	}

	@Test
	void aUtf16FileWithoutAByteOrderMarkOrCharsetIsRecognisedByItsZeroBytes() throws Exception {
		String run = run();
		byte[] body = ("Name,UPN\nJoost Jansen " + run + ",joost." + run + "@example.org\n")
			.getBytes(StandardCharsets.UTF_16BE);

		JsonNode report = upload("/api/employees/import", "text/csv", body);

		assertThat(report.path("created").asInt()).isOne();
		assertThat(this.directory.findByUpn("joost." + run + "@example.org").orElseThrow().name())
			.isEqualTo("Joost Jansen " + run);
	}

	@Test
	void aUtf8ByteOrderMarkIsNotPartOfTheFirstColumnsName() throws Exception {
		String run = run();
		byte[] body = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				("Name,UPN\nBom Bakker,bom." + run + "@example.org\n").getBytes(StandardCharsets.UTF_8));

		JsonNode report = upload("/api/employees/import", "text/csv", body);

		assertThat(report.path("created").asInt()).isOne();
	}

	@Test
	void textThatIsNotValidInTheDeclaredCharsetIsRefusedNamingTheRowAndNothingIsImported() throws Exception {
		String run = run();
		byte[] good = ("Name,UPN\nGoed Eerst,goed." + run + "@example.org\n").getBytes(StandardCharsets.UTF_8);
		// "Bé" in ISO-8859-1: 0xE9 alone is no UTF-8
		byte[] bad = concat("B".getBytes(StandardCharsets.US_ASCII), new byte[] { (byte) 0xE9 },
				(" Fout,fout." + run + "@example.org\n").getBytes(StandardCharsets.US_ASCII));

		JsonNode report = upload("/api/employees/import", "text/csv; charset=utf-8", concat(good, bad));

		assertThat(report.path("created").asInt()).isZero();
		JsonNode row = report.path("rows").get(0);
		assertThat(row.path("row").asInt()).isEqualTo(3);
		assertThat(row.path("problems").get(0).path("reason").asString()).contains("row 3 is not valid UTF-8")
			.contains("nothing was imported");
		assertThat(this.directory.findByUpn("goed." + run + "@example.org")).isEmpty();
	}

	@Test
	void aNulCharacterIsRefusedNamingTheRow() throws Exception {
		String run = run();
		String csv = "Name,UPN\nNul Eerst,nul1." + run + "@example.org\nN\u0000ul,nul2." + run + "@example.org\n";

		JsonNode report = upload("/api/employees/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

		JsonNode row = report.path("rows").get(0);
		assertThat(row.path("row").asInt()).isEqualTo(3);
		assertThat(row.path("problems").get(0).path("reason").asString()).contains("NUL");
		assertThat(this.directory.findByUpn("nul1." + run + "@example.org")).isEmpty();
	}

	@Test
	void anUnknownCharsetIsRefused() throws Exception {
		String answer = this.mvc
			.perform(post("/api/employees/import").contentType("text/csv; charset=klingon-8")
				.content("Name,UPN\nKlingon,klingon@example.org\n".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isUnsupportedMediaType())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(answer).contains("The charset 'klingon-8' in the Content-Type is not known");
		assertThat(this.directory.findByUpn("klingon@example.org")).isEmpty();
	}

	@Test
	void formulaPrefixesAreStoredAsText() throws Exception {
		String run = run();
		String csv = "Name,UPN\n=HYPERLINK(\"https://evil.example\";\"Klik\") " + run + ",formula." + run
				+ "@example.org\n";

		upload("/api/employees/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

		assertThat(this.directory.findByUpn("formula." + run + "@example.org").orElseThrow().name())
			.startsWith("'=HYPERLINK(");
	}

	@Test
	void formulaPrefixesInAnAssetImportAreStoredAsText() throws Exception {
		String serial = "F" + run().toUpperCase(java.util.Locale.ROOT);
		String csv = "type,serialNumber,location,notes\nlaptop," + serial + ",@SUM(A1:A9),-2+3+cmd|' /C calc'!A0\n";

		upload("/api/assets/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

		Document asset = this.mongo.findOne(Query.query(Criteria.where("serialNumber").is(serial)), Document.class,
				"assets");
		assertThat(asset.getString("location")).isEqualTo("'@SUM(A1:A9)");
		assertThat(asset.getString("notes")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
	}

	@Test
	void plainNumbersKeepTheirSign() {
		assertThat(Csv.neutralised("-12")).isEqualTo("-12");
		assertThat(Csv.neutralised("+31")).isEqualTo("+31");
		assertThat(Csv.neutralised("-1,5")).isEqualTo("-1,5");
		assertThat(Csv.neutralised("+31 6 1234")).isEqualTo("'+31 6 1234");
		assertThat(Csv.neutralised("Anna")).isEqualTo("Anna");
	}

	private JsonNode upload(String path, String contentType, byte[] body) throws Exception {
		return JSON.readTree(this.mvc.perform(post(path).contentType(contentType).content(body))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static byte[] concat(byte[]... parts) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static String run() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
