package io.handover.mail;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.handover.intake.AnnouncementForm;
import io.handover.intake.FormField;
import io.handover.ticket.TicketKind;

/**
 * Answers written as {@code Label: value} lines, the way the bot's questions ask for them
 * ({@code Start date: 7 December}, {@code Functie: accountmanager}), in English or Dutch.
 */
final class EmailAnswers {

	private static final Pattern LABELLED = Pattern.compile("^([\\p{L} '’/-]{2,40}?)\\s*[:=]\\s*(.+)$");

	private static final Map<FormField, List<String>> LABELS = new EnumMap<>(Map
		.of(FormField.EMPLOYEE_NAME, List.of("name", "employee", "person", "naam", "medewerker", "wie"), FormField.ROLE,
				List.of("role", "new role", "job", "function", "position", "profile", "functie", "nieuwe functie",
						"rol"),
				FormField.CURRENT_ROLE, List.of("current role", "old role", "huidige functie", "oude functie"),
				FormField.DATE,
				List.of("date", "start date", "starts", "start", "first day", "last working day", "last day",
						"leaving date", "date of the role change", "effective date", "datum", "startdatum",
						"eerste werkdag", "laatste werkdag", "uitdienstdatum", "ingangsdatum",
						"datum van de functiewijziging"),
				FormField.WORK_LOCATION, List.of("work location", "location", "werkplek", "locatie", "werklocatie"),
				FormField.SHIPPING_ADDRESS,
				List.of("shipping address", "address", "ship to", "verzendadres", "adres", "afleveradres"),
				FormField.DEVICE_RETRIEVAL,
				List.of("device retrieval", "devices", "retrieval", "inleveren", "apparaten", "ophalen"),
				FormField.DELEGATE,
				List.of("delegate", "mailbox", "mailbox delegate", "gemachtigde", "mailbox naar", "postvak"),
				FormField.MANAGER, List.of("manager", "leidinggevende")));

	private EmailAnswers() {
	}

	/** The labelled answers among the lines, by the question they answer. */
	static Map<FormField, String> labelled(List<String> lines) {
		Map<FormField, String> answers = new EnumMap<>(FormField.class);
		for (String line : lines) {
			Matcher matcher = LABELLED.matcher(line);
			if (!matcher.matches()) {
				continue;
			}
			String label = matcher.group(1).trim().toLowerCase(Locale.ROOT);
			for (Map.Entry<FormField, List<String>> field : LABELS.entrySet()) {
				if (field.getValue().contains(label)) {
					answers.putIfAbsent(field.getKey(), matcher.group(2).trim());
				}
			}
		}
		return answers;
	}

	static boolean isLabelled(String line) {
		Matcher matcher = LABELLED.matcher(line);
		return matcher.matches() && LABELS.values()
			.stream()
			.anyMatch(labels -> labels.contains(matcher.group(1).trim().toLowerCase(Locale.ROOT)));
	}

	/** A form holding just these answers. */
	static AnnouncementForm form(TicketKind kind, Map<FormField, String> answers) {
		return new AnnouncementForm(kind, answers.get(FormField.EMPLOYEE_NAME), answers.get(FormField.ROLE),
				answers.get(FormField.CURRENT_ROLE), answers.get(FormField.DATE), location(answers),
				answers.get(FormField.SHIPPING_ADDRESS), retrieval(answers), answers.get(FormField.DELEGATE),
				answers.get(FormField.MANAGER));
	}

	/** The label the bot asks a question with. */
	static String label(FormField field, TicketKind kind, boolean dutch) {
		return switch (field) {
			case EMPLOYEE_NAME -> dutch ? "Naam" : "Name";
			case ROLE ->
				kind == TicketKind.MOVER ? (dutch ? "Nieuwe functie" : "New role") : (dutch ? "Functie" : "Role");
			case CURRENT_ROLE -> dutch ? "Huidige functie" : "Current role";
			case DATE -> switch (kind) {
				case JOINER -> dutch ? "Startdatum" : "Start date";
				case LEAVER -> dutch ? "Laatste werkdag" : "Last working day";
				case MOVER -> dutch ? "Ingangsdatum" : "Effective date";
			};
			case WORK_LOCATION -> dutch ? "Werkplek" : "Work location";
			case SHIPPING_ADDRESS -> dutch ? "Verzendadres" : "Shipping address";
			case DEVICE_RETRIEVAL -> dutch ? "Apparaten" : "Device retrieval";
			case DELEGATE -> dutch ? "Mailbox naar" : "Mailbox delegate";
			case MANAGER -> dutch ? "Leidinggevende" : "Manager";
		};
	}

	private static String location(Map<FormField, String> answers) {
		String value = answers.get(FormField.WORK_LOCATION);
		if (value == null) {
			return null;
		}
		String lower = value.toLowerCase(Locale.ROOT);
		if (lower.contains("remote") || lower.contains("afstand") || lower.contains("thuis")) {
			return "REMOTE";
		}
		if (lower.contains("hybri")) {
			return "HYBRID";
		}
		if (lower.contains("office") || lower.contains("kantoor")) {
			return "OFFICE";
		}
		return value;
	}

	private static String retrieval(Map<FormField, String> answers) {
		String value = answers.get(FormField.DEVICE_RETRIEVAL);
		if (value == null) {
			return null;
		}
		String lower = value.toLowerCase(Locale.ROOT);
		if (lower.contains("courier") || lower.contains("koerier")) {
			return "COURIER";
		}
		if (lower.contains("wipe") || lower.contains("wissen")) {
			return "REMOTE_WIPE";
		}
		if (lower.contains("person") || lower.contains("persoonlijk")) {
			return "IN_PERSON";
		}
		return value;
	}

}
