package io.handover.teams;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.microsoft.bot.schema.ChannelAccount;
import io.handover.common.LogSafe;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.profile.Department;
import io.handover.profile.Departments;
import io.handover.task.WorkingDays;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Once a working day, at the configured time of the organisation's clock, every overdue
 * task gets a reminder as a reply under its department's task card, and a department lead
 * gets one personal card listing their department's tasks overdue for longer than the
 * configured number of working days. The round runs on one instance (ShedLock), and what
 * was sent is stored, so no task is reminded of twice on one day.
 */
@Component
class Reminders {

	static final String JOB = "reminders";

	/** A lead's card lists the most overdue few; the rest are counted. */
	static final int LEAD_CARD_TASKS = 5;

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private static final Pattern OBJECT_ID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

	private final TaskManagement tasks;

	private final DepartmentChannels channels;

	private final PostedCards posted;

	private final ProactiveMessenger messenger;

	private final StaffProperties staff;

	private final EmployeeChats chats;

	private final EmployeeDirectory employees;

	private final Departments departments;

	private final Cards cards;

	private final WorkingDays workingDays;

	private final DailyRuns runs;

	private final ReminderProperties properties;

	private final Clock clock;

	private final UnreachableEmployees unreachable;

	Reminders(TaskManagement tasks, DepartmentChannels channels, PostedCards posted, ProactiveMessenger messenger,
			StaffProperties staff, EmployeeChats chats, EmployeeDirectory employees, Departments departments,
			Cards cards, WorkingDays workingDays, DailyRuns runs, ReminderProperties properties, Clock clock,
			UnreachableEmployees unreachable) {
		this.unreachable = unreachable;
		this.tasks = tasks;
		this.channels = channels;
		this.posted = posted;
		this.messenger = messenger;
		this.staff = staff;
		this.chats = chats;
		this.employees = employees;
		this.departments = departments;
		this.cards = cards;
		this.workingDays = workingDays;
		this.runs = runs;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Every instance looks often whether the day's round is due; the lock lets one look
	 * at a time.
	 */
	@Scheduled(cron = "${handover.schedules.tick:0 * * * * *}")
	@SchedulerLock(name = JOB, lockAtMostFor = "30m")
	public void tick() {
		try {
			runIfDue();
		}
		catch (RuntimeException ex) {
			log.error("Reminder round failed; it runs again at the next check", ex);
		}
	}

	/**
	 * Runs the day's round when it is a working day, the time has come and the round has
	 * not finished today.
	 * @return whether a round ran
	 */
	boolean runIfDue() {
		LocalDate today = LocalDate.now(this.clock);
		if (!this.workingDays.isWorkingDay(today) || LocalTime.now(this.clock).isBefore(this.properties.at())
				|| this.runs.finished(JOB, today)) {
			return false;
		}
		int failed = remind(today);
		if (failed == 0) {
			this.runs.finish(JOB, today, this.clock.instant());
		}
		else {
			log.warn("{} reminders could not be sent; trying again at the next check", failed);
		}
		return true;
	}

	/** One round; returns how many messages failed (they are tried again). */
	int remind(LocalDate today) {
		List<TaskView> overdue = this.tasks.tasks(null, List.of(), true);
		int failed = 0;
		for (TaskView task : overdue) {
			if (!remindInThread(task, today)) {
				failed++;
			}
		}
		Map<String, List<TaskView>> escalated = new LinkedHashMap<>();
		for (TaskView task : overdue) {
			if (daysOverdue(task, today) >= this.properties.escalateAfter()) {
				escalated.computeIfAbsent(task.department(), key -> new ArrayList<>()).add(task);
			}
		}
		for (Map.Entry<String, List<TaskView>> department : escalated.entrySet()) {
			if (!escalate(department.getKey(), department.getValue(), today)) {
				failed++;
			}
		}
		return failed;
	}

	/**
	 * Working days between the due date and today: due on Friday, reminded on Monday is
	 * one day late.
	 */
	int daysOverdue(TaskView task, LocalDate today) {
		int days = 0;
		for (LocalDate day = task.dueOn().plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
			if (this.workingDays.isWorkingDay(day)) {
				days++;
			}
		}
		return Math.max(days, task.dueOn().isBefore(today) ? 1 : 0);
	}

	/**
	 * Replies under the task's card in each channel of its department; a reply is claimed
	 * per task, channel and day, so a failed one is retried without repeating the others.
	 */
	private boolean remindInThread(TaskView task, LocalDate today) {
		boolean allSent = true;
		for (ChannelLink channel : this.channels.channelsOf(task.department())) {
			Optional<PostedCard> card = this.posted.find(task.ticketKey(),
					"dept:" + task.department() + ":" + channel.id());
			String subject = task.id() + "@" + channel.id();
			if (card.isEmpty() || !this.runs.claim("task", subject, today, this.clock.instant())) {
				continue;
			}
			try {
				this.messenger.reply(card.get().conversationId(), card.get().messageId(),
						Replies.text(reminderText(task, today)));
			}
			catch (RuntimeException ex) {
				this.runs.release("task", subject, today);
				log.warn("Reminder for task {} in {} not sent: {}", task.id(), LogSafe.of(channel.id()),
						LogSafe.of(ex.getMessage()));
				allSent = false;
			}
		}
		return allSent;
	}

	String reminderText(TaskView task, LocalDate today) {
		int days = daysOverdue(task, today);
		String who = task.assignee() != null ? "Claimed by " + task.assignee().name() + "."
				: "Nobody has claimed it yet.";
		return "Reminder: \"" + task.title() + "\" for " + task.employeeName() + " (" + task.ticketKey() + ") was due "
				+ DAY.format(task.dueOn()) + " and is " + days + " working day" + (days == 1 ? "" : "s") + " overdue. "
				+ who;
	}

	private boolean escalate(String department, List<TaskView> overdue, LocalDate today) {
		String lead = this.staff.of(department).lead();
		if (!StringUtils.hasText(lead)) {
			return true;
		}
		if (!this.runs.claim("lead", department, today, this.clock.instant())) {
			return true;
		}
		try {
			Optional<Person> person = resolve(department, lead.trim());
			if (person.isEmpty()) {
				log.warn("Lead {} of {} is not known in Teams: {} overdue tasks not escalated", LogSafe.of(lead),
						department, overdue.size());
				return true;
			}
			Optional<String> chat = this.chats
				.chatWith(person.get().aadObjectId(), person.get().userId(), person.get().name())
				.chat();
			if (chat.isEmpty()) {
				return true;
			}
			this.messenger.post(chat.get(), Replies.card(this.cards.render(CardName.REMINDER,
					leadCard(department, overdue, today), this.chats.localeOf(chat.get()))));
			return true;
		}
		catch (RuntimeException ex) {
			this.runs.release("lead", department, today);
			log.warn("Overdue tasks of {} not escalated to {}: {}", department, LogSafe.of(lead),
					LogSafe.of(ex.getMessage()));
			return false;
		}
	}

	Map<String, Object> leadCard(String department, List<TaskView> overdue, LocalDate today) {
		List<TaskView> worst = overdue.stream()
			.sorted(Comparator.comparing(TaskView::dueOn).thenComparing(TaskView::id))
			.limit(LEAD_CARD_TASKS)
			.toList();
		List<Map<String, Object>> shown = new ArrayList<>();
		for (TaskView task : worst) {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("id", task.id());
			line.put("ticketKey", task.ticketKey());
			line.put("employeeName", task.employeeName());
			line.put("title", task.title());
			line.put("dueDate", task.dueOn());
			line.put("daysOverdue", daysOverdue(task, today));
			if (task.assignee() != null) {
				line.put("assignee", task.assignee().name());
			}
			// issue 19: the lead sees why a handover may be stuck, as the department's
			// card and the manager do
			this.unreachable.of(task.ticketKey()).ifPresent(employee -> {
				Map<String, Object> notice = new LinkedHashMap<>();
				notice.put("name", employee.employeeName());
				notice.put("why", employee.why().name());
				if (employee.upn() != null) {
					notice.put("upn", employee.upn());
				}
				line.put("unreachable", notice);
			});
			shown.add(line);
		}
		Map<String, Object> data = new LinkedHashMap<>();
		String name = this.departments.find(department).map(Department::name).orElse(department);
		data.put("department", Map.of("key", department, "name", name));
		data.put("tasks", shown);
		data.put("more", overdue.size() - shown.size());
		return data;
	}

	/**
	 * The lead as configured: an Entra object id, or a UPN/e-mail found in the employee
	 * directory or on the roster of a team holding the department's channel.
	 */
	private Optional<Person> resolve(String department, String lead) {
		if (OBJECT_ID.matcher(lead).matches()) {
			return Optional.of(new Person(lead, lead, lead));
		}
		Optional<Employee> employee = this.employees.findByUpn(lead)
			.filter(e -> StringUtils.hasText(e.entraObjectId()));
		if (employee.isPresent()) {
			return Optional
				.of(new Person(employee.get().entraObjectId(), employee.get().entraObjectId(), employee.get().name()));
		}
		for (ChannelLink channel : this.channels.channelsOf(department)) {
			for (ChannelAccount member : membersOf(channel)) {
				if (lead.equalsIgnoreCase(text(member.getProperties().get("email")))
						|| lead.equalsIgnoreCase(text(member.getProperties().get("userPrincipalName")))) {
					return Optional.of(new Person(member.getAadObjectId(), member.getId(), member.getName()));
				}
			}
		}
		return Optional.empty();
	}

	private List<ChannelAccount> membersOf(ChannelLink channel) {
		try {
			return this.messenger.members(channel.id());
		}
		catch (RuntimeException ex) {
			log.warn("Could not read the members of channel {}: {}", LogSafe.of(channel.id()),
					LogSafe.of(ex.getMessage()));
			return List.of();
		}
	}

	private static String text(Object value) {
		return SdkJson.text(value);
	}

	private record Person(String aadObjectId, String userId, String name) {
	}

}
