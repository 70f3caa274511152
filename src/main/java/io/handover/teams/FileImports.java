package io.handover.teams;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import io.handover.asset.AssetImport;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.common.Actor;
import io.handover.employee.EmployeeImport;
import io.handover.hr.EmploymentImport;
import io.handover.imports.CsvUpload;
import io.handover.imports.ImportReport;
import io.handover.system.ProductionMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;

/**
 * A file sent to the bot in the personal chat (Teams hands the bot a short-lived,
 * pre-authorised download link,
 * {@code application/vnd.microsoft.teams.file.download.info}; the app's manifest says
 * {@code supportsFiles}): HR staff import employees or HR's employments from it, IT staff
 * assets, as CSV or XLSX, and get the report card. Anyone else, or a file of the wrong
 * kind, gets an answer saying why, and nothing is read. The link is followed only to
 * SharePoint (where Teams keeps chat files), or to this machine in local mode.
 */
@Component
class FileImports {

	private static final Logger log = LoggerFactory.getLogger(FileImports.class);

	static final String DOWNLOAD_INFO = "application/vnd.microsoft.teams.file.download.info";

	private static final List<String> FILE_HOSTS = List.of(".sharepoint.com", ".sharepoint.us", ".sharepoint-df.com",
			".sharepoint.de", ".sharepoint.cn");

	/** What a file holds: said in the message, else employees. */
	enum Kind {

		EMPLOYEES("HR"), EMPLOYMENTS("HR"), ASSETS("IT");

		final String department;

		Kind(String department) {
			this.department = department;
		}

	}

	private final DepartmentStaff staff;

	private final EmployeeImport employees;

	private final AssetImport assets;

	private final EmploymentImport employments;

	private final Cards cards;

	private final boolean local;

	private final long maxBytes;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	FileImports(DepartmentStaff staff, EmployeeImport employees, AssetImport assets, EmploymentImport employments,
			Cards cards, Environment environment, @Value("${handover.limits.import-body:50MB}") DataSize maxBytes) {
		this.staff = staff;
		this.employees = employees;
		this.assets = assets;
		this.employments = employments;
		this.cards = cards;
		this.local = !ProductionMode.isOn(environment);
		this.maxBytes = maxBytes.toBytes();
	}

	/** The file a message carries, if any. */
	static Optional<Attachment> fileOf(Activity activity) {
		if (activity.getAttachments() == null) {
			return Optional.empty();
		}
		return activity.getAttachments().stream().filter(a -> DOWNLOAD_INFO.equals(a.getContentType())).findFirst();
	}

	Activity answer(ChatMessage message, Attachment file) {
		Locale locale = message.locale();
		String name = file.getName() == null ? "file" : file.getName();
		if (!message.isPersonal()) {
			return refusal(locale, "personalOnly", name);
		}
		Kind kind = kindOf(message.text());
		if (!this.staff.isMember(kind.department, message.from())) {
			log.info("Refused a {} file from {}: not {} staff", kind, message.from().id(), kind.department);
			return refusal(locale, kind == Kind.ASSETS ? "assetsForIt" : "peopleForHr", name);
		}
		JsonNode content = SdkJson.fromSdk(file.getContent());
		String type = content == null ? "" : content.path("fileType").asString("").toLowerCase(Locale.ROOT);
		if (!type.equals("csv") && !type.equals("xlsx")) {
			return refusal(locale, "fileType", name);
		}
		String url = content.path("downloadUrl").asString("");
		if (!allowed(url)) {
			log.warn("Refused to download {} from {}: not a SharePoint address", name, url);
			return refusal(locale, "fileHost", name);
		}
		Actor by = message.from().actor(null);
		ImportReport report;
		try (InputStream body = download(url)) {
			report = type.equals("xlsx") ? importXlsx(kind, body, by) : importCsv(kind, body, by);
		}
		catch (IOException | InterruptedException | RuntimeException failed) {
			if (failed instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			log.warn("Could not read {} sent by {}: {}", name, message.from().id(), failed.getMessage());
			return refusal(locale, "fileUnreadable", name);
		}
		return Replies.card(report(name, kind, report, locale));
	}

	private ImportReport importXlsx(Kind kind, InputStream body, Actor by) {
		return switch (kind) {
			case EMPLOYEES -> this.employees.importXlsx(body, by);
			case EMPLOYMENTS -> this.employments.importXlsx(body, "file");
			case ASSETS -> this.assets.importXlsx(body, by);
		};
	}

	private ImportReport importCsv(Kind kind, InputStream body, Actor by) {
		try (CsvUpload upload = CsvUpload.receive(body, "text/csv")) {
			return upload.refusal().orElseGet(() -> switch (kind) {
				case EMPLOYEES -> this.employees.importCsv(upload.reader(), by);
				case EMPLOYMENTS -> this.employments.importCsv(upload.reader(), "file");
				case ASSETS -> this.assets.importCsv(upload.reader(), by);
			});
		}
	}

	static Kind kindOf(String text) {
		String words = text == null ? "" : text.toLowerCase(Locale.ROOT);
		if (words.contains("asset") || words.contains("cmdb") || words.contains("middelen")) {
			return Kind.ASSETS;
		}
		if (words.contains("employment") || words.contains("hire") || words.contains("dienstverband")
				|| words.contains("hr")) {
			return Kind.EMPLOYMENTS;
		}
		return Kind.EMPLOYEES;
	}

	private boolean allowed(String url) {
		try {
			URI uri = URI.create(url);
			String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
			if (this.local && (host.equals("localhost") || host.equals("127.0.0.1"))) {
				return true;
			}
			return "https".equals(uri.getScheme()) && FILE_HOSTS.stream().anyMatch(host::endsWith);
		}
		catch (IllegalArgumentException notAUrl) {
			return false;
		}
	}

	private InputStream download(String url) throws IOException, InterruptedException {
		HttpResponse<InputStream> response = this.http.send(
				HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
				HttpResponse.BodyHandlers.ofInputStream());
		if (response.statusCode() != 200) {
			response.body().close();
			throw new IOException("the download answered " + response.statusCode());
		}
		byte[] bytes = response.body().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBytes + 1));
		response.body().close();
		if (bytes.length > this.maxBytes) {
			throw new IOException("the file is larger than " + this.maxBytes + " bytes");
		}
		return new java.io.ByteArrayInputStream(bytes);
	}

	private Activity refusal(Locale locale, String reason, String fileName) {
		return Replies.card(this.cards.render(CardName.IMPORT_REPORT,
				Map.of("fileName", fileName, "refused", true, "reason", reason), locale));
	}

	private tools.jackson.databind.node.ObjectNode report(String fileName, Kind kind, ImportReport report,
			Locale locale) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("fileName", fileName);
		data.put("refused", false);
		data.put("kind", kind.name().toLowerCase(Locale.ROOT));
		data.put("created", report.created());
		data.put("updated", report.updated());
		data.put("unchanged", report.unchanged());
		data.put("rejected", report.rejected());
		data.put("problems",
				report.problems()
					.stream()
					.limit(20)
					.flatMap(row -> row.problems()
						.stream()
						.map(problem -> Map.of("row", row.row(), "field",
								problem.field() == null ? "" : problem.field(), "reason", problem.reason())))
					.toList());
		return this.cards.render(CardName.IMPORT_REPORT, data, locale);
	}

}
