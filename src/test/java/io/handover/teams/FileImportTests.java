package io.handover.teams;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.handover.employee.EmployeeDirectory;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.BotTest;
import io.handover.testing.Surnames;
import io.handover.testing.TeamsActivity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.handover.teams.IntakeChat.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21: an HR staff member sends a file of employees to the bot in the personal chat
 * (Teams hands the bot a download link) and gets the import's report card; anyone else,
 * or a link that does not lead to Teams' file storage, gets an answer saying why, and the
 * file is not even downloaded.
 */
@BotTest
class FileImportTests {

	static final String TEAM = "19:file-import-hr-team@thread.tacv2";

	@Autowired
	MockMvc mvc;

	@Autowired
	EmployeeDirectory employees;

	ConnectorStub connector = ConnectorStub.shared();

	IntakeChat chat;

	HttpServer files;

	final Map<String, byte[]> served = new ConcurrentHashMap<>();

	final AtomicInteger downloads = new AtomicInteger();

	@BeforeEach
	void setUp() throws Exception {
		this.connector.reset();
		BotConversation bot = new BotConversation(this.mvc, this.connector);
		this.chat = new IntakeChat(bot, this.connector);
		IntakeChat.linkStaff(bot, this.connector, TEAM, "HR",
				new Member("29:file-hanna", "aad-file-hanna", "Hanna de Boer", "hanna@contoso.example"));
		this.files = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.files.createContext("/", exchange -> {
			byte[] body = this.served.get(exchange.getRequestURI().getPath());
			this.downloads.incrementAndGet();
			exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
			if (body != null) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
			exchange.close();
		});
		this.files.start();
	}

	@AfterEach
	void stop() {
		this.files.stop(0);
	}

	@Test
	void hrSendsAFileOfEmployeesAndGetsTheReport() throws Exception {
		String family = Surnames.unique();
		String upn = "noor." + family.toLowerCase(Locale.ROOT) + "@contoso.example";
		String url = serve("/employees.csv", "Name,UPN\nNoor " + family + "," + upn + "\nNo Address,jan@\n");

		JsonNode card = this.chat.say(withFile(fromHr("employees"), "employees.csv", "csv", url));

		assertThat(text(card)).contains("Import · employees.csv", "Created: 1", "Rejected: 1", "Row 3",
				"not a user principal name");
		assertThat(this.employees.findByUpn(upn)).isPresent();
	}

	@Test
	void someoneWhoIsNotHrIsRefusedAndTheFileIsNotDownloaded() throws Exception {
		String family = Surnames.unique();
		String upn = "noor." + family.toLowerCase(Locale.ROOT) + "@contoso.example";
		String url = serve("/not-hr.csv", "Name,UPN\nNoor " + family + "," + upn + "\n");

		JsonNode card = this.chat.say(withFile(TeamsActivity.personalMessage("employees"), "not-hr.csv", "csv", url));

		assertThat(text(card)).contains("Only HR staff import employees", "Nothing was imported");
		assertThat(this.downloads).hasValue(0);
		assertThat(this.employees.findByUpn(upn)).isEmpty();
	}

	@Test
	void hrSendingAssetsIsToldThatAssetsAreForIt() throws Exception {
		String url = serve("/assets.csv", "Type,Serial Number\nlaptop,SN-" + Surnames.unique() + "\n");

		JsonNode card = this.chat.say(withFile(fromHr("assets"), "assets.csv", "csv", url));

		assertThat(text(card)).contains("Only IT staff import assets");
		assertThat(this.downloads).hasValue(0);
	}

	@Test
	void aLinkOutsideTeamsFileStorageIsNotFollowed() throws Exception {
		JsonNode card = this.chat
			.say(withFile(fromHr("employees"), "employees.csv", "csv", "https://files.example.org/employees.csv"));

		assertThat(text(card)).contains("does not come from Teams' own file storage");
	}

	@Test
	void aFileOfAnotherKindIsRefused() throws Exception {
		String url = serve("/notes.docx", "not a table");

		JsonNode card = this.chat.say(withFile(fromHr("employees"), "notes.docx", "docx", url));

		assertThat(text(card)).contains("Send a CSV file or an Excel workbook");
		assertThat(this.downloads).hasValue(0);
	}

	private String serve(String path, String content) {
		this.served.put(path, content.getBytes(StandardCharsets.UTF_8));
		return "http://127.0.0.1:" + this.files.getAddress().getPort() + path;
	}

	private static TeamsActivity fromHr(String text) {
		return TeamsActivity.personalMessage(text)
			.conversation("a:personal-file-hanna")
			.from("29:file-hanna", "aad-file-hanna", "Hanna de Boer");
	}

	/** The attachment Teams adds when someone sends a file in a personal chat. */
	private static TeamsActivity withFile(TeamsActivity message, String name, String type, String url) {
		ObjectNode attachment = JsonNodeFactory.instance.objectNode();
		attachment.put("contentType", FileImports.DOWNLOAD_INFO);
		attachment.put("name", name);
		attachment.put("contentUrl", "https://contoso.sharepoint.com/personal/hanna/Documents/" + name);
		ObjectNode content = attachment.putObject("content");
		content.put("downloadUrl", url);
		content.put("uniqueId", "1150D938-8870-4044-9F2C-5BBDEBA70C9D");
		content.put("fileType", type);
		message.node().putArray("attachments").add(attachment);
		return message;
	}

}
