package io.handover.teams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.bot.schema.Activity;
import tools.jackson.databind.node.ObjectNode;
import io.handover.intake.Announcement;
import io.handover.intake.AnnouncementNotes;
import io.handover.intake.AnnouncementParser;
import io.handover.intake.AnnouncementDrafts;
import io.handover.intake.AnnouncementForm;
import io.handover.intake.FormField;
import io.handover.intake.Intake;
import io.handover.intake.Requester;
import io.handover.intake.RoleChoice;
import io.handover.ticket.TicketKind;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A manager announces a starter, leaver or role change in their personal chat: as a
 * command ({@code new starter}, {@code uitdienst}) or in their own words ({@code Anna de
 * Vries starts on 7 December as account manager}). The answer is one card: the form,
 * prefilled with what was understood. Nothing but the draft is stored until the form is
 * submitted; the draft's id comes from the message, so a message Teams delivers twice
 * gives the same form and still opens one ticket.
 */
@Component
@Order(100)
class AnnouncementCommand implements ChatCommand {

	private final Intake intake;

	private final AnnouncementDrafts drafts;

	private final AnnouncementForms forms;

	private final Notices notices;

	private final AnnouncedBefore announcedBefore;

	private final MoveDateCommand moveDate;

	AnnouncementCommand(Intake intake, AnnouncementDrafts drafts, AnnouncementForms forms, Notices notices,
			AnnouncedBefore announcedBefore, MoveDateCommand moveDate) {
		this.announcedBefore = announcedBefore;
		this.moveDate = moveDate;
		this.intake = intake;
		this.drafts = drafts;
		this.forms = forms;
		this.notices = notices;
	}

	@Override
	public boolean matches(ChatMessage message) {
		// Words that look like an announcement (an intent word, or a name and a date) are
		// never answered "I did not understand".
		return AnnouncementParser.looksLikeAnnouncement(this.intake.read(message.text()));
	}

	@Override
	public Activity answer(ChatMessage message) {
		Locale locale = message.locale();
		if (!message.isPersonal()) {
			return Replies.card(this.notices.message(
					Notices.say(locale, "Announce it in a personal chat", "Meld het in een persoonlijke chat"),
					Notices.say(locale,
							"Starters, leavers and role changes are announced in your personal chat with me, so the form stays between us.",
							"Nieuwe medewerkers, vertrekkers en functiewijzigingen meld je in je persoonlijke chat met mij, zodat het formulier tussen ons blijft."),
					"accent", locale));
		}
		List<Announcement> announcements = this.intake.readAll(message.text());
		// The language written decides; the Teams client's only when the words give no
		// clue.
		Locale written = AnnouncementNotes.localeOf(announcements.get(0), locale);
		if (AnnouncementForm.kindOf(announcements.get(0)) == null) {
			return Replies.card(this.forms.askKind(announcements.get(0), written));
		}
		List<ObjectNode> cards = new ArrayList<>();
		for (int i = 0; i < announcements.size(); i++) {
			Announcement announcement = announcements.get(i);
			TicketKind kind = AnnouncementForm.kindOf(announcement);
			if (kind == null) {
				continue;
			}
			// a mover's current role from the register when the words do not say it
			Intake.Prefill prefill = this.intake.prefill(announcement, kind, message.from().name(), written);
			AnnouncementForm form = prefill.form();
			// The first person's draft keeps the id a one-person message always had.
			String draftId = i == 0 ? AnnouncementDrafts.idFor("teams", message.conversationId(), message.activityId())
					: AnnouncementDrafts.idFor("teams", message.conversationId(), message.activityId(),
							String.valueOf(i));
			this.drafts.start(draftId, requester(message.from()), message.conversationId(), message.text(), form);
			Map<FormField, String> shown = new LinkedHashMap<>(AnnouncementNotes.of(announcement, written));
			prefill.notes().forEach((field, note) -> shown.merge(field, note, (a, b) -> a + " " + b));
			// asked about, or announced again: what is open already comes first
			this.announcedBefore.find(form.employeeName(), kind, message.from(), message.conversationId())
				.ifPresent(open -> {
					cards.add(this.announcedBefore.card(open, written));
					// a date written again differently: moving the open ticket is one
					// click
					if (MoveDateCommand.anotherDateOnly(announcement, open)
							&& this.moveDate.mayMove(open, message.from(), message.conversationId())) {
						cards.add(this.moveDate.offer(open, announcement.date(), written));
					}
					shown.merge(FormField.EMPLOYEE_NAME, AnnouncedBefore.note(open, written), (a, b) -> a + " " + b);
				});
			cards.add(this.forms.render(draftId, form, notes(announcement, kind, written), shown, written));
		}
		return Replies.cards(cards);
	}

	/**
	 * What the words said that the form cannot take as it is: a role no profile matches.
	 */
	private Map<FormField, String> notes(Announcement announcement, TicketKind kind, Locale locale) {
		Map<FormField, String> notes = new LinkedHashMap<>();
		if (kind != TicketKind.LEAVER && announcement.roleWords() != null && announcement.roleKey() == null) {
			String roles = String.join(", ", this.intake.roles().stream().map(RoleChoice::name).toList());
			notes.put(FormField.ROLE,
					Notices.say(locale,
							"There is no role \"" + announcement.roleWords() + "\". Choose one of: " + roles + ".",
							"Er is geen functie \"" + announcement.roleWords() + "\". Kies uit: " + roles + "."));
		}
		return notes;
	}

	static Requester requester(ChatUser user) {
		return new Requester(ChannelCommands.actor(user));
	}

}
