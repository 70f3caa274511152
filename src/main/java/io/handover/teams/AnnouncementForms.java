package io.handover.teams;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.intake.Announcement;
import io.handover.intake.AnnouncementForm;
import io.handover.intake.FormField;
import io.handover.intake.Intake;
import io.handover.ticket.TicketKind;
import org.springframework.stereotype.Component;

/**
 * The starter, leaver and role-change form cards: rendered from an
 * {@link AnnouncementForm} with the corrections next to their fields, and read back from
 * the inputs Teams sends with the submit action. The card input ids are the card
 * catalogue's (e.g. {@code startDate} for a starter's date, {@code lastWorkingDay} for a
 * leaver's).
 */
@Component
class AnnouncementForms {

	private final Cards cards;

	private final Intake intake;

	AnnouncementForms(Cards cards, Intake intake) {
		this.cards = cards;
		this.intake = intake;
	}

	static String submitVerb(TicketKind kind) {
		return "form." + word(kind) + ".submit";
	}

	static String openVerb(TicketKind kind) {
		return "form." + word(kind) + ".open";
	}

	ObjectNode render(String draftId, AnnouncementForm form, Map<FormField, String> errors, Locale locale) {
		return render(draftId, form, errors, Map.of(), locale);
	}

	/**
	 * The form with corrections and, next to the answers the words left uncertain, notes
	 * asking to check them.
	 */
	ObjectNode render(String draftId, AnnouncementForm form, Map<FormField, String> errors,
			Map<FormField, String> notes, Locale locale) {
		TicketKind kind = form.kind();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("draftId", draftId);
		putText(data, "employeeName", form.employeeName());
		LocalDate date = this.intake.dateOf(form.date()).orElse(null);
		switch (kind) {
			case JOINER -> {
				putText(data, "roleProfile", roleKey(form.role()));
				data.put("roleProfiles", this.intake.roles());
				putDate(data, "startDate", date);
				putText(data, "workLocation", form.workLocation());
				putText(data, "shippingAddress", form.shippingAddress());
			}
			case LEAVER -> {
				putDate(data, "lastWorkingDay", date);
				putText(data, "deviceRetrieval", form.deviceRetrieval());
				putText(data, "delegateName", form.delegate());
			}
			case MOVER -> {
				putText(data, "currentRoleProfile", roleKey(form.currentRole()));
				putText(data, "newRoleProfile", roleKey(form.role()));
				data.put("roleProfiles", this.intake.roles());
				putDate(data, "effectiveDate", date);
			}
		}
		putText(data, "managerName", form.manager());
		// the form remembers its language: its answer follows the words written, not the
		// Teams client's locale
		data.put("language", language(locale));
		if (kind != TicketKind.MOVER && this.intake.isLateNotice(date) && !date.isBefore(this.intake.today())) {
			data.put("lateNotice", true);
		}
		if (errors != null && !errors.isEmpty()) {
			Map<String, String> shown = new LinkedHashMap<>();
			errors.forEach((field, message) -> shown.merge(inputOf(kind, field), message, (a, b) -> a + " " + b));
			data.put("errors", shown);
		}
		if (notes != null && !notes.isEmpty()) {
			Map<String, String> shown = new LinkedHashMap<>();
			notes.forEach((field, message) -> shown.merge(inputOf(kind, field), message, (a, b) -> a + " " + b));
			data.put("notes", shown);
		}
		return this.cards.render(cardOf(kind), data, locale);
	}

	/**
	 * Words that look like an announcement but name no intent: what was understood, and
	 * buttons for starting, moving or leaving that open the form.
	 */
	ObjectNode askKind(Announcement announcement, Locale locale) {
		Map<String, Object> data = new LinkedHashMap<>();
		putText(data, "employeeName", announcement.employeeName());
		putText(data, "dateWords", announcement.dateWords());
		// the buttons open the form with what was understood, in the language written
		data.put("prefillName", announcement.employeeName() != null ? announcement.employeeName() : "");
		data.put("prefillDate", announcement.date() != null ? announcement.date().toString() : "");
		data.put("language", language(locale));
		return this.cards.render(CardName.ANNOUNCEMENT_KIND, data, locale);
	}

	static String language(Locale locale) {
		return locale != null && "nl".equals(locale.getLanguage()) ? "nl" : "en";
	}

	/**
	 * The language a form or its buttons were shown in ({@code language} in the action's
	 * data), else the Teams client's.
	 */
	static Locale localeOf(JsonNode data, Locale client) {
		return switch (data == null ? "" : data.path("language").asString("")) {
			case "nl" -> Locale.forLanguageTag("nl-NL");
			case "en" -> Locale.ENGLISH;
			default -> client;
		};
	}

	/** The answers the person submitted, from the action's data. */
	static AnnouncementForm read(TicketKind kind, JsonNode data) {
		return switch (kind) {
			case JOINER -> new AnnouncementForm(kind, text(data, "employeeName"), text(data, "roleProfile"), null,
					text(data, "startDate"), text(data, "workLocation"), text(data, "shippingAddress"), null, null,
					text(data, "manager"));
			case LEAVER ->
				new AnnouncementForm(kind, text(data, "employeeName"), null, null, text(data, "lastWorkingDay"), null,
						null, text(data, "deviceRetrieval"), text(data, "delegate"), text(data, "manager"));
			case MOVER -> new AnnouncementForm(kind, text(data, "employeeName"), text(data, "newRoleProfile"),
					text(data, "currentRoleProfile"), text(data, "effectiveDate"), null, null, null, null,
					text(data, "manager"));
		};
	}

	/** The id of the card input (or error slot) that shows a field. */
	static String inputOf(TicketKind kind, FormField field) {
		return switch (field) {
			case EMPLOYEE_NAME -> "employeeName";
			case ROLE -> kind == TicketKind.MOVER ? "newRoleProfile" : "roleProfile";
			case CURRENT_ROLE -> "currentRoleProfile";
			case DATE -> switch (kind) {
				case JOINER -> "startDate";
				case LEAVER -> "lastWorkingDay";
				case MOVER -> "effectiveDate";
			};
			case WORK_LOCATION -> "workLocation";
			case SHIPPING_ADDRESS -> "shippingAddress";
			case DEVICE_RETRIEVAL -> "deviceRetrieval";
			case DELEGATE -> "delegate";
			case MANAGER -> "manager";
		};
	}

	/**
	 * A role as the choice set knows it (a profile key); words that name no profile stay
	 * as written so the correction can quote them.
	 */
	private String roleKey(String role) {
		if (role == null || role.isBlank()) {
			return null;
		}
		return this.intake.roles()
			.stream()
			.filter(choice -> choice.key().equals(role.trim()) || choice.name().equalsIgnoreCase(role.trim()))
			.map(choice -> choice.key())
			.findFirst()
			.orElse(null);
	}

	private static CardName cardOf(TicketKind kind) {
		return switch (kind) {
			case JOINER -> CardName.STARTER_FORM;
			case LEAVER -> CardName.LEAVER_FORM;
			case MOVER -> CardName.MOVER_FORM;
		};
	}

	private static String word(TicketKind kind) {
		return switch (kind) {
			case JOINER -> "starter";
			case LEAVER -> "leaver";
			case MOVER -> "mover";
		};
	}

	private static void putText(Map<String, Object> data, String key, String value) {
		if (value != null && !value.isBlank()) {
			data.put(key, value.trim());
		}
	}

	private static void putDate(Map<String, Object> data, String key, LocalDate date) {
		if (date != null) {
			data.put(key, date);
		}
	}

	private static String text(JsonNode data, String field) {
		JsonNode value = data.path(field);
		return value.isValueNode() && !value.isNull() ? value.asString("") : null;
	}

}
