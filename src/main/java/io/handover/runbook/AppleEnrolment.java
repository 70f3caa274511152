package io.handover.runbook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.handover.access.Access;
import io.handover.asset.AssetHolder;
import io.handover.asset.AssetRegister;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.common.InvalidInput;
import io.handover.common.NotFound;
import io.handover.common.Refusal;
import io.handover.enrolment.AppleBusinessProperties;
import io.handover.enrolment.DeviceEnrolment;
import io.handover.enrolment.EnrolmentFailure;
import io.handover.enrolment.EnrolmentStep;
import io.handover.task.NewTask;
import io.handover.task.TaskStatus;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Apple devices the way Windows laptops go through Autopilot, through Apple Business.
 * <p>
 * Joiner: when IT completes the issue task of a Mac, iPhone or iPad with its serial
 * number, the device is assigned to the organisation's device management service
 * (Intune's entry in Apple Business), so it enrols itself when the joiner first switches
 * it on; the activity is followed on the runbook schedule, a bounded number of times, and
 * recorded on the task. A serial Apple Business does not know becomes IT's task to add it
 * with Apple Configurator; a refusal, outage or failed activity blocks the task with
 * Apple's words and "Retry now" on IT's card.
 * <p>
 * Leaver: a returned device stays assigned (ready for the next joiner). A device disposed
 * of or sold is released from the organisation only after a second IT person approves it,
 * as a remote wipe is.
 */
@Service
public class AppleEnrolment {

	static final String KIND = "apple";

	static final String ASSIGN_TASK = "it.device.apple.assign";

	static final String CONFIGURATOR_TASK = "it.device.apple.configurator";

	static final String RELEASE_TASK = "it.device.apple.release";

	static final String BLOCKED_PREFIX = "Apple Business: ";

	static final String WAITING_FOR_APPROVAL = "Waiting for a second IT staff member to approve releasing ";

	private static final Set<String> ISSUE_TASKS = Set.of("it.laptop.issue", "it.phone.issue", "it.asset.issue");

	private static final Set<String> COLLECT_TASKS = Set.of("it.laptop.collect", "it.phone.collect",
			"it.asset.collect");

	private static final Actor RUNBOOK = LeaverRunbook.RUNBOOK;

	private final TicketManagement tickets;

	private final TaskManagement tasks;

	private final DeviceEnrolment enrolment;

	private final RunbookStore store;

	private final RunbookProperties properties;

	private final AppleBusinessProperties apple;

	private final Clock clock;

	private final Access access;

	private final AuditTrail audit;

	private final AssetRegister assets;

	private final AppleRecognition recognition;

	AppleEnrolment(TicketManagement tickets, TaskManagement tasks, DeviceEnrolment enrolment, RunbookStore store,
			RunbookProperties properties, AppleBusinessProperties apple, Clock clock, Access access, AuditTrail audit,
			AssetRegister assets, AppleRecognition recognition) {
		this.tickets = tickets;
		this.tasks = tasks;
		this.enrolment = enrolment;
		this.store = store;
		this.properties = properties;
		this.apple = apple;
		this.clock = clock;
		this.access = access;
		this.audit = audit;
		this.assets = assets;
		this.recognition = recognition;
	}

	/** Whether anything is due for this ticket's Apple devices now. */
	boolean hasWork(TicketView ticket, Instant now) {
		Optional<RunbookRecord> record = this.store.find(id(ticket.key()));
		if (ticket.kind() == TicketKind.JOINER && !issued(ticket, record.orElse(null)).isEmpty()) {
			return true;
		}
		return record.isPresent() && record.get().appleDevices.stream().anyMatch(device -> due(ticket, device, now));
	}

	private boolean due(TicketView ticket, AppleDevice device, Instant now) {
		return switch (device.state) {
			case TO_SEND, SUBMITTED -> device.due(now) && !closed(ticket, device.taskId);
			case UNKNOWN -> device.configuratorTaskId != null && ticket.tasks()
				.stream()
				.anyMatch(t -> t.id().equals(device.configuratorTaskId) && t.status() == TaskStatus.DONE);
			default -> false;
		};
	}

	/**
	 * Does what is due for the ticket's Apple devices: assigns the ones just issued,
	 * follows activities, tries again what failed once its wait has passed. Running it
	 * again does nothing twice.
	 */
	public RunbookReport run(String ticketKey, Actor by) {
		Optional<RunbookRecord> claimed = this.store.claim(id(ticketKey), ticketKey, KIND);
		if (claimed.isEmpty()) {
			return RunbookReport.busy(ticketKey);
		}
		RunbookRecord record = claimed.get();
		try {
			TicketView ticket = this.tickets.get(ticketKey);
			List<RunbookReport.StepReport> reports = new ArrayList<>();
			if (ticket.kind() == TicketKind.JOINER) {
				for (TaskView issued : issued(ticket, record)) {
					AppleDevice device = new AppleDevice(AppleDevice.Action.ASSIGN,
							issued.inputs().get("serialNumber").strip(),
							issued.asset() != null ? issued.asset().model() : null, issued.id());
					TaskView task = added(ticket,
							new NewTask(ASSIGN_TASK, "IT",
									"Assign " + device.shown() + " to the device management service in Apple Business",
									"So that it enrols itself with the organisation's device management when "
											+ ticket.employee().name() + " first switches it on",
									device.serialNumber));
					device.taskId = task.id();
					record.appleDevices.add(device);
					this.store.save(record);
				}
			}
			Instant now = this.clock.instant();
			TicketView current = this.tickets.get(ticketKey);
			for (AppleDevice device : record.appleDevices) {
				if (due(current, device, now)) {
					reports.add(step(current, record, device));
				}
			}
			return new RunbookReport(ticketKey, true, reports);
		}
		finally {
			this.store.release(record);
		}
	}

	/** Sends or follows one device's change, and shows the outcome on its task. */
	private RunbookReport.StepReport step(TicketView ticket, RunbookRecord record, AppleDevice device) {
		TaskView task = this.tasks.get(device.taskId);
		try {
			EnrolmentStep step;
			if (device.state == AppleDevice.State.SUBMITTED) {
				step = this.enrolment.follow(device.serialNumber, device.activityId);
				device.checks++;
			}
			else {
				step = device.action == AppleDevice.Action.ASSIGN ? this.enrolment.assign(device.serialNumber)
						: this.enrolment.release(device.serialNumber);
				if (step.status() == EnrolmentStep.Status.SUBMITTED) {
					// activities often finish in seconds: one look now saves a minute
					record(task, device, step);
					device.activityId = step.activityId();
					device.checks = 0;
					device.state = AppleDevice.State.SUBMITTED;
					this.store.save(record);
					step = this.enrolment.follow(device.serialNumber, device.activityId);
					device.checks++;
				}
			}
			device.failures = 0;
			return outcome(ticket, record, device, task, step);
		}
		catch (EnrolmentFailure failure) {
			device.failures++;
			device.nextAt = this.clock.instant().plus(this.properties.retryAfter(device.failures));
			this.store.save(record);
			this.tasks.recordResult(task.id(),
					appendTo(this.tasks.get(task.id()),
							"failed: " + failure.describe() + LeaverRunbook.nextAttempt(device.nextAt, this.clock)),
					false, RUNBOOK);
			block(task.id(), BLOCKED_PREFIX + failure.describe());
			return new RunbookReport.StepReport(task.id(), task.title(), "blocked: " + failure.describe());
		}
	}

	private RunbookReport.StepReport outcome(TicketView ticket, RunbookRecord record, AppleDevice device, TaskView task,
			EnrolmentStep step) {
		Instant now = this.clock.instant();
		switch (step.status()) {
			case DRY_RUN -> {
				device.state = AppleDevice.State.DRY_RUN;
				this.store.save(record);
				this.tasks.recordResult(task.id(), "Dry run (no Apple Business API account): nothing was sent.\n"
						+ step.summary() + "\n" + lines("would send ", step), true, RUNBOOK);
				return new RunbookReport.StepReport(task.id(), task.title(), "dry run");
			}
			case SUBMITTED -> {
				if (device.checks >= this.apple.activityChecks()) {
					device.state = AppleDevice.State.STALLED;
					this.store.save(record);
					record(task, device, step);
					String why = BLOCKED_PREFIX + "activity " + device.activityId + " has not finished after "
							+ device.checks + " checks; see it in Apple Business, then retry";
					block(task.id(), why);
					return new RunbookReport.StepReport(task.id(), task.title(), "blocked: " + why);
				}
				// a bounded schedule: the wait doubles with each look, up to half an hour
				device.nextAt = now.plus(checkWait(device.checks));
				this.store.save(record);
				record(task, device, step);
				return new RunbookReport.StepReport(task.id(), task.title(), "in progress");
			}
			case UNKNOWN_DEVICE -> {
				device.state = AppleDevice.State.UNKNOWN;
				record(task, device, step);
				if (device.configuratorTaskId == null || closed(ticket, device.configuratorTaskId)) {
					TaskView configurator = added(ticket, new NewTask(CONFIGURATOR_TASK, "IT",
							"Add " + device.shown() + " to Apple Business with Apple Configurator",
							"Apple Business does not know this serial number: the device was not bought through the "
									+ "organisation's reseller. Add it with Apple Configurator (on a Mac, or Apple "
									+ "Configurator for iPhone next to the device), then complete this task: Handover "
									+ "assigns it to the device management service.",
							device.serialNumber));
					device.configuratorTaskId = configurator.id();
				}
				this.store.save(record);
				String why = BLOCKED_PREFIX + device.serialNumber
						+ " is not in Apple Business: add it with Apple Configurator (its own task), then it is assigned";
				block(task.id(), why);
				return new RunbookReport.StepReport(task.id(), task.title(), "blocked: " + why);
			}
			case FAILED -> {
				device.state = AppleDevice.State.FAILED;
				this.store.save(record);
				record(task, device, step);
				block(task.id(), BLOCKED_PREFIX + step.summary());
				return new RunbookReport.StepReport(task.id(), task.title(), "blocked: " + step.summary());
			}
			default -> {
				// COMPLETED or ALREADY_DONE
				device.state = AppleDevice.State.DONE;
				this.store.save(record);
				record(task, device, step);
				Actor by = device.approval != null ? device.approval.by() : RUNBOOK;
				if (device.action == AppleDevice.Action.RELEASE) {
					retire(task, device, by);
				}
				if (this.tasks.get(task.id()).status() == TaskStatus.BLOCKED) {
					this.tasks.unblock(task.id(), by, null);
				}
				if (this.tasks.get(task.id()).status().isOpen()) {
					this.tasks.complete(task.id(), Map.of(), by, null);
				}
				return new RunbookReport.StepReport(task.id(), task.title(),
						step.status() == EnrolmentStep.Status.ALREADY_DONE ? "already done" : "done");
			}
		}
	}

	/**
	 * A released device has left the organisation: the asset register retires it (off the
	 * leaver's name if it still was, e.g. sold to them), and the task says so. When the
	 * register cannot, the task says that too.
	 */
	private void retire(TaskView task, AppleDevice device, Actor by) {
		String text;
		try {
			TaskView collect = this.tasks.get(device.sourceTaskId);
			String assetId = collect.asset() != null ? collect.asset().assetId() : null;
			if (assetId == null) {
				assetId = this.assets.holderOf(device.serialNumber).map(AssetHolder::assetId).orElse(null);
			}
			if (assetId == null) {
				text = "The asset register has no asset with serial number " + device.serialNumber
						+ ": nothing to retire there";
			}
			else {
				boolean onTheirName = this.assets.asset(assetId).map(a -> a.employeeId() != null).orElse(false);
				AssetHolder retired = this.assets.dispose(assetId, by, device.why);
				text = "Retired in the asset register (" + retired.status().name().toLowerCase(Locale.ROOT) + "): "
						+ device.why;
				if (onTheirName && collect.status().isOpen()) {
					// e.g. sold to the leaver: there is nothing to collect any more
					this.tasks.markNotNeeded(collect.id(), "Released from Apple Business and retired in the asset "
							+ "register (" + device.why + "): nothing to collect", by, null);
					text += "; its collect task is not needed any more";
				}
			}
		}
		catch (RuntimeException ex) {
			text = "Released from Apple Business, but the asset register could not retire " + device.serialNumber + ": "
					+ ex.getMessage() + "; retire it there by hand";
		}
		this.tasks.recordResult(task.id(), appendTo(this.tasks.get(task.id()), text), false, RUNBOOK);
	}

	private static Duration checkWait(int checks) {
		Duration wait = Duration.ofMinutes(1L << Math.min(checks - 1, 5));
		return wait.compareTo(Duration.ofMinutes(30)) > 0 ? Duration.ofMinutes(30) : wait;
	}

	/** The task's result grows with each step: what was sent, and what Apple said. */
	private void record(TaskView task, AppleDevice device, EnrolmentStep step) {
		TaskView now = this.tasks.get(task.id());
		this.tasks.recordResult(task.id(), appendTo(now, step.summary() + "\n" + lines("sent ", step)), false, RUNBOOK);
	}

	private static String appendTo(TaskView task, String text) {
		String before = task.result() != null && !task.dryRun() ? task.result() + "\n" : "";
		return (before + text).strip();
	}

	private static String lines(String prefix, EnrolmentStep step) {
		StringBuilder lines = new StringBuilder();
		step.requests().forEach(r -> lines.append(prefix).append(r).append('\n'));
		return lines.toString().strip();
	}

	// --- the leaver: release after a second approval

	/**
	 * IT asks to release a leaver's Apple device from the organisation (it is disposed of
	 * or sold): a task on IT's card waits for a second IT person's approval. Only
	 * verified IT staff may ask; asking again for the same device answers the same task.
	 * @param why e.g. "sold to the employee", "disposed of"
	 */
	public TaskView requestRelease(String ticketKey, String serialNumber, String why, Actor by, String refusalKey) {
		TicketView ticket = this.tickets.get(ticketKey);
		if (!StringUtils.hasText(serialNumber)) {
			throw new InvalidInput("serialNumber", "Which device? Give its serial number");
		}
		if (!StringUtils.hasText(why)) {
			throw new InvalidInput("why", "Say why the device leaves the organisation, e.g. sold or disposed of");
		}
		if (why.length() > 200) {
			throw new InvalidInput("why", "The reason is " + why.length() + " characters long; at most 200");
		}
		String reason = null;
		if (by == null || !by.isVerifiedPerson()) {
			reason = (by != null ? by.name() : "Someone")
					+ " could not be verified as one person; only verified IT staff can ask to release a device";
		}
		else if (!this.access.isStaff("IT", by)) {
			reason = "Only IT staff can ask to release a device from Apple Business.";
		}
		if (reason != null) {
			this.audit.recordOnce(refusalKey, "ticket", ticketKey, "refused",
					by != null ? by : Actor.unverified(null, "unknown", Channel.API), reason,
					Map.of("action", new Object[] { null, "ask to release " + serialNumber.strip() }));
			throw new Refusal("release-refused", "actor", reason);
		}
		if (ticket.kind() != TicketKind.LEAVER) {
			throw new Refusal("not-a-leaver", "ticket", ticketKey + " is not a leaver ticket");
		}
		String serial = serialNumber.strip();
		TaskView collect = ticket.tasks()
			.stream()
			.filter(t -> COLLECT_TASKS.contains(t.kind()) && t.asset() != null
					&& serial.equalsIgnoreCase(t.asset().serialNumber()))
			.findFirst()
			.orElseThrow(() -> new Refusal("not-this-leavers-device", "serialNumber",
					serial + " is not a device " + ticket.employee().name() + " hands back on " + ticketKey));
		if (!this.recognition.isApple(collect.asset().model(), collect.asset().serialNumber(), null)) {
			throw new Refusal("not-an-apple-device", "serialNumber", serial + " (" + collect.asset().model()
					+ ") does not enrol through Apple Business; nothing to release");
		}
		Optional<RunbookRecord> claimed = this.store.claim(id(ticketKey), ticketKey, KIND);
		if (claimed.isEmpty()) {
			throw new Refusal("runbook-busy", "Handover is working on " + ticketKey + "; try again in a minute");
		}
		RunbookRecord record = claimed.get();
		try {
			Optional<AppleDevice> asked = record.appleDevices.stream()
				.filter(d -> d.action == AppleDevice.Action.RELEASE && d.serialNumber.equalsIgnoreCase(serial))
				.findFirst();
			if (asked.isPresent()) {
				return this.tasks.get(asked.get().taskId);
			}
			AppleDevice device = new AppleDevice(AppleDevice.Action.RELEASE, collect.asset().serialNumber(),
					collect.asset().model(), collect.id());
			device.state = AppleDevice.State.AWAITING_APPROVAL;
			device.requestedBy = by;
			device.why = why.strip();
			TaskView task = added(ticket, new NewTask(RELEASE_TASK, "IT",
					"Release " + device.shown() + " from Apple Business (" + device.why + ")",
					"Once released, the device no longer enrols with the organisation's device management, "
							+ "and only Apple Configurator can add it back. A second IT staff member approves it on "
							+ "this card.",
					device.serialNumber));
			device.taskId = task.id();
			record.appleDevices.add(device);
			this.store.save(record);
			this.tasks.block(task.id(), WAITING_FOR_APPROVAL + device.shown() + " from Apple Business", RUNBOOK, null);
			this.audit.record("task", task.id(), "release-requested", by,
					"Release " + device.shown() + " from Apple Business: " + device.why,
					Map.of("serialNumber", new Object[] { null, device.serialNumber }));
			return this.tasks.get(task.id());
		}
		finally {
			this.store.release(record);
		}
	}

	/**
	 * A second IT staff member approves releasing the device: the release is sent now and
	 * followed. Refused, audited and nothing sent, for the person who asked for it, the
	 * ticket's opener, anyone unverified and anyone outside IT.
	 * @param refusalKey records a refusal once however often a click is redelivered
	 */
	public RunbookReport approveRelease(String taskId, Actor approver, String refusalKey) {
		String ticketKey = ticketKeyOf(taskId);
		TicketView ticket = this.tickets.get(ticketKey);
		AppleDevice asked = this.store.find(id(ticketKey))
			.flatMap(r -> r.appleDevices.stream()
				.filter(d -> d.action == AppleDevice.Action.RELEASE && taskId.equals(d.taskId))
				.findFirst())
			.orElseThrow(() -> new NotFound("Release of an Apple device", taskId));
		TaskView task = this.tasks.get(taskId);
		if (asked.approval != null) {
			return new RunbookReport(ticketKey, false, List.of(new RunbookReport.StepReport(taskId, task.title(),
					"already approved by " + asked.approval.by().name())));
		}
		String reason = null;
		if (approver == null || !approver.isVerifiedPerson()) {
			reason = (approver != null ? approver.name() : "Someone")
					+ " could not be verified as one person (a release is approved by a verified IT staff member; "
					+ "an unverified identity never approves)";
		}
		else if (asked.requestedBy != null && asked.requestedBy.isSamePersonAs(approver)) {
			reason = approver.name()
					+ " asked for this release; a second IT staff member must approve it before it is sent";
		}
		else if (ticket.requestedBy() != null && ticket.requestedBy().isSamePersonAs(approver)) {
			reason = approver.name() + " announced this leaver; a second IT staff member must approve the release";
		}
		else if (!this.access.isStaff("IT", approver)) {
			reason = "Only IT staff can approve releasing a device from Apple Business.";
		}
		if (reason != null) {
			Map<String, Object[]> changes = new LinkedHashMap<>();
			changes.put("action", new Object[] { null, "approve release" });
			if (asked.requestedBy != null) {
				changes.put("requester", new Object[] { null, asked.requestedBy.name() });
			}
			this.audit.recordOnce(refusalKey, "task", taskId, "refused",
					approver != null ? approver : Actor.unverified(null, "unknown", Channel.API), reason, changes);
			throw new Refusal("second-approval-required", "approver", reason);
		}
		Optional<RunbookRecord> claimed = this.store.claim(id(ticketKey), ticketKey, KIND);
		if (claimed.isEmpty()) {
			throw new Refusal("runbook-busy",
					"Handover is releasing " + asked.serialNumber + "; approve again in a minute");
		}
		RunbookRecord record = claimed.get();
		try {
			AppleDevice device = record.appleDevices.stream()
				.filter(d -> taskId.equals(d.taskId))
				.findFirst()
				.orElseThrow();
			if (device.approval != null) {
				return new RunbookReport(ticketKey, false, List.of(new RunbookReport.StepReport(taskId, task.title(),
						"already approved by " + device.approval.by().name())));
			}
			device.approval = new RunbookRecord.Approval(taskId, approver, this.clock.instant());
			device.state = AppleDevice.State.TO_SEND;
			device.nextAt = null;
			this.store.save(record);
			this.audit.record("task", taskId, "release-approved", approver,
					"Second approval of releasing " + device.shown() + " from Apple Business", Map.of("requester",
							new Object[] { null, device.requestedBy != null ? device.requestedBy.name() : null }));
			this.tasks.recordResult(taskId, "Approved by " + approver.name() + " (asked for by "
					+ (device.requestedBy != null ? device.requestedBy.name() : "?") + ")", false, RUNBOOK);
			// the approval ends the wait: what follows (done, Apple's refusal, a dry run)
			// shows on the task as it is
			if (this.tasks.get(taskId).status() == TaskStatus.BLOCKED) {
				this.tasks.unblock(taskId, approver, null);
			}
			return new RunbookReport(ticketKey, true, List.of(step(ticket, record, device)));
		}
		finally {
			this.store.release(record);
		}
	}

	/**
	 * Whether IT's card offers "Release from Apple Business" on this task: a leaver's
	 * Apple device being collected, whose release nobody asked for yet.
	 */
	public boolean offersRelease(TaskView task) {
		if (task.ticketKind() != TicketKind.LEAVER || !COLLECT_TASKS.contains(task.kind()) || task.asset() == null
				|| task.asset().serialNumber() == null
				|| !this.recognition.isKnownApple(task.asset().model(), task.asset().serialNumber())
				|| task.status() == TaskStatus.NOT_NEEDED || task.status() == TaskStatus.CANCELLED) {
			return false;
		}
		return this.store.find(id(task.ticketKey()))
			.map(r -> r.appleDevices.stream()
				.noneMatch(d -> d.action == AppleDevice.Action.RELEASE
						&& d.serialNumber.equalsIgnoreCase(task.asset().serialNumber())))
			.orElse(true);
	}

	/** Whether IT's card offers "Approve release" on this task. */
	public boolean awaitsReleaseApproval(TaskView task) {
		return RELEASE_TASK.equals(task.kind()) && task.status() == TaskStatus.BLOCKED && task.blockedReason() != null
				&& task.blockedReason().startsWith(WAITING_FOR_APPROVAL);
	}

	// --- retry

	/**
	 * Whether IT's card offers "Retry now" on this task: an Apple Business step that was
	 * refused, failed, stalled or waits for Apple Configurator.
	 */
	public boolean offersRetry(TaskView task) {
		if (!(ASSIGN_TASK.equals(task.kind()) || RELEASE_TASK.equals(task.kind()))
				|| task.status() != TaskStatus.BLOCKED || task.blockedReason() == null
				|| !task.blockedReason().startsWith(BLOCKED_PREFIX)) {
			return false;
		}
		return device(task)
			.map(d -> d.state != AppleDevice.State.DONE && d.state != AppleDevice.State.DRY_RUN
					&& d.state != AppleDevice.State.AWAITING_APPROVAL)
			.orElse(false);
	}

	/**
	 * "Retry now": IT staff (or an Administrator) who looked at a failed, stalled or
	 * refused Apple Business step send it again at once. Refused, and audited, for anyone
	 * else.
	 */
	public RunbookReport retryNow(String taskId, Actor by, String refusalKey) {
		String ticketKey = ticketKeyOf(taskId);
		TaskView task = this.tasks.get(taskId);
		String reason = null;
		if (by == null || !by.isVerifiedPerson()) {
			reason = (by != null ? by.name() : "Someone") + " could not be verified as one person; only a verified "
					+ "IT staff member or Administrator can retry an Apple Business step";
		}
		else if (!this.access.isStaff("IT", by) && !this.access.isAdmin(by)) {
			reason = "Only IT staff or an Administrator can retry an Apple Business step.";
		}
		if (reason != null) {
			this.audit.recordOnce(refusalKey, "task", taskId, "refused",
					by != null ? by : Actor.unverified(null, "unknown", Channel.API), reason,
					Map.of("action", new Object[] { null, "retry Apple Business step" }));
			throw new Refusal("retry-refused", "actor", reason);
		}
		if (!offersRetry(task)) {
			throw new Refusal("nothing-to-retry", "task", task.title() + " has nothing to try again");
		}
		Optional<RunbookRecord> claimed = this.store.claim(id(ticketKey), ticketKey, KIND);
		if (claimed.isEmpty()) {
			throw new Refusal("runbook-busy", "Handover is working on " + ticketKey + "; try again in a minute");
		}
		RunbookRecord record = claimed.get();
		try {
			AppleDevice device = record.appleDevices.stream()
				.filter(d -> taskId.equals(d.taskId))
				.findFirst()
				.orElseThrow(() -> new NotFound("Apple Business step", taskId));
			// a stalled activity is looked at again; anything else is sent again
			device.state = device.state == AppleDevice.State.STALLED || device.state == AppleDevice.State.SUBMITTED
					? AppleDevice.State.SUBMITTED : AppleDevice.State.TO_SEND;
			device.checks = 0;
			device.nextAt = null;
			this.store.save(record);
			this.audit.record("task", taskId, "apple-business-retried", by,
					"Tried the Apple Business step for " + device.shown() + " again at once", Map.of());
			this.tasks.unblock(taskId, by, null);
			return new RunbookReport(ticketKey, true, List.of(step(this.tickets.get(ticketKey), record, device)));
		}
		finally {
			this.store.release(record);
		}
	}

	private Optional<AppleDevice> device(TaskView task) {
		return this.store.find(id(task.ticketKey()))
			.flatMap(r -> r.appleDevices.stream().filter(d -> task.id().equals(d.taskId)).findFirst());
	}

	// --- helpers

	/** The joiner's Apple devices IT issued with a serial number, not yet taken on. */
	private List<TaskView> issued(TicketView ticket, RunbookRecord record) {
		return ticket.tasks()
			.stream()
			.filter(t -> ISSUE_TASKS.contains(t.kind()) && t.status() == TaskStatus.DONE)
			.filter(t -> StringUtils.hasText(t.inputs().get("serialNumber")))
			.filter(t -> record == null || record.appleDevices.stream().noneMatch(d -> t.id().equals(d.sourceTaskId)))
			// by its model, or because Apple Business holds its serial (asked, not
			// guessed)
			.filter(this.recognition::isApple)
			.toList();
	}

	private static boolean closed(TicketView ticket, String taskId) {
		return ticket.tasks()
			.stream()
			.anyMatch(t -> t.id().equals(taskId)
					&& (t.status() == TaskStatus.NOT_NEEDED || t.status() == TaskStatus.CANCELLED));
	}

	private TaskView added(TicketView ticket, NewTask task) {
		TicketView after = this.tickets.addTasks(ticket.key(), List.of(task), ticket.date(), RUNBOOK, null);
		return after.tasks().get(after.tasks().size() - 1);
	}

	private void block(String taskId, String reason) {
		TaskView task = this.tasks.get(taskId);
		if (task.status().isOpen() && task.status() != TaskStatus.BLOCKED) {
			this.tasks.block(taskId, reason, RUNBOOK, null);
		}
		else if (task.status() == TaskStatus.BLOCKED && !reason.equals(task.blockedReason())) {
			this.tasks.unblock(taskId, RUNBOOK, null);
			this.tasks.block(taskId, reason, RUNBOOK, null);
		}
	}

	private static String ticketKeyOf(String taskId) {
		if (taskId == null || taskId.lastIndexOf('-') <= 0) {
			throw new NotFound("Task", String.valueOf(taskId));
		}
		return taskId.substring(0, taskId.lastIndexOf('-'));
	}

	static String id(String ticketKey) {
		return ticketKey + ":" + KIND;
	}

}
