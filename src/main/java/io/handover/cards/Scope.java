package io.handover.cards;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an expression sees while a template expands: {@code $root}, {@code $data},
 * {@code $index}, {@code $host}.
 */
final class Scope {

	private static final String[] MEMBERS = { "_memory", "$root", "$data", "$index", "$host", "$_acTemplateVersion" };

	private static final ObjectNode TEMPLATE_VERSION = JsValues.NODES.objectNode()
		.put("major", 2)
		.put("minor", 3)
		.put("patch", 1)
		.put("suffix", "");

	final JsonNode root;

	final JsonNode host;

	JsonNode data;

	JsonNode index;

	/** Escape data bound into Markdown text ({@link CardTemplate#expandEscaped}). */
	boolean escapeMarkdown;

	Scope(JsonNode root, JsonNode host) {
		this.root = root;
		this.host = host;
	}

	JsonNode data() {
		return this.data != null ? this.data : this.root;
	}

	/**
	 * A path of the template memory: paths not naming a {@code $} member start at
	 * {@code $data}.
	 */
	JsonNode lookup(String[] parts, boolean startsAtData) {
		if (parts.length == 0) {
			return null;
		}
		JsonNode current;
		int first;
		if (startsAtData) {
			current = data();
			first = 0;
		}
		else {
			current = member(parts[0]);
			first = 1;
		}
		return Paths.walk(current, parts, first);
	}

	private JsonNode member(String name) {
		for (String member : MEMBERS) {
			if (member.equalsIgnoreCase(name)) {
				return switch (member) {
					case "$root" -> this.root;
					case "$data" -> data();
					case "$index" -> this.index;
					case "$host" -> this.host;
					case "$_acTemplateVersion" -> TEMPLATE_VERSION;
					default -> null;
				};
			}
		}
		return null;
	}

}
