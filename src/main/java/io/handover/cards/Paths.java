package io.handover.cards;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Memory paths as Adaptive Expressions builds and walks them ({@code a[0].b},
 * {@code a['x']}).
 */
final class Paths {

	private Paths() {
	}

	/**
	 * Splits a path on dots and brackets and unquotes the parts, like
	 * {@code SimpleObjectMemory}.
	 */
	static String[] split(String path) {
		List<String> parts = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (c == '.' || c == '[' || c == ']') {
				if (current.length() > 0) {
					parts.add(unquote(current.toString()));
					current.setLength(0);
				}
			}
			else {
				current.append(c);
			}
		}
		if (current.length() > 0) {
			parts.add(unquote(current.toString()));
		}
		return parts.toArray(String[]::new);
	}

	private static String unquote(String part) {
		if (part.length() >= 2
				&& ((part.startsWith("\"") && part.endsWith("\"")) || (part.startsWith("'") && part.endsWith("'")))) {
			return part.substring(1, part.length() - 1);
		}
		return part;
	}

	static JsonNode walk(JsonNode start, String[] parts, int first) {
		JsonNode current = start;
		JsonNode value = null;
		for (int i = first; i < parts.length; i++) {
			String part = parts[i];
			Long index = JsValues.parseInt(part);
			if (index != null && current != null && current.isArray()) {
				if (index < 0 || index >= current.size()) {
					return null;
				}
				value = current.get(index.intValue());
			}
			else {
				value = JsValues.accessProperty(current, part);
			}
			current = value;
		}
		return (first >= parts.length) ? start : value;
	}

}
