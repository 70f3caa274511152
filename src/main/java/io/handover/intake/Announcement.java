package io.handover.intake;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a manager's words said about one person. Every field may be null when the words
 * did not say it.
 *
 * @param kind starter, leaver or role change
 * @param employeeName the person's name as a form writes it (tussenvoegsels in lower
 * case)
 * @param date start date, last working day or move date
 * @param roleWords the words naming the role, as written
 * @param roleKey the role profile those words name, or null when none matches (for a
 * mover the new role, for a leaver the role they leave)
 * @param workLocation office, remote or hybrid
 * @param dateWords the words the date came from, to echo them back
 * @param currentRoleKey a mover's current role, when named
 * @param notes what the manager should check before submitting
 * @param language {@code nl} or {@code en} when the words tell, else null
 * @param model what the optional language model read differently or filled in, for the
 * form to show next to the fields; null when it did not (or no model is used)
 */
public record Announcement(Kind kind, String employeeName, LocalDate date, String roleWords, String roleKey,
		Location workLocation, String dateWords, String currentRoleKey, Set<Note> notes, String language,
		ModelReading model) {

	public Announcement {
		notes = notes == null ? Set.of() : Set.copyOf(notes);
	}

	public Announcement(Kind kind, String employeeName, LocalDate date, String roleWords, String roleKey,
			Location workLocation, String dateWords, String currentRoleKey, Set<Note> notes, String language) {
		this(kind, employeeName, date, roleWords, roleKey, workLocation, dateWords, currentRoleKey, notes, language,
				null);
	}

	/**
	 * What the language model read that our own reading did not say, or said otherwise:
	 * each value already checked by our code (the name occurs in the message, the date is
	 * a date, the role is a profile). Null values: nothing to show for that field.
	 *
	 * @param kind the kind the model read
	 * @param name the name the model read
	 * @param date the date the model read
	 * @param roleTitle the title of the profile the model's role words name
	 */
	public record ModelReading(Kind kind, String name, LocalDate date, String roleTitle) {

		public boolean isEmpty() {
			return this.kind == null && this.name == null && this.date == null && this.roleTitle == null;
		}

	}

	public Announcement(Kind kind, String employeeName, LocalDate date, String roleWords, String roleKey,
			Location workLocation, String dateWords) {
		this(kind, employeeName, date, roleWords, roleKey, workLocation, dateWords, null, Set.of(), null, null);
	}

	public enum Kind {

		STARTER, LEAVER, ROLE_CHANGE

	}

	public enum Location {

		OFFICE, REMOTE, HYBRID

	}

	/** Something the form shows next to a prefilled answer, asking to check it. */
	public enum Note {

		/**
		 * The weekday written next to the date is another day's ("Tuesday 9 December").
		 */
		WEEKDAY_CONTRADICTS(FormField.DATE),
		/** Day and month could be read the other way round (3/4/2027). */
		AMBIGUOUS_DATE(FormField.DATE),
		/** The date is in the past. */
		PAST_DATE(FormField.DATE),
		/** The date is more than 18 months ahead. */
		FAR_DATE(FormField.DATE),
		/** The words give more than one date for this person. */
		SEVERAL_DATES(FormField.DATE),
		/**
		 * The words give this person no date of their own; the date is the one said for
		 * someone else in the message ("Lieke starts 4 January, Mohamed as developer").
		 */
		DATE_OF_ANOTHER(FormField.DATE),
		/**
		 * Two people in the message share the first name the dates are told by ("Anna
		 * starts on 4 January, Anna a week later"): whose date is whose is a guess.
		 */
		SAME_FIRST_NAME(FormField.DATE),
		/**
		 * A day without its month ("on the 18th"), and no month said before it: the month
		 * is a guess.
		 */
		MONTH_GUESSED(FormField.DATE),
		/**
		 * Numbers that can only be read month first ("1/31"), as Americans write them.
		 */
		MONTH_FIRST(FormField.DATE),
		/**
		 * Weeks counted from a weekday that is today's ("donderdag over twee weken" said
		 * on a Thursday): from today or from the next one is a week apart.
		 */
		WEEKS_FROM_WHICH_DAY(FormField.DATE),
		/**
		 * "Next Friday" said in the week of that Friday: this one or the one after is a
		 * week apart.
		 */
		NEXT_WHICH_WEEK(FormField.DATE),
		/** "In the week of 11 January": only the week is told, not the day. */
		WEEK_ONLY(FormField.DATE),
		/**
		 * "Is everything ready for X? She starts Monday": the start is asked about, maybe
		 * announced before; the form may be one already made.
		 */
		ASKED_ABOUT(FormField.DATE),
		/**
		 * "The last week of December" runs into January: readers count such a week to
		 * either month, so the day taken may be a week off.
		 */
		WEEK_ACROSS_MONTHS(FormField.DATE),
		/**
		 * "From today she no longer works here": today, the day her access goes, or
		 * yesterday, her last day worked.
		 */
		FROM_TODAY_AWAY(FormField.DATE),
		/**
		 * "Vanaf 1 januari werkt hij niet meer bij ons": the date written may be the end
		 * of employment or the first day away, so the last day worked may be the day
		 * before.
		 */
		FROM_DATE_AWAY(FormField.DATE),
		/**
		 * The writer is not sure of the date ("I think", "waarschijnlijk", "onder
		 * voorbehoud"): taken as written, to be confirmed.
		 */
		DATE_UNSURE(FormField.DATE),
		/** Another name in the message could be the person meant. */
		OTHER_NAME(FormField.EMPLOYEE_NAME);

		private final FormField field;

		Note(FormField field) {
			this.field = field;
		}

		public FormField field() {
			return this.field;
		}

	}

	/**
	 * True when the words were only a command (e.g. {@code new starter}) with nothing to
	 * prefill.
	 */
	public boolean isBareCommand() {
		return this.employeeName == null && this.date == null && this.roleWords == null;
	}

}
