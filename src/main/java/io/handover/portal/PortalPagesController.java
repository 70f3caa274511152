package io.handover.portal;

import io.handover.asset.AssetHistory;
import io.handover.common.Limits;
import io.handover.task.TaskStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data of the portal's department queues, register, person and asset pages,
 * outstanding assets and admin page. Production: any Handover role (the security
 * configuration), then what the role shows ({@link PortalPagesQuery}).
 */
@RestController
@Validated
@RequestMapping("/api/portal")
@Tag(name = "Portal", description = "The overview tab in Teams, Outlook and the Microsoft 365 app")
class PortalPagesController {

	private static final String TRIAL = "local mode only: view as this configured trial person (object id or UPN)";

	private final PortalPagesQuery pages;

	private final PortalViewer viewer;

	PortalPagesController(PortalPagesQuery pages, PortalViewer viewer) {
		this.pages = pages;
		this.viewer = viewer;
	}

	@GetMapping("/queues")
	@Operation(summary = "The department queues: open tasks due this week (and overdue), filterable",
			description = "HR and Administrators: every department; department staff: their department (another "
					+ "department's queue: 403); a manager: the tasks on their own people's tickets.")
	PortalPages.Queues queues(@RequestParam(required = false) @Size(max = Limits.KEY) String department,
			@RequestParam(required = false) TaskStatus status,
			@RequestParam(required = false) @Size(max = Limits.NAME) String q,
			@Parameter(description = TRIAL) @RequestHeader(name = PortalViewer.TRIAL_USER,
					required = false) @Size(max = Limits.UPN) String trialUser) {
		return this.pages.queues(this.viewer.current(trialUser), trialUser != null && !trialUser.isBlank(), department,
				status, q);
	}

	@GetMapping("/register")
	@Operation(summary = "Search people (name, UPN) and assets (tag, serial number)",
			description = "HR, IT, FM and Administrators: everyone and the assets; a manager: their own people, "
					+ "no assets.")
	PortalPages.Register register(@RequestParam(required = false) @Size(max = Limits.NAME) String q,
			@Parameter(description = TRIAL) @RequestHeader(name = PortalViewer.TRIAL_USER,
					required = false) @Size(max = Limits.UPN) String trialUser) {
		return this.pages.register(this.viewer.current(trialUser), q);
	}

	@GetMapping("/people/{id}")
	@Operation(summary = "A person's page: their active tickets, what they hold, their signed handovers",
			description = "HR, IT, FM and Administrators: anyone (holdings and signatures included); a manager: "
					+ "their own people, without the asset register; others 403, audited.")
	PortalPages.PersonPage person(@PathVariable @Size(max = Limits.ID) String id,
			@Parameter(description = TRIAL) @RequestHeader(name = PortalViewer.TRIAL_USER,
					required = false) @Size(max = Limits.UPN) String trialUser) {
		return this.pages.person(this.viewer.current(trialUser), id);
	}

	@GetMapping("/assets/{key}")
	@Operation(summary = "An asset's history: who held it, with the signed handover records",
			description = "By id, tag or serial number. HR, IT, FM and Administrators; others 403, audited.")
	AssetHistory asset(@PathVariable @Size(max = Limits.SERIAL_NUMBER) String key,
			@Parameter(description = TRIAL) @RequestHeader(name = PortalViewer.TRIAL_USER,
					required = false) @Size(max = Limits.UPN) String trialUser) {
		return this.pages.asset(this.viewer.current(trialUser), key);
	}

	@GetMapping("/outstanding")
	@Operation(summary = "Assets still on the names of people whose last working day has passed",
			description = "HR, IT, FM and Administrators: everyone's, a page at a time (next: the cursor); a "
					+ "manager: their own people's.")
	PortalPages.OutstandingAssets outstanding(@RequestParam(required = false) @Size(max = Limits.CURSOR) String after,
			@RequestParam(defaultValue = "200") @Range(min = 1, max = 1000) int limit,
			@Parameter(description = TRIAL) @RequestHeader(name = PortalViewer.TRIAL_USER,
					required = false) @Size(max = Limits.UPN) String trialUser) {
		return this.pages.outstanding(this.viewer.current(trialUser), after, limit);
	}

	@GetMapping("/admin")
	@Operation(summary = "Role profiles, application register, departments (links, members), HR sources, job table",
			description = "Administrators: everything; HR: the HR sources and the job table; others 403, audited.")
	PortalPages.Admin admin(@Parameter(description = TRIAL) @RequestHeader(name = PortalViewer.TRIAL_USER,
			required = false) @Size(max = Limits.UPN) String trialUser) {
		return this.pages.admin(this.viewer.current(trialUser));
	}

}
