package io.handover.cards;

/**
 * Escapes text for the Markdown subset Teams renders in Adaptive Cards (TextBlock text,
 * fact titles and values), so a value from outside (a name, a reason, a serial number)
 * shows as the characters it is: {@code [Reset your password](https://evil)} stays text,
 * never a link; {@code **} never bold; a line starting {@code - }, {@code + },
 * {@code # }, {@code >} or {@code 1. } never a list, heading or quote. Characters that
 * only mean something next to these (parentheses, {@code !}) are left alone, so ordinary
 * text reads the same. Backslash escapes are CommonMark's, which Teams and the Adaptive
 * Cards renderers follow.
 */
public final class Markdown {

	/** Emphasis, code, strike-through, links, autolinks and the escape itself. */
	private static final String SPECIAL = "\\`*_[]<~";

	private Markdown() {
	}

	public static String escape(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 8);
		boolean lineStart = true;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (lineStart) {
				int marker = blockMarkerEnd(text, i);
				if (marker > i) {
					// escape the marker's last character: "\-", "\#", "1\."
					out.append(text, i, marker - 1).append('\\').append(text.charAt(marker - 1));
					i = marker - 1;
					lineStart = false;
					continue;
				}
			}
			if (SPECIAL.indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
			lineStart = c == '\n' || c == '\r' || (lineStart && (c == ' ' || c == '\t'));
		}
		return out.toString();
	}

	/**
	 * The end of a block marker starting at {@code i} ({@code >}; {@code -}, {@code +},
	 * {@code *}, {@code #}, or digits and {@code .} or {@code )}, followed by a space or
	 * the end of the line), or {@code i}.
	 */
	private static int blockMarkerEnd(String text, int i) {
		char c = text.charAt(i);
		if (c == '>') {
			return i + 1;
		}
		int end = i;
		if (c == '-' || c == '+' || c == '#') {
			end = i + 1;
		}
		else {
			int j = i;
			while (j < text.length() && j - i < 9 && Character.isDigit(text.charAt(j))) {
				j++;
			}
			if (j > i && j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == ')')) {
				end = j + 1;
			}
		}
		if (end > i && (end == text.length() || " \t\r\n".indexOf(text.charAt(end)) >= 0)) {
			return end;
		}
		return i;
	}

}
