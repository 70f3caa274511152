package io.handover.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.handover.employee.Employee;

/**
 * The pseudonyms of one person, and the rewriting of text that names them. A pseudonym
 * depends only on the person's Handover id (which stays, so a history still reads as one
 * person), never on the values it replaces: running retention again, or for a field whose
 * period ends later, gives the same pseudonym.
 */
final class Pseudonyms implements UnaryOperator<String> {

	private final String code;

	private final List<Replacement> replacements = new ArrayList<>();

	private Pseudonyms(String employeeId) {
		this.code = code(employeeId);
	}

	/** The pseudonyms replacing {@code fields} of {@code person}. */
	static Pseudonyms of(Employee person, Iterable<String> fields) {
		Pseudonyms pseudonyms = new Pseudonyms(person.id());
		for (String field : fields) {
			String value = valueOf(person, field);
			if (value == null || value.isBlank() || value.equals(pseudonyms.forField(field))) {
				continue;
			}
			pseudonyms.replacements.add(pseudonyms.replacement(field, value));
		}
		return pseudonyms;
	}

	static String valueOf(Employee person, String field) {
		return switch (field) {
			case "name" -> person.name();
			case "upn" -> person.upn();
			case "entraObjectId" -> person.entraObjectId();
			case "hrEmployeeId" -> person.hrEmployeeId();
			default -> throw new IllegalArgumentException("Not a personal field: " + field);
		};
	}

	/** The pseudonym a field of this person gets. */
	String forField(String field) {
		return switch (field) {
			case "name" -> "Former employee " + this.code;
			case "upn" -> "former-" + this.code + "@pseudonymised.invalid";
			case "entraObjectId" -> "former-entra-" + this.code;
			case "hrEmployeeId" -> "former-hr-" + this.code;
			default -> throw new IllegalArgumentException("Not a personal field: " + field);
		};
	}

	boolean isEmpty() {
		return this.replacements.isEmpty();
	}

	/** The text with every mention of a replaced value rewritten to its pseudonym. */
	@Override
	public String apply(String text) {
		String rewritten = text;
		for (Replacement replacement : this.replacements) {
			rewritten = replacement.pattern.matcher(rewritten).replaceAll(replacement.pseudonym);
		}
		return rewritten;
	}

	private Replacement replacement(String field, String value) {
		String pseudonym = Matcher.quoteReplacement(forField(field));
		int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
		if (field.equals("hrEmployeeId")) {
			// an HR number is often a short number: only a value that is the number, or a
			// JSON string that is (in an audit change), never a part of another value
			return new Replacement(Pattern.compile("(^|\")" + Pattern.quote(value) + "(\"|$)", flags),
					"$1" + pseudonym + "$2");
		}
		// a name, an address, an object id: wherever it stands as a whole word
		return new Replacement(
				Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])", flags), pseudonym);
	}

	private static String code(String employeeId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("handover-pseudonym\0" + employeeId).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 6).toLowerCase(Locale.ROOT);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Replacement(Pattern pattern, String pseudonym) {

	}

}
