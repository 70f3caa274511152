package io.handover.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HR list that says the kind in labels, not verbs: "Leaving: Chris Evans, 22 Dec.
 * Joining: Ana Souza, 4 Jan", "In dienst: … Uit dienst: …", "Starters: … Leavers: …".
 * Each label holds for the people up to the next label; what another section says (its
 * date, its job) is not theirs. Only a message with labels of two kinds is read this way:
 * one label alone already agrees with the verbs around it.
 */
final class KindLabels {

	/**
	 * A label at the start of the text, a line or a sentence: one to three words and a
	 * colon.
	 */
	private static final Pattern LABEL = Pattern.compile(
			"(?:^|(?<=[\\n.;!?])[ \\t]*|(?<=\\n)[-*•–]?[ \\t]*)(\\p{L}[\\p{L}'’-]*(?: \\p{L}[\\p{L}'’-]*){0,2})[ \\t]*:");

	private static final Pattern STARTER = Pattern.compile("(?iu)(?:new )?(?:joining|joiners?|starters?|starting|"
			+ "new hires?|hires|arrivals?|newcomers?)|in dienst|indiensttreding(?:en)?|nieuw|nieuwe (?:collega['’]?s?|"
			+ "medewerkers?|starters?)|instroom|welkom|welcome");

	private static final Pattern LEAVER = Pattern.compile("(?iu)leaving|leavers?|departures?|exits?|offboarding|"
			+ "uit dienst|uitdiensttreding(?:en)?|uitstroom|vertrek|vertrekkers?|vertrekkend|afscheid|farewells?");

	private static final Pattern MOVER = Pattern.compile("(?iu)moving|movers?|(?:internal )?moves|"
			+ "(?:internal )?transfers?|role changes?|doorstroom|interne? (?:verschuivingen|wissels?|overplaatsingen)|"
			+ "overplaatsingen|nieuwe functies?");

	private KindLabels() {
	}

	/**
	 * The people's kinds as the labels say them, in a message with two kinds of label.
	 */
	static List<Announcement> labelled(String body, List<Announcement> read) {
		List<Section> sections = sections(body);
		if (sections.stream().map(Section::kind).filter(k -> k != null).distinct().count() < 2) {
			return read;
		}
		List<Announcement> result = new ArrayList<>();
		for (Announcement a : read) {
			int at = a.employeeName() == null ? -1 : WhereNamed.in(body, a.employeeName());
			Section section = sections.stream().filter(s -> s.start() <= at && at < s.end()).findFirst().orElse(null);
			if (section == null || section.kind() == null) {
				result.add(a);
				continue;
			}
			String words = body.substring(section.start(), section.end()).toLowerCase(Locale.ROOT);
			boolean ownRole = a.roleWords() == null || words.contains(a.roleWords().toLowerCase(Locale.ROOT));
			boolean ownDate = a.dateWords() == null || words.contains(a.dateWords().toLowerCase(Locale.ROOT));
			result.add(new Announcement(section.kind(), a.employeeName(), ownDate ? a.date() : null,
					ownRole ? a.roleWords() : null, ownRole ? a.roleKey() : null, a.workLocation(),
					ownDate ? a.dateWords() : null,
					section.kind() == Announcement.Kind.ROLE_CHANGE ? a.currentRoleKey() : null,
					ownDate ? a.notes() : withoutDateNotes(a.notes()), a.language()));
		}
		return result;
	}

	private static Set<Announcement.Note> withoutDateNotes(Set<Announcement.Note> notes) {
		return notes.stream().filter(n -> n.field() != FormField.DATE).collect(Collectors.toSet());
	}

	/** The text from each label to the next, with the kind the label says (or none). */
	private static List<Section> sections(String body) {
		List<Section> sections = new ArrayList<>();
		Matcher label = LABEL.matcher(body);
		int start = -1;
		Announcement.Kind kind = null;
		while (label.find()) {
			if (start >= 0) {
				sections.add(new Section(start, label.start(1), kind));
			}
			start = label.end();
			kind = kindOf(label.group(1));
		}
		if (start >= 0) {
			sections.add(new Section(start, body.length(), kind));
		}
		return sections;
	}

	private static Announcement.Kind kindOf(String label) {
		if (STARTER.matcher(label).matches()) {
			return Announcement.Kind.STARTER;
		}
		if (LEAVER.matcher(label).matches()) {
			return Announcement.Kind.LEAVER;
		}
		return MOVER.matcher(label).matches() ? Announcement.Kind.ROLE_CHANGE : null;
	}

	private record Section(int start, int end, Announcement.Kind kind) {
	}

}
