package io.handover.asset;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.handover.access.PaperSignatures;
import io.handover.asset.OutstandingPage.Cursor;
import io.handover.common.Actor;
import io.handover.common.Limits;
import io.handover.common.NotFound;
import io.handover.imports.ImportReport;
import io.handover.imports.ImportResponse;
import io.handover.system.ApiCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/assets")
@Tag(name = "Assets", description = "The asset register (CMDB): who holds what")
@Validated
class AssetController {

	private final AssetRegister register;

	private final OutstandingList outstanding;

	private final AssetImport importer;

	private final Clock clock;

	private final PaperSignatures paper;

	private final ImportResponse imports;

	AssetController(AssetRegister register, OutstandingList outstanding, AssetImport importer, Clock clock,
			PaperSignatures paper, ImportResponse imports) {
		this.paper = paper;
		this.imports = imports;
		this.register = register;
		this.outstanding = outstanding;
		this.importer = importer;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Assets by status and/or type")
	List<AssetHolder> assets(@RequestParam(required = false) AssetStatus status,
			@RequestParam(required = false) @Size(max = Limits.ASSET_TYPE) String type,
			@RequestParam(defaultValue = "200") @Range(min = 1, max = 1000) int limit) {
		return this.register.assets(status, type, limit);
	}

	@GetMapping("/{tagOrSerial}")
	@Operation(summary = "An asset by tag or serial number, and who holds it")
	AssetHolder holderOf(@PathVariable @Size(max = Limits.SERIAL_NUMBER) String tagOrSerial) {
		return this.register.holderOf(tagOrSerial)
			.or(() -> this.register.asset(tagOrSerial))
			.orElseThrow(() -> new NotFound("Asset", tagOrSerial));
	}

	@GetMapping("/held-by/{employeeId}")
	@Operation(summary = "Every asset on an employee's name now")
	List<Holding> holdingsOf(@PathVariable @Size(max = Limits.ID) String employeeId) {
		return this.register.holdingsOf(employeeId);
	}

	@GetMapping("/outstanding")
	@Operation(summary = "Assets still on the name of leavers whose last working day is before the given day "
			+ "(default today), by last working day, leaver, type and tag; a page at a time, the next page "
			+ "in the Link header (rel=\"next\")")
	ResponseEntity<List<Outstanding>> outstanding(@RequestParam(required = false) LocalDate today,
			@RequestParam(defaultValue = "100") @Range(min = 1, max = 1000) int limit,
			@RequestParam(required = false) @Size(max = Limits.CURSOR) String after) {
		LocalDate day = today != null ? today : LocalDate.now(this.clock);
		OutstandingPage page = this.outstanding.page(day, after == null ? null : Cursor.of(after), limit);
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
		if (page.next() != null) {
			URI next = UriComponentsBuilder.fromPath("/api/assets/outstanding")
				.queryParam("today", day)
				.queryParam("limit", limit)
				.queryParam("after", page.next().token())
				.build()
				.toUri();
			answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
		}
		return answer.body(page.items());
	}

	@PostMapping("/issue")
	@Operation(summary = "Issue the asset with this serial number to an employee (from stock, or registered now); "
			+ "idempotent for the same employee")
	Holding issue(@Valid @RequestBody IssueRequest request) {
		return this.register.issue(request, ApiCaller.current());
	}

	@PostMapping("/assignments/{assignmentId}/return")
	@Operation(summary = "Staff record that the employee signed the return on paper",
			description = "signerId must be the caller's own object id or UPN: nobody signs for an employee "
					+ "through the API. The record and the audit entry name the caller.")
	Holding returnedByEmployee(@PathVariable @Size(max = Limits.ID) String assignmentId,
			@Valid @RequestBody Signature signature) {
		Actor caller = ApiCaller.current();
		this.paper.requireCallerSigns(caller, signature.signerId(), "assignment", assignmentId);
		return this.register.recordPaperReturn(assignmentId, caller, signature.contentShown());
	}

	@PostMapping("/assignments/{assignmentId}/receipt")
	@Operation(summary = "Staff confirm receipt (condition good → back in stock; damaged → returned, awaiting repair)")
	Holding confirmReceipt(@PathVariable @Size(max = Limits.ID) String assignmentId,
			@Valid @RequestBody(required = false) Receipt receipt) {
		return this.register.confirmReceipt(assignmentId, ApiCaller.current(),
				receipt != null ? receipt.condition() : null);
	}

	@PostMapping("/assignments/{assignmentId}/lost")
	@Operation(summary = "Report the asset of an assignment lost")
	ResponseEntity<Void> reportLost(@PathVariable @Size(max = Limits.ID) String assignmentId,
			@Valid @RequestBody Reason reason) {
		this.register.reportLost(assignmentId, ApiCaller.current(), reason.why());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/receipts")
	@Operation(summary = "Staff record that a joiner signed for the assets issued to them on paper",
			description = "signature.signerId must be the caller's own object id or UPN: nobody signs for an "
					+ "employee through the API. The record and the audit entry name the caller.")
	ResponseEntity<HandoverRecord> signReceipt(@Valid @RequestBody ReceiptSignature receipt) {
		Actor caller = ApiCaller.current();
		this.paper.requireCallerSigns(caller, receipt.signature().signerId(), "employee", receipt.employeeId());
		HandoverRecord record = this.register.recordPaperReceipt(receipt.employeeId(), receipt.assignmentIds(), caller,
				receipt.signature().contentShown());
		return ResponseEntity.created(URI.create("/api/assets/handovers?employeeId=" + record.employeeId()))
			.body(record);
	}

	@GetMapping("/handovers")
	@Operation(summary = "The signed handover records of an employee")
	List<HandoverRecord> handovers(@RequestParam @NotBlank @Size(max = Limits.ID) String employeeId) {
		return this.register.handoversOf(employeeId);
	}

	@PostMapping("/{assetId}/restock")
	@Operation(summary = "Put a returned (repaired), wiped or found asset back in stock")
	AssetHolder restock(@PathVariable @Size(max = Limits.ID) String assetId,
			@Valid @RequestBody(required = false) Reason reason) {
		return this.register.restock(assetId, ApiCaller.current(), reason != null ? reason.why() : null);
	}

	@PostMapping("/{assetId}/wipe")
	@Operation(summary = "Record that a returned or lost asset was wiped")
	AssetHolder wipe(@PathVariable @Size(max = Limits.ID) String assetId,
			@Valid @RequestBody(required = false) Reason reason) {
		return this.register.wipe(assetId, ApiCaller.current(), reason != null ? reason.why() : null);
	}

	@PostMapping("/{assetId}/retire")
	@Operation(summary = "Take an asset out of service for good")
	AssetHolder retire(@PathVariable @Size(max = Limits.ID) String assetId, @Valid @RequestBody Reason reason) {
		return this.register.retire(assetId, ApiCaller.current(), reason.why());
	}

	@PostMapping(path = "/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@Operation(summary = "Import assets from CSV (tag, type, model, serialNumber, status, location, notes, "
			+ "assignedTo); reports every row. The answer's headers come before the first row is imported: "
			+ ImportResponse.HEADER + " names the import, for GET /api/imports/{id} (progress) and "
			+ "DELETE /api/imports/{id} (cancel); the rows' results follow as each batch is done.")
	void importCsv(InputStream body,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
			HttpServletResponse response) throws IOException {
		Actor by = ApiCaller.current();
		this.imports.csv("assets", body, contentType, by, response,
				(csv, runId, results) -> this.importer.importCsv(csv, by, runId, results));
	}

	@PostMapping(path = "/import", consumes = io.handover.imports.Spreadsheet.XLSX)
	@Operation(summary = "Import assets from the first sheet of an Excel workbook (XLSX), the same columns as the CSV; "
			+ "reports every row")
	ImportReport importXlsx(InputStream body) {
		return this.importer.importXlsx(body, ApiCaller.current());
	}

	record Receipt(@Size(max = 20) String condition) {
	}

	record Reason(@NotBlank @Size(max = 500) String why) {
	}

	record ReceiptSignature(@NotBlank @Size(max = Limits.ID) String employeeId,
			@NotEmpty @Size(max = 100) List<@NotBlank @Size(max = Limits.ID) String> assignmentIds,
			@NotNull @Valid Signature signature) {
	}

}
