package io.handover.intake;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.handover.common.Channel;
import io.handover.common.Refusal;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.ticket.Authority;
import io.handover.ticket.DeviceRetrieval;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketState;
import io.handover.ticket.DuplicateTicket;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.TicketRequests;
import io.handover.ticket.WorkLocation;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Turns a manager's announcement into a ticket, whatever channel it came through: reads
 * their words ({@link #read}), checks the completed form ({@link #check}) and opens the
 * ticket ({@link #submit}). Every answer that needs correcting comes back per
 * {@link FormField} in the manager's language, and nothing is stored until all are right.
 * Teams shows the corrections in the form card, e-mail asks them as questions.
 */
@Service
public class Intake {

	/** Fewer days of notice than this is a late notice (as the ticket module decides). */
	static final int LEAD_DAYS = 14;

	private static final int SUGGESTIONS = 3;

	private final AnnouncementParser parser = new AnnouncementParser();

	private final RoleCatalogue roles;

	private final TicketManagement tickets;

	private final EmployeeDirectory employees;

	private final TicketRequests requests;

	private final Clock clock;

	private final AnnouncementModel model;

	Intake(RoleCatalogue roles, TicketManagement tickets, EmployeeDirectory employees, TicketRequests requests,
			Clock clock, AnnouncementModel model) {
		this.model = model;
		this.roles = roles;
		this.tickets = tickets;
		this.employees = employees;
		this.requests = requests;
		this.clock = clock;
	}

	/**
	 * What the words announce, with what could be understood; reads the role profiles at
	 * most once in a while, never per message.
	 */
	public Announcement read(String text) {
		return this.parser.parse(text, today(), this.roles.current().names());
	}

	/**
	 * Every person the words announce (at least one announcement, with a null name when
	 * the words name no one). When the language model reads announcements too
	 * ({@code handover.intake.model.enabled}), what it read otherwise comes with each as
	 * {@link Announcement#model()}; it takes at most
	 * {@code handover.intake.model.timeout} longer.
	 */
	public List<Announcement> readAll(String text) {
		RoleCatalogue.Snapshot catalogue = this.roles.current();
		LocalDate today = today();
		List<Announcement> ours = this.parser.parseAll(text, today, catalogue.names());
		return this.model.check(text, ours, today, catalogue);
	}

	/**
	 * Whether the words call off a start or a leaving, or put a start off with no new
	 * date ("de start van … gaat niet door", "is not leaving after all").
	 */
	public boolean callsOff(String text) {
		return CalledOff.said(text);
	}

	/**
	 * A form prefilled with what the words said, and the notes it shows next to fields.
	 *
	 * @param form the answers to prefill
	 * @param notes per field, what to check before submitting (in the manager's language)
	 */
	public record Prefill(AnnouncementForm form, Map<FormField, String> notes) {

		public Prefill {
			notes = Map.copyOf(notes);
		}

	}

	/**
	 * The form the words prefill. A mover's current role comes from the register when the
	 * words do not say it: the role of the person's latest starter or role-change ticket
	 * (the register knows the person by exactly this name). When the words name a current
	 * role the register contradicts, the words' stays, with a note. Reads the register
	 * and the tickets; changes nothing.
	 */
	public Prefill prefill(Announcement announcement, TicketKind kind, String managerName, Locale locale) {
		AnnouncementForm form = AnnouncementForm.of(announcement, kind, managerName);
		Map<FormField, String> notes = new LinkedHashMap<>();
		if (kind != TicketKind.MOVER || !StringUtils.hasText(form.employeeName())) {
			return new Prefill(form, notes);
		}
		Optional<String> recorded = recordedRole(form.employeeName(),
				announcement.date() != null ? announcement.date() : today());
		if (recorded.isEmpty()) {
			return new Prefill(form, notes);
		}
		RoleCatalogue.Snapshot catalogue = this.roles.current();
		if (!StringUtils.hasText(form.currentRole())) {
			form = form.withCurrentRole(recorded.get());
		}
		else if (!recorded.get().equals(catalogue.keyOf(form.currentRole()).orElse(null))) {
			notes.put(FormField.CURRENT_ROLE, IntakeTexts.text(locale, "note.REGISTER.ROLE", form.employeeName(),
					catalogue.titleOf(recorded.get()), catalogue.titleOf(form.currentRole())));
		}
		return new Prefill(form, notes);
	}

	/**
	 * The role profile the register holds for the one employee of this name on a day:
	 * that of their latest starter ticket or role change not cancelled (a role change
	 * after that day: the role it changes from). Empty when the name is not exactly one
	 * person's or no ticket gave them a role.
	 */
	private Optional<String> recordedRole(String name, LocalDate day) {
		String written = clean(name);
		List<Employee> same = this.employees.closestMatches(written, SUGGESTIONS + 2)
			.stream()
			.filter(e -> fold(e.name()).equals(fold(written)))
			.toList();
		if (same.size() != 1) {
			return Optional.empty();
		}
		return this.tickets
			.search(same.get(0).id(), null, null,
					List.of(TicketState.OPEN, TicketState.IN_PROGRESS, TicketState.COMPLETED), 20)
			.stream()
			.filter(t -> t.kind() == TicketKind.JOINER || t.kind() == TicketKind.MOVER)
			.map(t -> t.kind() == TicketKind.MOVER && t.date() != null && t.date().isAfter(day) ? t.previousProfile()
					: t.profile())
			.filter(StringUtils::hasText)
			.findFirst();
	}

	/** The roles a form offers, by title, the default profile last. */
	public List<RoleChoice> roles() {
		return this.roles.current().choices();
	}

	/** The title of a role profile, or the key itself when there is no such profile. */
	public String roleTitle(String key) {
		return this.roles.current().titleOf(key);
	}

	/** Today in the organisation's time zone. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Whether a ticket on this date would be a late notice (fewer than 14 days). */
	public boolean isLateNotice(LocalDate date) {
		return date != null && ChronoUnit.DAYS.between(today(), date) < LEAD_DAYS;
	}

	/**
	 * The date a form answer means: {@code 2026-12-07} as a date input sends it, or words
	 * such as {@code 7 December} or {@code volgende maandag}.
	 */
	public Optional<LocalDate> dateOf(String answer) {
		if (!StringUtils.hasText(answer)) {
			return Optional.empty();
		}
		String trimmed = answer.trim();
		try {
			return Optional.of(LocalDate.parse(trimmed));
		}
		catch (DateTimeParseException notIso) {
			return DateWords.find(trimmed, today()).map(DateWords.Mention::date);
		}
	}

	/**
	 * Checks the answers and, when they are all right, says what ticket they make. Reads
	 * the employee register for leavers, movers, delegates and managers; changes nothing.
	 */
	public Check check(AnnouncementForm form, Requester by, Locale locale) {
		if (form.kind() == null) {
			throw new IllegalArgumentException("A form has a kind");
		}
		Map<FormField, String> errors = new LinkedHashMap<>();
		List<String> suggestions = new ArrayList<>();
		TicketKind kind = form.kind();
		RoleCatalogue.Snapshot catalogue = this.roles.current();

		NewTicket.Person person = null;
		Employee registeredPerson = null;
		if (!StringUtils.hasText(form.employeeName())) {
			errors.put(FormField.EMPLOYEE_NAME, kind == TicketKind.JOINER
					? IntakeTexts.text(locale, "name.required.JOINER") : IntakeTexts.text(locale, "name.required"));
		}
		else if (form.employeeName().indexOf('<') >= 0 || form.employeeName().indexOf('>') >= 0) {
			// A name never holds markup; it would reach cards, e-mails and the portal.
			errors.put(FormField.EMPLOYEE_NAME, IntakeTexts.text(locale, "name.markup"));
		}
		else if (kind == TicketKind.JOINER) {
			person = new NewTicket.Person(null, clean(form.employeeName()), null, null, null);
		}
		else {
			Employee employee = registered(form.employeeName(), FormField.EMPLOYEE_NAME, errors, suggestions, locale,
					"person");
			registeredPerson = employee;
			if (employee != null) {
				person = new NewTicket.Person(employee.id(), employee.name(), employee.upn(), employee.entraObjectId(),
						employee.hrEmployeeId());
			}
		}

		LocalDate date = date(form, kind, errors, locale);

		String profile = null;
		String previousProfile = null;
		if (kind == TicketKind.JOINER) {
			profile = role(form.role(), "role.required", FormField.ROLE, catalogue, errors, locale);
		}
		else if (kind == TicketKind.MOVER) {
			previousProfile = role(form.currentRole(), "role.required.current", FormField.CURRENT_ROLE, catalogue,
					errors, locale);
			profile = role(form.role(), "role.required.new", FormField.ROLE, catalogue, errors, locale);
			if (profile != null && profile.equals(previousProfile)) {
				errors.put(FormField.ROLE, IntakeTexts.text(locale, "role.same", catalogue.titleOf(previousProfile)));
			}
		}

		WorkLocation location = null;
		String shippingAddress = null;
		if (kind == TicketKind.JOINER) {
			location = choice(form.workLocation(), WORK_LOCATIONS, WorkLocation.OFFICE);
			if (location == null) {
				errors.put(FormField.WORK_LOCATION, IntakeTexts.text(locale, "location.invalid"));
			}
			shippingAddress = StringUtils.hasText(form.shippingAddress()) ? form.shippingAddress().trim() : null;
			if (location == WorkLocation.REMOTE && shippingAddress == null) {
				errors.put(FormField.SHIPPING_ADDRESS, IntakeTexts.text(locale, "shipping.required"));
			}
		}

		ManagerRef manager = manager(form.manager(), by);
		if (registeredPerson != null && StringUtils.hasText(registeredPerson.managerUpn())
				&& namesSelf(form.manager(), by)) {
			// A leaver's or mover's manager is the one on record, not whoever announces
			// them: the mailbox and files go to that manager unless the form says
			// otherwise.
			String upn = registeredPerson.managerUpn();
			manager = new ManagerRef(upn, this.employees.findByUpn(upn).map(Employee::name).orElse(upn));
		}

		DeviceRetrieval retrieval = null;
		String delegate = null;
		if (kind == TicketKind.LEAVER) {
			retrieval = choice(form.deviceRetrieval(), RETRIEVALS, DeviceRetrieval.IN_PERSON);
			if (retrieval == null) {
				errors.put(FormField.DEVICE_RETRIEVAL, IntakeTexts.text(locale, "retrieval.invalid"));
			}
			delegate = delegate(form.delegate(), manager, errors, suggestions, locale);
		}

		if (!errors.isEmpty()) {
			return new Check.Invalid(new IntakeOutcome.NeedsCorrection(errors, suggestions));
		}
		return new Check.Valid(new NewTicket(kind, person, manager, profile, previousProfile, date, location,
				shippingAddress, retrieval, delegate));
	}

	/**
	 * Checks the answers and opens the ticket. A repeat with the same idempotency key (a
	 * double click, a message delivered twice) answers the ticket the first one opened. A
	 * rule of the ticket module that the answers break (say, an open ticket for the same
	 * person) comes back as a correction of the field it concerns.
	 * @param idempotencyKey one per form or message, e.g. derived from the draft id
	 * @throws Refusal a refusal that concerns no answer of the form
	 */
	public IntakeOutcome submit(AnnouncementForm form, Requester by, String idempotencyKey, Locale locale) {
		return submit(form, by, idempotencyKey, locale, null);
	}

	/**
	 * As {@link #submit(AnnouncementForm, Requester, String, Locale)}; an announcement by
	 * someone who may not open the ticket themself becomes a request
	 * ({@link IntakeOutcome.Requested}), and so does every e-mail: an address proves less
	 * than a Teams sign-in, so HR (or the manager of record, when the sender is not them)
	 * confirms it in Teams.
	 * @param replyTo the conversation to tell the requester in when their request is
	 * decided, or null
	 */
	public IntakeOutcome submit(AnnouncementForm form, Requester by, String idempotencyKey, Locale locale,
			String replyTo) {
		Check check = check(form, by, locale);
		if (check instanceof Check.Invalid invalid) {
			return invalid.corrections();
		}
		NewTicket ticket = ((Check.Valid) check).ticket();
		try {
			this.requests.refuseExternalDelegate(ticket, by.actor());
			boolean namesSelf = namesSelf(form.manager(), by);
			Authority authority = this.requests.authorityOf(ticket, by.actor(), namesSelf);
			if (authority == Authority.NONE || by.channel() == Channel.EMAIL) {
				String why = by.channel() == Channel.EMAIL ? "An e-mail announcement needs confirmation in Teams"
						: this.requests.whyRequest(ticket, by.actor(), namesSelf);
				return new IntakeOutcome.Requested(
						this.requests.request(ticket, by.actor(), why, replyTo, idempotencyKey));
			}
			return new IntakeOutcome.Opened(this.tickets.open(ticket, by.actor(), authority, null, idempotencyKey));
		}
		catch (DuplicateTicket duplicate) {
			// HR sent this person already: the announcer is shown HR's ticket, not a
			// correction to make (issue 21)
			TicketView existing = this.tickets.get(duplicate.ticketKey());
			if (existing.source() == Channel.HR) {
				return new IntakeOutcome.Opened(existing);
			}
			return new IntakeOutcome.NeedsCorrection(Map.of(fieldOf(duplicate.field()), duplicate.getMessage()),
					List.of());
		}
		catch (Refusal refusal) {
			FormField field = fieldOf(refusal.field());
			if (field == null) {
				throw refusal;
			}
			return new IntakeOutcome.NeedsCorrection(Map.of(field, refusal.getMessage()), List.of());
		}
	}

	/** The outcome of {@link #check}. */
	public sealed interface Check {

		/** Everything is answered: the ticket to open. */
		record Valid(NewTicket ticket) implements Check {
		}

		record Invalid(IntakeOutcome.NeedsCorrection corrections) implements Check {
		}

	}

	private LocalDate date(AnnouncementForm form, TicketKind kind, Map<FormField, String> errors, Locale locale) {
		if (!StringUtils.hasText(form.date())) {
			errors.put(FormField.DATE, IntakeTexts.text(locale, "date.required", kind));
			return null;
		}
		Optional<LocalDate> date = dateOf(form.date());
		if (date.isEmpty()) {
			errors.put(FormField.DATE,
					IntakeTexts.text(locale, "date.invalid", form.date().trim(), today().plusDays(LEAD_DAYS)));
			return null;
		}
		if (date.get().isBefore(today())) {
			errors.put(FormField.DATE, IntakeTexts.text(locale, "date.past", kind));
			return null;
		}
		return date.get();
	}

	private static String role(String answer, String requiredText, FormField field, RoleCatalogue.Snapshot catalogue,
			Map<FormField, String> errors, Locale locale) {
		if (!StringUtils.hasText(answer)) {
			errors.put(field, IntakeTexts.text(locale, requiredText));
			return null;
		}
		Optional<String> key = catalogue.keyOf(answer);
		if (key.isEmpty()) {
			errors.put(field, IntakeTexts.text(locale, "role.unknown", answer.trim(),
					String.join(", ", catalogue.choices().stream().map(RoleChoice::name).toList())));
			return null;
		}
		return key.get();
	}

	/**
	 * The one person in the register the answer names: by e-mail address, or by name when
	 * exactly one person has it. Otherwise an error that offers the closest names.
	 */
	private Employee registered(String answer, FormField field, Map<FormField, String> errors, List<String> suggestions,
			Locale locale, String texts) {
		String written = clean(answer);
		if (looksLikeEmail(written)) {
			Optional<Employee> byUpn = this.employees.findByUpn(written);
			if (byUpn.isEmpty()) {
				errors.put(field, IntakeTexts.text(locale, texts + ".unknown", written));
			}
			return byUpn.orElse(null);
		}
		List<Employee> close = this.employees.closestMatches(written, SUGGESTIONS + 2);
		List<Employee> same = close.stream().filter(e -> fold(e.name()).equals(fold(written))).toList();
		if (same.size() == 1) {
			return same.get(0);
		}
		if (same.size() > 1) {
			List<String> who = same.stream().map(Intake::described).toList();
			errors.put(field,
					IntakeTexts.text(locale, "person.ambiguous", same.size(), written, String.join(", ", who)));
			suggestions.addAll(who);
			return null;
		}
		List<String> who = close.stream().limit(SUGGESTIONS).map(Intake::described).toList();
		suggestions.addAll(who);
		errors.put(field, who.isEmpty() ? IntakeTexts.text(locale, texts + ".unknown", written)
				: IntakeTexts.text(locale, texts + ".unknown.suggest", written, String.join(", ", who)));
		return null;
	}

	/**
	 * The manager: the person announcing unless the form names someone else, by e-mail
	 * address or by a name the register knows.
	 */
	private ManagerRef manager(String answer, Requester by) {
		String written = clean(answer);
		if (written.isEmpty() || written.equalsIgnoreCase(by.name())
				|| (by.upn() != null && written.equalsIgnoreCase(by.upn()))) {
			return new ManagerRef(by.upn(), by.name());
		}
		if (looksLikeEmail(written)) {
			String upn = written.toLowerCase(Locale.ROOT);
			return new ManagerRef(upn, this.employees.findByUpn(upn).map(Employee::name).orElse(written));
		}
		List<Employee> same = this.employees.closestMatches(written, 3)
			.stream()
			.filter(e -> fold(e.name()).equals(fold(written)))
			.toList();
		return same.size() == 1 ? new ManagerRef(same.get(0).upn(), same.get(0).name()) : new ManagerRef(null, written);
	}

	/** Whether the form's manager is the announcer themself (or left empty). */
	private static boolean namesSelf(String answer, Requester by) {
		String written = clean(answer);
		return written.isEmpty() || written.equalsIgnoreCase(by.name())
				|| (by.upn() != null && written.equalsIgnoreCase(by.upn()));
	}

	/**
	 * Who gets a leaver's mailbox: an e-mail address, or someone the register knows by
	 * name; nobody named means the manager.
	 */
	private String delegate(String answer, ManagerRef manager, Map<FormField, String> errors, List<String> suggestions,
			Locale locale) {
		String written = clean(answer);
		if (written.isEmpty()) {
			// The ticket module hands the mailbox to the manager's address; without one,
			// the name at least tells IT who.
			return manager.upn() == null ? manager.name() : null;
		}
		if (looksLikeEmail(written)) {
			return written.toLowerCase(Locale.ROOT);
		}
		if (written.equalsIgnoreCase(manager.name())) {
			return manager.upn() == null ? manager.name() : manager.upn();
		}
		Map<FormField, String> found = new LinkedHashMap<>();
		Employee employee = registered(written, FormField.DELEGATE, found, suggestions, locale, "delegate");
		if (employee != null && employee.upn() != null) {
			return employee.upn();
		}
		errors.put(FormField.DELEGATE,
				found.getOrDefault(FormField.DELEGATE, IntakeTexts.text(locale, "delegate.unknown", written)));
		return null;
	}

	private static final Map<String, WorkLocation> WORK_LOCATIONS = Map.ofEntries(
			Map.entry("office", WorkLocation.OFFICE), Map.entry("kantoor", WorkLocation.OFFICE),
			Map.entry("op kantoor", WorkLocation.OFFICE), Map.entry("remote", WorkLocation.REMOTE),
			Map.entry("op afstand", WorkLocation.REMOTE), Map.entry("thuis", WorkLocation.REMOTE),
			Map.entry("hybrid", WorkLocation.HYBRID), Map.entry("hybride", WorkLocation.HYBRID));

	private static final Map<String, DeviceRetrieval> RETRIEVALS = Map.ofEntries(
			Map.entry("in person", DeviceRetrieval.IN_PERSON), Map.entry("in_person", DeviceRetrieval.IN_PERSON),
			Map.entry("persoonlijk", DeviceRetrieval.IN_PERSON), Map.entry("courier", DeviceRetrieval.COURIER),
			Map.entry("koerier", DeviceRetrieval.COURIER), Map.entry("remote wipe", DeviceRetrieval.REMOTE_WIPE),
			Map.entry("remote_wipe", DeviceRetrieval.REMOTE_WIPE), Map.entry("wissen", DeviceRetrieval.REMOTE_WIPE),
			Map.entry("op afstand wissen", DeviceRetrieval.REMOTE_WIPE));

	private static <E> E choice(String answer, Map<String, E> words, E otherwise) {
		if (!StringUtils.hasText(answer)) {
			return otherwise;
		}
		return words.get(answer.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
	}

	private static FormField fieldOf(String refusalField) {
		if (refusalField == null) {
			return null;
		}
		return switch (refusalField) {
			case "employee", "employee.name", "employee.id", "name" -> FormField.EMPLOYEE_NAME;
			case "profile" -> FormField.ROLE;
			case "previousProfile" -> FormField.CURRENT_ROLE;
			case "date" -> FormField.DATE;
			case "workLocation" -> FormField.WORK_LOCATION;
			case "shippingAddress" -> FormField.SHIPPING_ADDRESS;
			case "deviceRetrieval" -> FormField.DEVICE_RETRIEVAL;
			case "mailboxDelegate" -> FormField.DELEGATE;
			case "manager", "manager.upn", "manager.name", "managerUpn" -> FormField.MANAGER;
			default -> null;
		};
	}

	private static String described(Employee employee) {
		return employee.upn() != null ? employee.name() + " (" + employee.upn() + ")" : employee.name();
	}

	private static boolean looksLikeEmail(String text) {
		return text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	}

	private static String clean(String text) {
		return text == null ? "" : text.trim().replaceAll("\\s+", " ");
	}

	/** A name as a person compares it: without case, accents or punctuation. */
	static String fold(String name) {
		if (name == null) {
			return "";
		}
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
	}

}
