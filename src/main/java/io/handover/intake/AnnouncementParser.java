package io.handover.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an announcement from a manager's words, e.g. {@code Anna de Vries starts on 7
 * December as account manager}, {@code Jan Bakker gaat 30-11 uit dienst} or just
 * {@code new starter}. Pure and deterministic; the caller passes today's date and the
 * role names to match.
 */
public final class AnnouncementParser {

	private static final List<KindWords> KINDS = List.of(new KindWords(Announcement.Kind.LEAVER,
			"\\b(new leaver|nieuwe? uitdienst(?:treder)?|uit dienst|uitdienst|leaver|leaves|leaving|is leaving|"
					+ "last (?:working )?day|resigns?|quits?|vertrekt|vertrek|laatste (?:werk)?dag|gaat weg|stopt)\\b"),
			new KindWords(Announcement.Kind.ROLE_CHANGE,
					"\\b(role change|functiewijziging|changes? roles?|moves? to|moving to|becomes|will become|"
							+ "promoted to|new role|nieuwe functie|wordt|gaat naar|switches to)\\b"),
			new KindWords(Announcement.Kind.STARTER,
					"\\b(new starter|new joiner|new hire|nieuwe medewerker|nieuwe collega|in dienst|starter|joiner|"
							+ "starts|starting|start|joins|joining|begins|beginning|begint|komt)\\b"));

	private static final Pattern ROLE_MARKER = Pattern.compile("\\b(?:as(?: an?)?|als|to|naar|becomes|wordt)\\s+(.+)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ROLE_END = Pattern.compile(
			"\\s*(?:[,.;!?]|\\bon\\b|\\bop\\b|\\bper\\b|\\bfrom\\b|\\bvanaf\\b|\\bstarting\\b|\\bin\\b|\\bwith\\b|\\bmet\\b|\\bremote|\\bhybrid|\\bhybride|\\bop afstand).*$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern REMOTE = Pattern
		.compile("\\b(remote|remotely|op afstand|thuiswerker|from home|vanuit huis)\\b");

	private static final Pattern HYBRID = Pattern.compile("\\b(hybrid|hybride)\\b");

	private static final Pattern OFFICE = Pattern
		.compile("\\b(at the office|in the office|op kantoor|on site|op locatie)\\b");

	private static final Set<String> FILLER = Set.of("hi", "hello", "hey", "hoi", "hallo", "dear", "beste", "please",
			"pls", "graag", "fyi", "note", "our", "onze", "new", "nieuwe", "colleague", "collega", "employee",
			"medewerker", "starter", "leaver", "joiner", "that", "dat", "—", "-", ":");

	private static final Set<String> STOP = Set.of("is", "will", "shall", "gaat", "zal", "on", "op", "per", "from",
			"vanaf", "as", "als", "at", "bij", "in", "and", "en", "has", "heeft", "was", "would", "to", "naar", "de",
			"starts", "leaves", "joins", "begint", "wordt", "becomes", "moves", "komt", "vertrekt", "stopt");

	private static final Set<String> PARTICLES = Set.of("de", "den", "der", "van", "von", "het", "ter", "ten", "te",
			"'t", "la", "le", "du", "da", "dos", "di", "del", "op", "in", "'s", "bin", "al");

	/**
	 * @param text what the manager wrote
	 * @param today the organisation's today, for dates without a year and relative dates
	 * @param roles the role profiles with the names people use for them
	 * @return what was understood; null fields were not understood
	 */
	public Announcement parse(String text, LocalDate today, List<RoleName> roles) {
		String words = text == null ? "" : text.replaceAll("\\s+", " ").trim();
		String lower = words.toLowerCase(Locale.ROOT);
		KindMatch kind = kindOf(lower);
		Optional<DateWords.Mention> date = DateWords.find(words, today);
		// A leaver keeps their role; words after "to" are where they go, not a profile.
		boolean leaver = kind != null && kind.kind() == Announcement.Kind.LEAVER;
		String role = leaver ? null : roleWords(words, kind, date.orElse(null));
		String roleKey = leaver ? null
				: role != null ? RoleWords.match(role, roles, true).orElse(null) : scanForRole(words, roles);
		String name = nameOf(words, kind, date.orElse(null));
		return new Announcement(kind != null ? kind.kind() : null, name, date.map(DateWords.Mention::date).orElse(null),
				role, roleKey, locationOf(lower), date.map(DateWords.Mention::words).orElse(null));
	}

	private static KindMatch kindOf(String lower) {
		for (KindWords kind : KINDS) {
			Matcher matcher = kind.pattern().matcher(lower);
			if (matcher.find()) {
				return new KindMatch(kind.kind(), matcher.start(), matcher.end());
			}
		}
		return null;
	}

	/**
	 * The person's name: the name-like words before the verb, or right after a leading
	 * command.
	 */
	private static String nameOf(String words, KindMatch kind, DateWords.Mention date) {
		int end = kind != null ? kind.start() : words.length();
		if (date != null && date.start() < end) {
			end = date.start();
		}
		String before = words.substring(0, end);
		String name = nameAtStart(before);
		if (name == null && kind != null) {
			String after = words.substring(kind.end());
			int stop = date != null && date.start() >= kind.end() ? date.start() - kind.end() : after.length();
			name = nameAtStart(after.substring(0, Math.max(0, stop)));
		}
		return name;
	}

	private static String nameAtStart(String text) {
		List<String> tokens = new ArrayList<>(List.of(text.replaceAll("[,:;!?()]", " ").trim().split("\\s+")));
		while (!tokens.isEmpty()
				&& (tokens.get(0).isBlank() || FILLER.contains(tokens.get(0).toLowerCase(Locale.ROOT)))) {
			tokens.remove(0);
		}
		List<String> name = new ArrayList<>();
		for (String token : tokens) {
			String lower = token.toLowerCase(Locale.ROOT);
			boolean particle = !name.isEmpty() && PARTICLES.contains(lower);
			if (!particle && (STOP.contains(lower) || !token.matches("[\\p{L}][\\p{L}'’.-]*"))) {
				break;
			}
			name.add(token);
		}
		while (!name.isEmpty() && PARTICLES.contains(name.get(name.size() - 1).toLowerCase(Locale.ROOT))) {
			name.remove(name.size() - 1);
		}
		if (name.isEmpty() || name.size() > 6) {
			return null;
		}
		return String.join(" ", name);
	}

	/**
	 * The words naming the role: after "as"/"als" (or a mover's "to"/"wordt"), up to a
	 * date or the end.
	 */
	private static String roleWords(String words, KindMatch kind, DateWords.Mention date) {
		String searchable = date != null
				? words.substring(0, date.start()) + " , " + words.substring(Math.min(words.length(), date.end()))
				: words;
		int from = kind != null ? Math.min(kind.start(), searchable.length()) : 0;
		Matcher marker = ROLE_MARKER.matcher(searchable.substring(from));
		if (!marker.find()) {
			return null;
		}
		String role = ROLE_END.matcher(marker.group(1)).replaceAll("").trim();
		return role.isEmpty() ? null : role;
	}

	/**
	 * Without "as ...", a role is only recognised when written exactly as one of its
	 * names.
	 */
	private static String scanForRole(String words, List<RoleName> roles) {
		String folded = " " + words.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}0-9]+", " ") + " ";
		for (RoleName role : roles) {
			for (String name : role.names()) {
				String candidate = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}0-9]+", " ").trim();
				if (candidate.length() >= 4 && folded.contains(" " + candidate + " ")) {
					return role.key();
				}
			}
		}
		return null;
	}

	private static Announcement.Location locationOf(String lower) {
		if (HYBRID.matcher(lower).find()) {
			return Announcement.Location.HYBRID;
		}
		if (REMOTE.matcher(lower).find()) {
			return Announcement.Location.REMOTE;
		}
		if (OFFICE.matcher(lower).find()) {
			return Announcement.Location.OFFICE;
		}
		return null;
	}

	private record KindWords(Announcement.Kind kind, Pattern pattern) {
		KindWords(Announcement.Kind kind, String regex) {
			this(kind, Pattern.compile(regex));
		}
	}

	private record KindMatch(Announcement.Kind kind, int start, int end) {
	}

}
