package io.handover.common;

/**
 * The one way an untrusted value (anything from an activity, a token, an e-mail, an HR
 * file, a caller's request) goes into a log message: control characters, line and
 * paragraph separators and invisible formatting characters (bidi overrides) are escaped
 * as {@code \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX}, so a value cannot
 * start a line of its own that reads like one Handover wrote, in the plain-text log nor,
 * once read back, in the JSON one; and a value is cut at {@value #MAX} characters.
 */
public final class LogSafe {

	static final int MAX = 300;

	private LogSafe() {
	}

	/** {@code value} fit for a log line; "null" for null. */
	public static String of(Object value) {
		if (value == null) {
			return "null";
		}
		String text = value.toString();
		StringBuilder safe = new StringBuilder(Math.min(text.length(), MAX) + 16);
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			if (count++ == MAX) {
				safe.append("…(").append(text.length()).append(" characters)");
				break;
			}
			char c = text.charAt(i);
			switch (c) {
				case '\n' -> safe.append("\\n");
				case '\r' -> safe.append("\\r");
				case '\t' -> safe.append("\\t");
				default -> {
					if (escaped(c)) {
						safe.append(String.format("\\u%04x", (int) c));
					}
					else {
						safe.append(c);
					}
				}
			}
		}
		return safe.toString();
	}

	private static boolean escaped(char c) {
		int type = Character.getType(c);
		return Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
				|| type == Character.FORMAT;
	}

}
