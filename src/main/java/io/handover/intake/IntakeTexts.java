package io.handover.intake;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

import io.handover.ticket.TicketKind;

/**
 * What the intake tells a manager about their answers, in English or Dutch. Kept here,
 * not in a card, because an e-mail reply says the same.
 */
final class IntakeTexts {

	private static final Map<String, String> ENGLISH = Map.ofEntries(
			Map.entry("name.required.JOINER", "Enter the name of the new employee."),
			Map.entry("name.required", "Enter the name or e-mail address of the employee."),
			Map.entry("name.markup", "A name cannot contain < or >."),
			Map.entry("date.required.JOINER", "Enter the start date."),
			Map.entry("date.required.LEAVER", "Enter the last working day."),
			Map.entry("date.required.MOVER", "Enter the date of the role change."),
			Map.entry("date.invalid", "\"{0}\" is not a date I understand. Use for example {1}."),
			Map.entry("date.past.JOINER", "The start date cannot be in the past."),
			Map.entry("date.past.LEAVER", "The last working day cannot be in the past."),
			Map.entry("date.past.MOVER", "The date of the role change cannot be in the past."),
			Map.entry("role.required", "Choose a role."), Map.entry("role.required.new", "Choose the new role."),
			Map.entry("role.required.current", "Choose the current role."),
			Map.entry("role.unknown", "There is no role \"{0}\". Choose one of: {1}."),
			Map.entry("role.same", "The new role must differ from the current role ({0})."),
			Map.entry("location.invalid", "Choose office, remote or hybrid."),
			Map.entry("shipping.required", "A remote starter needs a shipping address."),
			Map.entry("retrieval.invalid", "Choose in person, courier or remote wipe."),
			Map.entry("person.unknown", "No one called \"{0}\" is in the employee register."),
			Map.entry("person.unknown.suggest",
					"No one called \"{0}\" is in the employee register. Did you mean: {1}?"),
			Map.entry("person.ambiguous", "{0} people are called \"{1}\": {2}. Enter the e-mail address instead."),
			Map.entry("delegate.unknown", "No one called \"{0}\" was found. Enter their e-mail address."),
			Map.entry("delegate.unknown.suggest", "No one called \"{0}\" was found. Did you mean: {1}?"),
			Map.entry("note.WEEKDAY_CONTRADICTS",
					"\"{0}\": the weekday is not that of the date. I took the date, {1}; check it."),
			Map.entry("note.AMBIGUOUS_DATE", "I read \"{0}\" day first, as {1}; check it."),
			Map.entry("note.MONTH_GUESSED", "\"{0}\" gives no month; I took {1}. Check the month."),
			Map.entry("note.MONTH_FIRST", "I read \"{0}\" month first, as {1}; check it."),
			Map.entry("note.WEEKS_FROM_WHICH_DAY",
					"\"{0}\" said on that weekday: I counted from today, as {1}. Check whether a week later was meant."),
			Map.entry("note.NEXT_WHICH_WEEK",
					"\"{0}\" said this week: I took the coming one, {1}. Check whether the week after was meant."),
			Map.entry("note.ASKED_ABOUT",
					"You asked about this start ({1}) rather than announcing it: if it was announced before, there is nothing to send."),
			Map.entry("note.WEEK_ONLY",
					"Your message gives the week, not the day; I took \"{0}\" ({1}). Check the day."),
			Map.entry("note.WEEK_ACROSS_MONTHS",
					"That week runs across two months, and people count it to either; I took {1}. Check the week."),
			Map.entry("note.FROM_TODAY_AWAY",
					"\"{0}\": I took today, {1}, as the last day. If today is already the first day away, the last day worked was yesterday; check it."),
			Map.entry("note.FROM_DATE_AWAY",
					"\"{0}\": I took {1} as the last day. If it is already the first day away, the last day worked was the day before; check it."),
			Map.entry("note.DATE_UNSURE",
					"You were not sure of this date; I took \"{0}\" ({1}). Confirm it before you send the form."),
			Map.entry("note.PAST_DATE", "\"{0}\" ({1}) is in the past; check the date."),
			Map.entry("note.FAR_DATE", "\"{0}\" ({1}) is more than 18 months ahead; check the year."),
			Map.entry("note.SEVERAL_DATES", "Your message gives more than one date; I took \"{0}\" ({1}). Check it."),
			Map.entry("note.DATE_OF_ANOTHER",
					"Your message gives this date for someone else; I took \"{0}\" ({1}) for this person too. Check it."),
			Map.entry("note.OTHER_NAME", "Your message names someone else too; check that this is the right person."),
			Map.entry("note.SAME_FIRST_NAME",
					"Two people in your message have this first name; I cannot tell whose date is whose. I took \"{0}\" ({1}); check it."),
			Map.entry("note.MODEL.KIND", "The language model read this as {0}; check that this is the right form."),
			Map.entry("note.MODEL.NAME", "The language model read the name as \"{0}\"; check it."),
			Map.entry("note.MODEL.DATE", "The language model read the date as {0}; check it."),
			Map.entry("note.MODEL.ROLE", "The language model read the role as {0}; check it."),
			Map.entry("note.REGISTER.ROLE",
					"The register has {0} as {1}; your message says {2}. Check the current role."),
			Map.entry("kind.STARTER", "a starter"), Map.entry("kind.LEAVER", "a leaver"),
			Map.entry("kind.ROLE_CHANGE", "a role change"));

	private static final Map<String, String> DUTCH = Map.ofEntries(
			Map.entry("name.required.JOINER", "Vul de naam van de nieuwe medewerker in."),
			Map.entry("name.required", "Vul de naam of het e-mailadres van de medewerker in."),
			Map.entry("name.markup", "Een naam kan geen < of > bevatten."),
			Map.entry("date.required.JOINER", "Vul de startdatum in."),
			Map.entry("date.required.LEAVER", "Vul de laatste werkdag in."),
			Map.entry("date.required.MOVER", "Vul de datum van de functiewijziging in."),
			Map.entry("date.invalid", "\"{0}\" is geen datum die ik begrijp. Gebruik bijvoorbeeld {1}."),
			Map.entry("date.past.JOINER", "De startdatum kan niet in het verleden liggen."),
			Map.entry("date.past.LEAVER", "De laatste werkdag kan niet in het verleden liggen."),
			Map.entry("date.past.MOVER", "De datum van de functiewijziging kan niet in het verleden liggen."),
			Map.entry("role.required", "Kies een functie."), Map.entry("role.required.new", "Kies de nieuwe functie."),
			Map.entry("role.required.current", "Kies de huidige functie."),
			Map.entry("role.unknown", "Er is geen functie \"{0}\". Kies uit: {1}."),
			Map.entry("role.same", "De nieuwe functie moet verschillen van de huidige ({0})."),
			Map.entry("location.invalid", "Kies kantoor, op afstand of hybride."),
			Map.entry("shipping.required", "Een medewerker op afstand heeft een verzendadres nodig."),
			Map.entry("retrieval.invalid", "Kies persoonlijk, koerier of op afstand wissen."),
			Map.entry("person.unknown", "Niemand met de naam \"{0}\" staat in het personeelsregister."),
			Map.entry("person.unknown.suggest",
					"Niemand met de naam \"{0}\" staat in het personeelsregister. Bedoelde je: {1}?"),
			Map.entry("person.ambiguous", "{0} mensen heten \"{1}\": {2}. Vul het e-mailadres in."),
			Map.entry("delegate.unknown", "Niemand met de naam \"{0}\" gevonden. Vul het e-mailadres in."),
			Map.entry("delegate.unknown.suggest", "Niemand met de naam \"{0}\" gevonden. Bedoelde je: {1}?"),
			Map.entry("note.WEEKDAY_CONTRADICTS",
					"\"{0}\": de weekdag hoort niet bij de datum. Ik nam de datum, {1}; controleer die."),
			Map.entry("note.AMBIGUOUS_DATE", "Ik las \"{0}\" met de dag eerst, als {1}; controleer dat."),
			Map.entry("note.MONTH_GUESSED", "\"{0}\" noemt geen maand; ik nam {1}. Controleer de maand."),
			Map.entry("note.MONTH_FIRST", "Ik las \"{0}\" met de maand eerst, als {1}; controleer dat."),
			Map.entry("note.WEEKS_FROM_WHICH_DAY",
					"\"{0}\" op die weekdag gezegd: ik telde vanaf vandaag, als {1}. Controleer of een week later bedoeld is."),
			Map.entry("note.NEXT_WHICH_WEEK",
					"\"{0}\" deze week gezegd: ik nam de eerstvolgende, {1}. Controleer of de week erna bedoeld is."),
			Map.entry("note.ASKED_ABOUT",
					"Je vroeg naar deze start ({1}) in plaats van hem te melden: is hij al eerder gemeld, dan hoef je niets te versturen."),
			Map.entry("note.WEEK_ONLY",
					"Je bericht noemt de week, niet de dag; ik nam \"{0}\" ({1}). Controleer de dag."),
			Map.entry("note.WEEK_ACROSS_MONTHS",
					"Die week valt in twee maanden en telt voor de een bij de ene, voor de ander bij de andere; ik nam {1}. Controleer de week."),
			Map.entry("note.FROM_TODAY_AWAY",
					"\"{0}\": ik nam vandaag, {1}, als laatste dag. Is vandaag al de eerste dag weg, dan was gisteren de laatste werkdag; controleer het."),
			Map.entry("note.FROM_DATE_AWAY",
					"\"{0}\": ik nam {1} als laatste dag. Is dat al de eerste dag weg, dan was de dag ervoor de laatste werkdag; controleer het."),
			Map.entry("note.DATE_UNSURE",
					"Je schreef deze datum als onzeker; ik nam \"{0}\" ({1}). Bevestig hem voor je het formulier verstuurt."),
			Map.entry("note.PAST_DATE", "\"{0}\" ({1}) ligt in het verleden; controleer de datum."),
			Map.entry("note.FAR_DATE", "\"{0}\" ({1}) ligt meer dan 18 maanden vooruit; controleer het jaar."),
			Map.entry("note.SEVERAL_DATES",
					"Je bericht noemt meer dan één datum; ik nam \"{0}\" ({1}). Controleer die."),
			Map.entry("note.DATE_OF_ANOTHER",
					"Je bericht noemt deze datum bij iemand anders; ik nam \"{0}\" ({1}) ook voor deze persoon. Controleer die."),
			Map.entry("note.OTHER_NAME", "Je bericht noemt nog iemand; controleer of dit de juiste persoon is."),
			Map.entry("note.SAME_FIRST_NAME",
					"Twee mensen in je bericht hebben deze voornaam; ik kan niet zien welke datum bij wie hoort. Ik nam \"{0}\" ({1}); controleer die."),
			Map.entry("note.MODEL.KIND", "Het taalmodel las dit als {0}; controleer of dit het juiste formulier is."),
			Map.entry("note.MODEL.NAME", "Het taalmodel las de naam als \"{0}\"; controleer die."),
			Map.entry("note.MODEL.DATE", "Het taalmodel las de datum als {0}; controleer die."),
			Map.entry("note.MODEL.ROLE", "Het taalmodel las de functie als {0}; controleer die."),
			Map.entry("note.REGISTER.ROLE",
					"Volgens het register is {0} {1}; je bericht zegt {2}. Controleer de huidige functie."),
			Map.entry("kind.STARTER", "een nieuwe medewerker"), Map.entry("kind.LEAVER", "een vertrekker"),
			Map.entry("kind.ROLE_CHANGE", "een functiewijziging"));

	private IntakeTexts() {
	}

	static String text(Locale locale, String key, Object... arguments) {
		Map<String, String> texts = dutch(locale) ? DUTCH : ENGLISH;
		String pattern = texts.get(key);
		if (pattern == null) {
			throw new IllegalArgumentException("No intake text " + key);
		}
		// MessageFormat would format numbers and dates by locale; the arguments are
		// already text.
		Object[] words = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			words[i] = String.valueOf(arguments[i]);
		}
		return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(words);
	}

	static String text(Locale locale, String key, TicketKind kind, Object... arguments) {
		return text(locale, key + "." + kind.name(), arguments);
	}

	static boolean dutch(Locale locale) {
		return locale != null && "nl".equals(locale.getLanguage());
	}

}
