package io.handover.mail;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.handover.common.LogSafe;
import io.handover.access.OrganisationDomains;
import io.handover.audit.AuditTrail;
import io.handover.common.Channel;
import io.handover.common.Refusal;
import io.handover.intake.Announcement;
import io.handover.intake.AnnouncementForm;
import io.handover.intake.AnnouncementNotes;
import io.handover.intake.FormField;
import io.handover.intake.Intake;
import io.handover.intake.IntakeOutcome;
import io.handover.intake.Requester;
import io.handover.employee.EmployeeDirectory;
import io.handover.common.Actor;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketRequestView;
import io.handover.ticket.TicketView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Reads an announcement e-mail and answers it: with the ticket key and a summary once
 * everything needed is known, or with the questions still open. The thread remembers the
 * announcement, so a reply that answers the questions completes it; a message delivered
 * twice opens one ticket.
 */
@Service
public class MailIntake {

	private static final Logger log = LoggerFactory.getLogger(MailIntake.class);

	private static final Pattern DUTCH_WORDS = Pattern.compile(
			"(?i)\\b(begint|uit dienst|uitdienst|nieuwe medewerker|functiewijziging|medewerker|wordt|gaat|als|op|volgende|morgen|vertrekt)\\b");

	private static final Pattern REPLY_PREFIX = Pattern.compile("(?i)^((re|fw|fwd|aw|antw|wg|tr)\\s*:\\s*)+");

	private final Intake intake;

	private final MongoTemplate mongo;

	private final MailProperties properties;

	private final EmployeeDirectory employees;

	private final Clock clock;

	private final OrganisationDomains organisation;

	private final AuditTrail audit;

	private final AnnouncedBeforeByMail announcedBefore;

	MailIntake(Intake intake, MongoTemplate mongo, MailProperties properties, EmployeeDirectory employees,
			OrganisationDomains organisation, AuditTrail audit, Clock clock, AnnouncedBeforeByMail announcedBefore) {
		this.announcedBefore = announcedBefore;
		this.organisation = organisation;
		this.audit = audit;
		this.intake = intake;
		this.employees = employees;
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock;
	}

	public EmailReply receive(IncomingEmail email) {
		List<String> lines = EmailText.lines(email.text(), email.html());
		MailThread thread = this.mongo.findById(email.conversationId(), MailThread.class);
		boolean dutch = thread != null && thread.language() != null ? "nl".equals(thread.language())
				: isDutch(email, lines);
		Locale locale = dutch ? Locale.forLanguageTag("nl-NL") : Locale.ENGLISH;
		String subject = replySubject(email.subject(), dutch);
		if (!StringUtils.hasText(email.from()) || !this.properties.allows(email.from(), this.organisation.domains())) {
			log.warn("E-mail from {} ignored: not an allowed sender domain", LogSafe.of(email.from()));
			this.audit.record("mail", String.valueOf(email.conversationId()), "refused",
					Actor.unverified(email.from(), email.fromName(), Channel.EMAIL), "Not an allowed sender domain",
					Map.of("action", "announce"));
			return reply(subject, List.of(dutch ? "Handover neemt alleen meldingen aan van adressen van de organisatie."
					: "Handover only takes announcements from the organisation's own e-mail addresses."));
		}
		Actor from = sender(email);
		if (!from.isVerifiedPerson()) {
			// An address alone proves nothing: it can be forged, or belong to no one
			// here.
			log.warn("E-mail from {} refused: not a known person of the organisation", LogSafe.of(email.from()));
			this.audit.record("mail", String.valueOf(email.conversationId()), "refused", from,
					"The sender is not matched to a person in the directory", Map.of("action", "announce"));
			return reply(subject, List.of(dutch ? "Handover kan " + email.from().trim()
					+ " niet koppelen aan een medewerker van de organisatie, dus deze melding is niet aangenomen. Er is niets veranderd."
					: "Handover cannot match " + email.from().trim()
							+ " to a person of the organisation, so this announcement was not taken. Nothing was changed.",
					dutch ? "Meld het in Teams, in je persoonlijke chat met Handover, of vraag HR het te melden."
							: "Announce it in Teams, in your personal chat with Handover, or ask HR to announce it."));
		}
		AnnouncementForm form;
		Map<FormField, String> notes = Map.of();
		if (thread != null && thread.isOpen()) {
			form = thread.form().withAnswers(answers(thread, lines));
		}
		else {
			Optional<Read> announced = announcement(email, lines, locale);
			if (announced.isEmpty()) {
				if (thread != null && thread.ticketKey() != null) {
					return reply(subject, List.of(dutch ? "Ticket " + thread.ticketKey()
							+ " staat open; de afdelingen werken het af in Teams. Schrijf een nieuwe e-mail voor een nieuwe melding."
							: "Ticket " + thread.ticketKey()
									+ " is open; the departments work on it in Teams. Write a new e-mail for a new announcement."));
				}
				// about someone announced before: which ticket, and where to change it
				List<String> about = this.announcedBefore.answer(String.join("\n", lines), from, dutch);
				return reply(subject, about.isEmpty() ? notUnderstood(dutch) : about);
			}
			form = announced.get().form();
			notes = announced.get().notes();
		}
		Requester sender = new Requester(from);
		IntakeOutcome outcome;
		try {
			outcome = this.intake.submit(form, sender, "mail:" + email.conversationId() + ":" + email.messageId(),
					locale, email.conversationId());
		}
		catch (Refusal refusal) {
			save(email, form, List.of(), null, dutch);
			return reply(subject, List.of(refusal.getMessage()));
		}
		if (outcome instanceof IntakeOutcome.Opened opened) {
			save(email, form, List.of(), opened.ticket().key(), dutch);
			return reply(subject, opened(opened.ticket(), dutch));
		}
		if (outcome instanceof IntakeOutcome.Requested requested) {
			save(email, form, List.of(), requested.request().id(), dutch);
			return reply(subject, requested(requested.request(), dutch));
		}
		IntakeOutcome.NeedsCorrection corrections = (IntakeOutcome.NeedsCorrection) outcome;
		save(email, form, new ArrayList<>(corrections.errors().keySet()), null, dutch);
		return reply(subject, questions(form, corrections, notes, dutch));
	}

	/**
	 * The sender as one identity: a verified person when the address is the UPN of a
	 * registered employee with an Entra account, otherwise unverified (an address alone
	 * proves nothing: it can be forged or belong to no one in the organisation).
	 */
	private Actor sender(IncomingEmail email) {
		String address = email.from().trim();
		String name = StringUtils.hasText(email.fromName()) ? email.fromName() : address;
		return this.employees.findByUpn(address)
			.filter(employee -> StringUtils.hasText(employee.entraObjectId()))
			.map(employee -> Actor.person(employee.entraObjectId(), address, name, Channel.EMAIL))
			.orElseGet(() -> Actor.unverified(address, name, Channel.EMAIL));
	}

	/**
	 * A new e-mail's announcement: the answers it gives and, per field it leaves to ask,
	 * why (what to check).
	 */
	private record Read(AnnouncementForm form, Map<FormField, String> notes) {
	}

	/**
	 * The announcement in a new e-mail: the first line (or the subject) that says what
	 * happens, completed with what the other lines say. The whole message is read by the
	 * optional language model too, as in Teams: with no form to show notes in, a field it
	 * read otherwise (or filled in) is asked, not filed, with the model's reading next to
	 * the question; so is a mover's current role the register contradicts.
	 */
	private Optional<Read> announcement(IncomingEmail email, List<String> lines, Locale locale) {
		List<String> candidates = new ArrayList<>();
		if (StringUtils.hasText(email.subject())) {
			candidates.add(REPLY_PREFIX.matcher(email.subject().trim()).replaceFirst(""));
		}
		candidates.addAll(lines);
		// The whole message first: a name on one line and what happens on the next is one
		// announcement.
		Announcement whole = this.intake
			.readAll(String.join("\n", lines.stream().filter(line -> !EmailAnswers.isLabelled(line)).toList()))
			.get(0);
		Announcement said = whole.kind() != null && !whole.isBareCommand() ? whole : null;
		for (String line : said != null ? List.<String>of() : candidates) {
			if (EmailAnswers.isLabelled(line)) {
				continue;
			}
			Announcement read = this.intake.read(line);
			if (read.kind() != null && (said == null || said.isBareCommand() && !read.isBareCommand())) {
				said = read;
			}
		}
		if (said == null) {
			return Optional.empty();
		}
		TicketKind kind = AnnouncementForm.kindOf(said);
		Intake.Prefill prefill = this.intake.prefill(said, kind, null, locale);
		AnnouncementForm form = prefill.form();
		for (String line : lines) {
			if (EmailAnswers.isLabelled(line)) {
				continue;
			}
			Announcement more = this.intake.read(line);
			Map<FormField, String> extra = new LinkedHashMap<>();
			if (!StringUtils.hasText(form.date()) && more.date() != null) {
				extra.put(FormField.DATE, more.date().toString());
			}
			if (!StringUtils.hasText(form.role()) && kind != TicketKind.LEAVER && more.roleKey() != null) {
				extra.put(FormField.ROLE, more.roleKey());
			}
			form = form.withAnswers(EmailAnswers.form(kind, extra));
		}
		Map<FormField, String> notes = new LinkedHashMap<>();
		if (said.notes().stream().anyMatch(note -> note.field() == FormField.DATE)) {
			// A date the words leave uncertain is asked, not filed: an e-mail opens the
			// ticket without a form to check.
			form = without(form, FormField.DATE);
			notes.putAll(AnnouncementNotes.of(said, locale));
			notes.keySet().retainAll(List.of(FormField.DATE));
		}
		Map<FormField, String> asked = new LinkedHashMap<>(AnnouncementNotes.ofModel(said, locale));
		asked.putAll(prefill.notes());
		for (Map.Entry<FormField, String> note : asked.entrySet()) {
			form = without(form, note.getKey());
			notes.merge(note.getKey(), note.getValue(), (a, b) -> a + " " + b);
		}
		return Optional.of(new Read(form.withAnswers(EmailAnswers.form(kind, EmailAnswers.labelled(lines))), notes));
	}

	/** The form with one answer left blank, to be asked. */
	private static AnnouncementForm without(AnnouncementForm form, FormField field) {
		return new AnnouncementForm(form.kind(), field == FormField.EMPLOYEE_NAME ? null : form.employeeName(),
				field == FormField.ROLE ? null : form.role(),
				field == FormField.CURRENT_ROLE ? null : form.currentRole(),
				field == FormField.DATE ? null : form.date(), form.workLocation(), form.shippingAddress(),
				form.deviceRetrieval(), form.delegate(), form.manager());
	}

	/**
	 * A reply's answers: labelled lines answer any question; otherwise only the questions
	 * asked are taken from the words, so a chatty reply cannot rename the person.
	 */
	private AnnouncementForm answers(MailThread thread, List<String> lines) {
		TicketKind kind = thread.form().kind();
		Map<FormField, String> answers = new LinkedHashMap<>(EmailAnswers.labelled(lines));
		List<String> free = lines.stream().filter(line -> !EmailAnswers.isLabelled(line)).toList();
		Announcement said = this.intake.read(String.join(" ", free));
		for (FormField asked : thread.asked()) {
			if (answers.containsKey(asked)) {
				continue;
			}
			String answer = switch (asked) {
				case DATE -> said.date() != null ? said.date().toString()
						: free.stream()
							.map(this.intake::dateOf)
							.flatMap(Optional::stream)
							.map(Object::toString)
							.findFirst()
							.orElse(null);
				case ROLE -> said.roleKey() != null ? said.roleKey() : null;
				case EMPLOYEE_NAME -> said.employeeName();
				default -> null;
			};
			if (answer == null && thread.asked().size() == 1 && !free.isEmpty()) {
				// one question, one answer: the first line is it
				answer = free.get(0);
			}
			if (answer != null) {
				answers.put(asked, answer);
			}
		}
		return EmailAnswers.form(kind, answers);
	}

	private void save(IncomingEmail email, AnnouncementForm form, List<FormField> asked, String ticketKey,
			boolean dutch) {
		this.mongo.save(new MailThread(email.conversationId(), email.from(), form, asked, ticketKey,
				dutch ? "nl" : "en", this.clock.instant()));
	}

	private List<String> opened(TicketView ticket, boolean dutch) {
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(dutch ? "Bedankt. Ticket " + ticket.key() + " is aangemaakt."
				: "Thank you. Ticket " + ticket.key() + " is open.");
		paragraphs.addAll(summary(ticket.kind(), ticket.employee().name(), ticket.date(), ticket.profile(),
				ticket.lateNotice(), dutch));
		paragraphs.add(dutch
				? "IT, Facilitair en HR krijgen hun taken in Teams. Noem " + ticket.key()
						+ " als je over deze melding schrijft."
				: "IT, Facility Management and HR get their tasks in Teams. Quote " + ticket.key()
						+ " when you write about this announcement.");
		return paragraphs;
	}

	/** Who, what and when, as the sender can check it; a late notice says so. */
	private List<String> summary(TicketKind kind, String who, java.time.LocalDate date, String profile, boolean late,
			boolean dutch) {
		DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
				dutch ? Locale.forLanguageTag("nl") : Locale.ENGLISH);
		String when = date != null ? day.format(date) : "";
		String role = profile != null && kind != TicketKind.LEAVER ? this.intake.roleTitle(profile) : null;
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(switch (kind) {
			case JOINER -> dutch ? who + " begint op " + when + (role != null ? " als " + role : "") + "."
					: who + " starts on " + when + (role != null ? " as " + role : "") + ".";
			case LEAVER -> dutch ? who + " gaat uit dienst; laatste werkdag " + when + "."
					: who + " leaves; last working day " + when + ".";
			case MOVER ->
				dutch ? who + " wordt " + role + " per " + when + "." : who + " becomes " + role + " on " + when + ".";
		});
		if (late) {
			paragraphs.add(dutch
					? "Let op: dit is een late melding (minder dan 14 dagen van tevoren); de taken worden als urgent gemarkeerd."
					: "Note: this is a late notice (less than 14 days ahead); the tasks will be marked urgent.");
		}
		return paragraphs;
	}

	private List<String> requested(TicketRequestView request, boolean dutch) {
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(dutch ? "Bedankt. Je melding is opgeslagen als verzoek " + request.id() + "."
				: "Thank you. Your announcement is stored as request " + request.id() + ".");
		NewTicket ticket = request.ticket();
		paragraphs.addAll(summary(ticket.kind(), request.employeeName(), ticket.date(), ticket.profile(),
				this.intake.isLateNotice(ticket.date()), dutch));
		paragraphs.add(dutch
				? "Een melding per e-mail wordt eerst in Teams bevestigd door HR of de leidinggevende van de persoon; tot dan gebeurt er niets. Je krijgt bericht in deze e-mailwisseling."
				: "An announcement by e-mail is first confirmed in Teams by HR or the person's manager of record; nothing happens until then. I will let you know in this thread.");
		return paragraphs;
	}

	private List<String> questions(AnnouncementForm form, IntakeOutcome.NeedsCorrection corrections,
			Map<FormField, String> notes, boolean dutch) {
		List<String> paragraphs = new ArrayList<>();
		String who = StringUtils.hasText(form.employeeName()) ? form.employeeName().trim() : null;
		paragraphs.add(dutch
				? "Bedankt. Om het ticket" + (who != null ? " voor " + who : "") + " aan te maken heb ik nog nodig:"
				: "Thank you. To open the ticket" + (who != null ? " for " + who : "") + " I still need:");
		StringBuilder asked = new StringBuilder();
		for (Map.Entry<FormField, String> error : corrections.errors().entrySet()) {
			asked.append("- ")
				.append(EmailAnswers.label(error.getKey(), form.kind(), dutch))
				.append(": ")
				.append(error.getValue())
				.append(notes.containsKey(error.getKey()) ? " " + notes.get(error.getKey()) : "")
				.append('\n');
		}
		paragraphs.add(asked.toString().trim());
		if (!corrections.suggestions().isEmpty()) {
			paragraphs.add((dutch ? "Bedoel je misschien: " : "Did you mean: ")
					+ String.join(", ", corrections.suggestions()) + "?");
		}
		StringBuilder example = new StringBuilder(
				dutch ? "Beantwoord deze e-mail met de antwoorden, één per regel, bijvoorbeeld:\n"
						: "Reply to this e-mail with the answers, one per line, for example:\n");
		for (FormField field : corrections.errors().keySet()) {
			example.append(EmailAnswers.label(field, form.kind(), dutch)).append(": …\n");
		}
		paragraphs.add(example.toString().trim());
		return paragraphs;
	}

	private static List<String> notUnderstood(boolean dutch) {
		return dutch ? List.of("Ik kon in deze e-mail geen melding vinden.",
				"Schrijf bijvoorbeeld: \"Anna de Vries begint op 7 december als accountmanager\" of \"Jan Bakker gaat 30-11 uit dienst\".")
				: List.of("I could not find an announcement in this e-mail.",
						"Write for example: \"Anna de Vries starts on 7 December as account manager\" or \"Jan Bakker leaves on 30 November\".");
	}

	private static EmailReply reply(String subject, List<String> paragraphs) {
		String text = String.join("\n\n", paragraphs);
		StringBuilder html = new StringBuilder("<html><body>");
		for (String paragraph : paragraphs) {
			html.append("<p>").append(EmailText.escape(paragraph).replace("\n", "<br>")).append("</p>");
		}
		html.append("</body></html>");
		return new EmailReply(subject, text, html.toString());
	}

	private static String replySubject(String subject, boolean dutch) {
		if (!StringUtils.hasText(subject)) {
			return dutch ? "Re: je melding" : "Re: your announcement";
		}
		return "Re: " + REPLY_PREFIX.matcher(subject.trim()).replaceFirst("");
	}

	private boolean isDutch(IncomingEmail email, List<String> lines) {
		// The language written decides; the mail client's only when the words give no
		// clue.
		String written = this.intake.read(String.join("\n", lines)).language();
		if (written != null) {
			return "nl".equals(written);
		}
		if (email.locale() != null && email.locale().toLowerCase(Locale.ROOT).startsWith("nl")) {
			return true;
		}
		String words = (email.subject() != null ? email.subject() + " " : "") + String.join(" ", lines);
		java.util.regex.Matcher matcher = DUTCH_WORDS.matcher(words);
		int hits = 0;
		while (matcher.find()) {
			hits++;
		}
		return hits >= 2;
	}

}
