package io.handover.imports;

import io.handover.common.Limits;
import io.handover.system.ApiCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An import's progress and cancel, by the id of its {@code Handover-Import} header: for
 * the person who started it or an Administrator (anyone else 403, audited).
 */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports", description = "How far a running import got, and its cancel")
@Validated
class ImportRunController {

	private final ImportRuns runs;

	ImportRunController(ImportRuns runs) {
		this.runs = runs;
	}

	@GetMapping("/{id}")
	@Operation(summary = "How far an import got: rows read, created, updated, unchanged, rejected, and its state "
			+ "(RUNNING, DONE, CANCELLED with why, FAILED with why)")
	ImportRuns.ImportRun get(@PathVariable @Size(max = Limits.ID) String id) {
		return this.runs.get(id, ApiCaller.current());
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Cancel a running import: it stops before its next batch of rows; the rows imported "
			+ "before stay (import the file again to finish it). 409 when it has finished already.")
	ResponseEntity<ImportRuns.ImportRun> cancel(@PathVariable @Size(max = Limits.ID) String id) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(this.runs.cancel(id, ApiCaller.current()));
	}

}
