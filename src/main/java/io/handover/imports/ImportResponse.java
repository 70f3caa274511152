package io.handover.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.handover.common.Actor;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer of every CSV import endpoint (employees, assets): the upload is streamed to
 * a private temporary file and decoded strictly before any row is imported
 * ({@link CsvUpload}); then the answer's headers go out before the first row is imported
 * — {@value #HEADER} names the import, for {@code GET /api/imports/{id}} (progress) and
 * {@code DELETE /api/imports/{id}} (cancel) — and the rows' results follow as each batch
 * is done, never held whole: {@code {"import": id, "rows": [...], "created": n,
 * "updated": n, "unchanged": n, "rejected": n, "state": "DONE", "reason": null}}. A
 * client that went away shows as a failed write, which stops the import after its batch.
 */
@Component
public class ImportResponse {

	/** The response header naming a CSV import, for progress and cancel. */
	public static final String HEADER = "Handover-Import";

	private final ImportRuns runs;

	private final JsonMapper json;

	ImportResponse(ImportRuns runs, JsonMapper json) {
		this.runs = runs;
		this.json = json;
	}

	/** Runs an import of a decoded file under its record, streaming its results. */
	@FunctionalInterface
	public interface Importer {

		BatchedImport.Ended run(Reader csv, String runId, BatchedImport.Results results);

	}

	/**
	 * Receives, checks and imports a CSV upload of {@code kind}, streaming the report.
	 */
	public void csv(String kind, InputStream body, String contentType, Actor by, HttpServletResponse response,
			Importer importer) throws IOException {
		try (CsvUpload upload = CsvUpload.receive(body, contentType)) {
			Optional<ImportReport> refusal = upload.refusal();
			if (refusal.isPresent()) {
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				this.json.writeValue(response.getOutputStream(), refusal.get());
				return;
			}
			ImportRuns.ImportRun run = this.runs.start(kind, by);
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setHeader(HEADER, run.id());
			response.setHeader(HttpHeaders.CONTENT_LOCATION, "/api/imports/" + run.id());
			ReportStream report = new ReportStream(response.getOutputStream(), run.id());
			try {
				response.flushBuffer();
			}
			catch (IOException gone) {
				// the client left before the first row: the import stops at once
				report.gone = true;
			}
			BatchedImport.Ended ended = importer.run(upload.reader(), run.id(), report);
			report.end(ended);
		}
	}

	private final class ReportStream implements BatchedImport.Results {

		private final OutputStream out;

		private boolean first = true;

		private boolean gone;

		ReportStream(OutputStream out, String id) {
			this.out = out;
			write("{\"import\":" + ImportResponse.this.json.writeValueAsString(id) + ",\"rows\":[");
		}

		@Override
		public void accept(ImportReport.Row row) {
			write((this.first ? "" : ",") + ImportResponse.this.json.writeValueAsString(row));
			this.first = false;
		}

		@Override
		public void batchDone() {
			if (this.gone) {
				throw new UncheckedIOException(new IOException("the client went away"));
			}
			try {
				this.out.flush();
			}
			catch (IOException ex) {
				this.gone = true;
				throw new UncheckedIOException(ex);
			}
		}

		void end(BatchedImport.Ended ended) {
			if (this.gone) {
				return;
			}
			ImportReport.Tally tally = ended.tally();
			Map<String, Object> end = new LinkedHashMap<>();
			end.put("created", tally.created());
			end.put("updated", tally.updated());
			end.put("unchanged", tally.unchanged());
			end.put("rejected", tally.rejected());
			end.put("state", ended.state());
			end.put("reason", ended.reason());
			String counts = ImportResponse.this.json.writeValueAsString(end);
			try {
				write("]," + counts.substring(1));
				this.out.flush();
			}
			catch (UncheckedIOException | IOException ex) {
				// gone at the very end: the import's record holds the same
			}
		}

		private void write(String text) {
			if (this.gone) {
				return;
			}
			try {
				this.out.write(text.getBytes(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				this.gone = true;
				throw new UncheckedIOException(ex);
			}
		}

	}

}
