package io.handover.portal;

import io.handover.common.Limits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portal's data. Production: any Handover role (the security configuration), and then
 * what the role shows: HR and Administrators everything, a manager their people,
 * department staff their department's tasks.
 */
@RestController
@Validated
@RequestMapping("/api/portal")
@Tag(name = "Portal", description = "The overview tab in Teams, Outlook and the Microsoft 365 app")
class PortalController {

	private final OverviewQuery overview;

	private final PortalViewer viewer;

	private final TicketPageQuery ticketPage;

	PortalController(OverviewQuery overview, PortalViewer viewer, TicketPageQuery ticketPage) {
		this.overview = overview;
		this.viewer = viewer;
		this.ticketPage = ticketPage;
	}

	@GetMapping("/overview")
	@Operation(summary = "What is coming, what each department owes, what is overdue, which leavers have residues",
			description = "One call for the overview page. What it holds follows the caller: HR and Administrators "
					+ "see every active ticket; a manager the tickets of the people the register names them manager "
					+ "of (and the joiners naming them, and what they requested); department staff the tasks of "
					+ "their departments. Starts and last days cover today and the next 27 days.")
	@ApiResponse(responseCode = "200", description = "The overview, with an ETag",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = Overview.class)))
	@ApiResponse(responseCode = "304",
			description = "Nothing it shows changed since the answer whose ETag came in If-None-Match")
	ResponseEntity<byte[]> overview(
			@Parameter(description = "local mode only: view as this configured trial person (object id "
					+ "or UPN)") @RequestHeader(name = PortalViewer.TRIAL_USER,
							required = false) @Size(max = Limits.UPN) String trialUser,
			@Parameter(description = "the ETag of an answer the caller holds") @RequestHeader(
					name = HttpHeaders.IF_NONE_MATCH, required = false) @Size(max = 2000) String ifNoneMatch) {
		OverviewQuery.Rendered answer = this.overview.rendered(this.viewer.current(trialUser),
				trialUser != null && !trialUser.isBlank());
		// private: each viewer's answer is their own; no-cache: asked again each time
		CacheControl cache = CacheControl.noCache().cachePrivate();
		if (matches(ifNoneMatch, answer.etag())) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(answer.etag()).cacheControl(cache).build();
		}
		return ResponseEntity.ok()
			.eTag(answer.etag())
			.cacheControl(cache)
			.contentType(MediaType.APPLICATION_JSON)
			.body(answer.json());
	}

	/**
	 * Whether If-None-Match names this tag (or any: {@code *}); weak tags compare too.
	 */
	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			if (tag.equals("*") || tag.equals(etag)) {
				return true;
			}
		}
		return false;
	}

	@GetMapping("/tickets/{key}")
	@Operation(summary = "One ticket's page: timeline, tasks per department, signatures, runbook steps, guard findings",
			description = "For those who may see the ticket (GET /api/tickets/{key}): HR, Administrators, the manager "
					+ "of record, the requester, the staff of a department with tasks on it; anyone else 403, audited. "
					+ "Signatures only for HR, IT, FM and Administrators (who read the asset register); refusals "
					+ "in the timeline only for HR and Administrators.")
	TicketPage ticket(@PathVariable @Size(max = Limits.TICKET_KEY) String key,
			@Parameter(description = "local mode only: view as this configured trial person") @RequestHeader(
					name = PortalViewer.TRIAL_USER, required = false) @Size(max = Limits.UPN) String trialUser) {
		return this.ticketPage.of(key, this.viewer.current(trialUser));
	}

}
