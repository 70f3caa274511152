package io.handover.cards;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The texts of the cards in English and Dutch, from {@code cards/texts*.properties}.
 * Templates read them as {@code $host.text.<key>}; a key a template uses that a language
 * lacks is a load-time error.
 */
final class CardTexts {

	static final String BUNDLE = "cards.texts";

	private final ObjectNode english;

	private final ObjectNode dutch;

	private CardTexts(ObjectNode english, ObjectNode dutch) {
		this.english = english;
		this.dutch = dutch;
	}

	static CardTexts load() {
		return new CardTexts(host(Locale.ENGLISH, "en-GB"), host(Locale.forLanguageTag("nl"), "nl-NL"));
	}

	/** Keys of one language, sorted. */
	static Map<String, String> texts(Locale locale) {
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		Map<String, String> texts = new TreeMap<>();
		for (String key : Collections.list(bundle.getKeys())) {
			texts.put(key, bundle.getString(key));
		}
		return texts;
	}

	/**
	 * Dotted keys become nested objects, so templates write
	 * {@code $host.text.task.claim}.
	 */
	private static ObjectNode host(Locale locale, String tag) {
		ObjectNode host = JsValues.NODES.objectNode();
		ObjectNode text = host.putObject("text");
		texts(locale).forEach((key, value) -> {
			String[] parts = key.split("\\.");
			ObjectNode parent = text;
			for (int i = 0; i < parts.length - 1; i++) {
				JsonNode child = parent.get(parts[i]);
				if (child != null && !child.isObject()) {
					throw new IllegalStateException("Card text '" + key + "' clashes with a shorter key");
				}
				parent = (child == null) ? parent.putObject(parts[i]) : (ObjectNode) child;
			}
			if (parent.has(parts[parts.length - 1])) {
				throw new IllegalStateException("Card text '" + key + "' clashes with a longer key");
			}
			parent.put(parts[parts.length - 1], value);
		});
		host.put("locale", tag);
		return host;
	}

	JsonNode host(Locale locale) {
		return (locale != null && "nl".equals(locale.getLanguage())) ? this.dutch : this.english;
	}

	void checkKeysUsedBy(CardTemplate template) {
		for (CardTemplate.Located located : template.expressions()) {
			Set<String> keys = new TreeSet<>();
			collectTextKeys(located.expr(), keys);
			for (String key : keys) {
				for (ObjectNode host : new ObjectNode[] { this.english, this.dutch }) {
					if (host.get("text").at("/" + key.replace('.', '/')).isMissingNode()) {
						throw new TemplateException(template.name(), located.path(), located.source(),
								"no text '" + key + "' for " + host.get("locale").stringValue(null));
					}
				}
			}
		}
	}

	/**
	 * Collects {@code $host.text.a.b} paths; a path used as {@code [index]} target must
	 * exist as a group.
	 */
	private static void collectTextKeys(Expr expr, Set<String> keys) {
		if (expr instanceof Expr.Accessor accessor) {
			java.util.LinkedList<String> path = new java.util.LinkedList<>();
			Expr current = accessor;
			while (current instanceof Expr.Accessor step) {
				path.addFirst(step.property);
				current = step.instance;
			}
			if (current == null && path.size() > 2 && path.get(0).equals("$host") && path.get(1).equals("text")) {
				keys.add(String.join(".", path.subList(2, path.size())));
				return;
			}
			if (accessor.instance != null) {
				collectTextKeys(accessor.instance, keys);
			}
		}
		if (expr instanceof Expr.Element element) {
			collectTextKeys(element.instance, keys);
			collectTextKeys(element.index, keys);
		}
		expr.children().forEach(child -> collectTextKeys(child, keys));
	}

}
