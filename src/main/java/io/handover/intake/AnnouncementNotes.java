package io.handover.intake;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a form shows next to an answer its words prefilled but left uncertain (a weekday
 * that is not the date's, a day-first reading, a date in the past or far ahead, another
 * name): the value stays, with a note asking to check it. In the manager's language.
 */
public final class AnnouncementNotes {

	private AnnouncementNotes() {
	}

	/** The notes per form field, in the order of the form. */
	public static Map<FormField, String> of(Announcement announcement, Locale locale) {
		Map<FormField, String> notes = new LinkedHashMap<>();
		String date = announcement.date() == null ? ""
				: announcement.date()
					.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
							IntakeTexts.dutch(locale) ? Locale.forLanguageTag("nl-NL") : Locale.ENGLISH));
		for (Announcement.Note note : Announcement.Note.values()) {
			if (announcement.notes().contains(note)) {
				String text = IntakeTexts.text(locale, "note." + note.name(),
						announcement.dateWords() == null ? "" : announcement.dateWords(), date);
				notes.merge(note.field(), text, (a, b) -> a + " " + b);
			}
		}
		ofModel(announcement, locale).forEach((field, text) -> notes.merge(field, text, (a, b) -> a + " " + b));
		return notes;
	}

	/**
	 * Only what the optional language model read otherwise (or filled in), per form
	 * field; empty when it read nothing else or no model is used.
	 */
	public static Map<FormField, String> ofModel(Announcement announcement, Locale locale) {
		Map<FormField, String> notes = new LinkedHashMap<>();
		Announcement.ModelReading model = announcement.model();
		if (model != null) {
			if (model.kind() != null) {
				notes.merge(FormField.EMPLOYEE_NAME, IntakeTexts.text(locale, "note.MODEL.KIND",
						IntakeTexts.text(locale, "kind." + model.kind().name())), (a, b) -> a + " " + b);
			}
			if (model.name() != null) {
				notes.merge(FormField.EMPLOYEE_NAME, IntakeTexts.text(locale, "note.MODEL.NAME", model.name()),
						(a, b) -> a + " " + b);
			}
			if (model.date() != null) {
				notes.merge(FormField.DATE,
						IntakeTexts.text(locale, "note.MODEL.DATE", model.date()
							.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
									IntakeTexts.dutch(locale) ? Locale.forLanguageTag("nl-NL") : Locale.ENGLISH))),
						(a, b) -> a + " " + b);
			}
			if (model.roleTitle() != null) {
				notes.merge(FormField.ROLE, IntakeTexts.text(locale, "note.MODEL.ROLE", model.roleTitle()),
						(a, b) -> a + " " + b);
			}
		}
		return notes;
	}

	/**
	 * The language the words were written in as a locale, or the fallback (the Teams
	 * client's) when the words give no clue.
	 */
	public static Locale localeOf(Announcement announcement, Locale fallback) {
		if ("nl".equals(announcement.language())) {
			return Locale.forLanguageTag("nl-NL");
		}
		if ("en".equals(announcement.language())) {
			return Locale.ENGLISH;
		}
		return fallback;
	}

}
