package io.handover.teams;

import java.net.HttpURLConnection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.handover.common.Refusal;
import io.handover.intake.AnnouncementDraft;
import io.handover.intake.AnnouncementDrafts;
import io.handover.intake.AnnouncementForm;
import io.handover.intake.Intake;
import io.handover.intake.IntakeOutcome;
import io.handover.intake.Requester;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The form cards' buttons. {@code form.*.open} (from the help card) replaces the clicked
 * card with an empty form; {@code form.*.submit} checks the answers: corrections come
 * back in the same form next to their fields and nothing is stored; a valid form opens
 * the ticket and is replaced by its status card, or, from someone who may not open it
 * themself, stores a request that HR or the manager of record confirms. The ticket is
 * opened with an idempotency key made from the form's draft id, so a double click, or the
 * same invoke delivered twice, opens one ticket.
 */
@Component
class FormActions {

	private final Intake intake;

	private final AnnouncementDrafts drafts;

	private final AnnouncementForms forms;

	private final TicketStatusCards statusCards;

	private final TicketManagement tickets;

	private final TeamsPeople people;

	private final Notices notices;

	private final TicketRequestCards requestCards;

	FormActions(Intake intake, AnnouncementDrafts drafts, AnnouncementForms forms, TicketStatusCards statusCards,
			TicketManagement tickets, TeamsPeople people, Notices notices, TicketRequestCards requestCards) {
		this.requestCards = requestCards;
		this.intake = intake;
		this.drafts = drafts;
		this.forms = forms;
		this.statusCards = statusCards;
		this.tickets = tickets;
		this.people = people;
		this.notices = notices;
	}

	/** The idempotency key of a form's submission. */
	static String idempotencyKey(String draftId) {
		return "teams-form:" + draftId;
	}

	CardActionResult open(TicketKind kind, CardAction action) {
		// From "starting, moving or leaving?": the name and date understood come along,
		// and the form is in the language the words were written in.
		String name = action.data().path("employeeName").asString("");
		String date = action.data().path("date").asString("");
		AnnouncementForm form = AnnouncementForm.empty(kind)
			.withAnswers(new AnnouncementForm(kind, name.isBlank() || name.indexOf('<') >= 0 ? null : name.strip(),
					null, null, this.intake.dateOf(date).map(Object::toString).orElse(null), null, null, null, null,
					null))
			.withManager(action.actor().name());
		String draftId = AnnouncementDrafts.idFor("teams", action.conversationId(), action.activityId());
		this.drafts.start(draftId, AnnouncementCommand.requester(action.actor()), action.conversationId(), null, form);
		return new CardActionResult.Card(
				this.forms.render(draftId, form, Map.of(), AnnouncementForms.localeOf(action.data(), action.locale())));
	}

	CardActionResult submit(TicketKind kind, CardAction action) {
		String draftId = action.data().path("draftId").asString("");
		if (draftId.isBlank()) {
			return new CardActionResult.Error(HttpURLConnection.HTTP_BAD_REQUEST, "BadRequest",
					"This form has no draftId. Type help for a new one.");
		}
		Optional<TicketView> earlier = this.drafts.find(draftId)
			.filter(AnnouncementDraft::isSubmitted)
			.flatMap(draft -> this.tickets.find(draft.ticketKey()));
		if (earlier.isPresent()) {
			// Submitted before: show what it opened, whatever this copy of the form says.
			return new CardActionResult.Card(
					this.statusCards.render(earlier.get(), AnnouncementForms.localeOf(action.data(), action.locale())));
		}
		AnnouncementForm form = AnnouncementForms.read(kind, action.data());
		// The answer is in the form's language (the words written), not the client's.
		Locale locale = AnnouncementForms.localeOf(action.data(), action.locale());
		ChatUser user = action.actor();
		Requester requester = new Requester(this.people.actorOf(user, action.conversationId()));
		try {
			IntakeOutcome outcome = this.intake.submit(form, requester, idempotencyKey(draftId), locale,
					action.conversationId());
			if (outcome instanceof IntakeOutcome.Opened opened) {
				this.drafts.submitted(draftId, opened.ticket().key());
				return new CardActionResult.Card(this.statusCards.render(opened.ticket(), locale));
			}
			if (outcome instanceof IntakeOutcome.Requested requested) {
				return new CardActionResult.Card(this.requestCards.requested(requested.request(), locale));
			}
			IntakeOutcome.NeedsCorrection corrections = (IntakeOutcome.NeedsCorrection) outcome;
			return new CardActionResult.Card(this.forms.render(draftId, form, corrections.errors(), locale));
		}
		catch (Refusal refusal) {
			return new CardActionResult.Card(this.notices.refusal(refusal, locale));
		}
	}

	/** One handler per verb: open and submit for each kind of form. */
	@Configuration(proxyBeanMethods = false)
	static class Handlers {

		@Bean
		CardActionHandler starterFormOpen(FormActions forms) {
			return open(forms, TicketKind.JOINER);
		}

		@Bean
		CardActionHandler leaverFormOpen(FormActions forms) {
			return open(forms, TicketKind.LEAVER);
		}

		@Bean
		CardActionHandler moverFormOpen(FormActions forms) {
			return open(forms, TicketKind.MOVER);
		}

		@Bean
		CardActionHandler starterFormSubmit(FormActions forms) {
			return submit(forms, TicketKind.JOINER);
		}

		@Bean
		CardActionHandler leaverFormSubmit(FormActions forms) {
			return submit(forms, TicketKind.LEAVER);
		}

		@Bean
		CardActionHandler moverFormSubmit(FormActions forms) {
			return submit(forms, TicketKind.MOVER);
		}

		private static CardActionHandler open(FormActions forms, TicketKind kind) {
			return new VerbHandler(AnnouncementForms.openVerb(kind), action -> forms.open(kind, action));
		}

		private static CardActionHandler submit(FormActions forms, TicketKind kind) {
			return new VerbHandler(AnnouncementForms.submitVerb(kind), action -> forms.submit(kind, action));
		}

	}

}
