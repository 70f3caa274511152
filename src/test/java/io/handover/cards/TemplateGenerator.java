package io.handover.cards;

import java.util.List;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random templates and data for the differential test: paths that exist and paths that
 * don't, indexers, {@code $root}/{@code $index}/{@code $data}, repeated elements,
 * {@code $when}, interpolation and the functions cards use.
 */
final class TemplateGenerator {

	private static final List<String> ROOT_PATHS = List.of("name", "n", "x", "flag", "nested.a.b", "items[0].title",
			"items[1].sub.v", "words[0]", "words[2]", "missing", "missing.deep", "$root.name", "NAME", "Nested.A.b",
			"items[0].tags[1]", "nested['a'].b", "$host.text.hello", "empty", "day", "stamp", "$data.n", "items",
			"words", "nested");

	private static final List<String> ITEM_PATHS = List.of("title", "n", "done", "$index", "$root.name", "$data.title",
			"tags[0]", "sub.v", "missing", "$root.words[1]", "Title", "sub.missing", "$host.text.hello");

	private static final List<String> STRING_PATHS = List.of("name", "nested.a.b", "words[1]", "missing");

	private static final List<String> FORMATS = List.of("d MMM yyyy", "dd-MM-yyyy", "dddd d MMMM yyyy", "HH:mm",
			"yyyy-MM-dd HH:mm", "ddd d MMM yy h:mm tt");

	private final Random random;

	TemplateGenerator(Random random) {
		this.random = random;
	}

	JsonNode host() {
		ObjectNode host = JsValues.NODES.objectNode();
		host.putObject("text").put("hello", this.random.nextBoolean() ? "Hello" : "Hallo");
		return host;
	}

	JsonNode data() {
		ObjectNode root = JsValues.NODES.objectNode();
		root.put("name", pick(List.of("Anna de Vries", "Jan", "Øystein Ærø", "", "x y z")));
		root.put("n", this.random.nextInt(7) - 2);
		root.put("x", pick(List.of(2.5, 0.1, 1e-7, 12345.678, -3.25)));
		root.put("flag", this.random.nextBoolean());
		root.putObject("nested").putObject("a").put("b", "deep");
		root.putArray("empty");
		root.put("day", "2026-12-0" + (1 + this.random.nextInt(9)));
		root.put("stamp", "2026-11-23T" + (10 + this.random.nextInt(13)) + ":0" + this.random.nextInt(10) + ":00");
		ArrayNode words = root.putArray("words");
		int wordCount = this.random.nextInt(5);
		for (int i = 0; i < wordCount; i++) {
			words.add(pick(List.of("laptop", "phone", "pass", "key", "Monitor")));
		}
		ArrayNode items = root.putArray("items");
		int itemCount = this.random.nextInt(4);
		for (int i = 0; i < itemCount; i++) {
			ObjectNode item = items.addObject();
			item.put("title", "Task " + i);
			item.put("n", this.random.nextInt(5));
			item.put("done", this.random.nextBoolean());
			ArrayNode tags = item.putArray("tags");
			for (int t = 0; t < this.random.nextInt(3); t++) {
				tags.add("tag" + t);
			}
			if (this.random.nextBoolean()) {
				item.putObject("sub").put("v", this.random.nextInt(100));
			}
		}
		return root;
	}

	ObjectNode template() {
		ObjectNode card = JsValues.NODES.objectNode();
		card.put("type", "AdaptiveCard");
		ArrayNode body = card.putArray("body");
		int elements = 1 + this.random.nextInt(4);
		for (int i = 0; i < elements; i++) {
			body.add(element(false, 0));
		}
		return card;
	}

	private JsonNode element(boolean inItem, int depth) {
		ObjectNode element = JsValues.NODES.objectNode();
		switch (this.random.nextInt(depth > 1 ? 4 : 6)) {
			case 0, 1 -> {
				element.put("type", "TextBlock");
				element.put("text", interpolation(inItem));
			}
			case 2 -> {
				element.put("type", "Value");
				element.put("value", "${" + expression(inItem, 2) + "}");
			}
			case 3 -> {
				element.put("type", "Conditional");
				element.put("$when", "${" + condition(inItem, 2) + "}");
				element.put("text", interpolation(inItem));
			}
			default -> {
				element.put("type", "Container");
				element.put("$data",
						"${" + pick(List.of("items", "words", "empty", "nested", "missing", "items[0].tags")) + "}");
				if (this.random.nextBoolean()) {
					element.put("$when", "${" + condition(true, 1) + "}");
				}
				ArrayNode children = element.putArray("items");
				int count = 1 + this.random.nextInt(2);
				for (int i = 0; i < count; i++) {
					children.add(element(true, depth + 1));
				}
			}
		}
		return element;
	}

	private String interpolation(boolean inItem) {
		StringBuilder text = new StringBuilder();
		int parts = 1 + this.random.nextInt(3);
		for (int i = 0; i < parts; i++) {
			if (this.random.nextInt(3) == 0) {
				text.append(pick(List.of("Task ", " of ", ": ", " · ", "✔ ")));
			}
			text.append("${").append(expression(inItem, 2)).append('}');
		}
		return text.toString();
	}

	private String expression(boolean inItem, int depth) {
		if (depth == 0) {
			return path(inItem);
		}
		return switch (this.random.nextInt(16)) {
			case 0 -> "if(" + condition(inItem, depth - 1) + ", " + expression(inItem, depth - 1) + ", '"
					+ pick(List.of("yes", "no", "")) + "')";
			case 1 -> "concat(" + stringExpr(inItem) + ", ' ', " + stringExpr(inItem) + ")";
			case 2 -> "join(" + pick(List.of("words", "$root.words", "empty")) + ", '" + pick(List.of(", ", "/")) + "'"
					+ (this.random.nextBoolean() ? ", ' and '" : "") + ")";
			case 3 -> pick(List.of("toUpper", "toLower")) + "(" + stringExpr(inItem) + ")";
			case 4 -> "substring('" + pick(List.of("Handover", "JML-0042", "abc")) + "', " + this.random.nextInt(3)
					+ ", " + this.random.nextInt(3) + ")";
			case 5 -> "formatDateTime(" + pick(List.of("$root.day", "$root.stamp", "'2026-12-07T09:30:00Z'")) + ", '"
					+ pick(FORMATS) + "')";
			case 6 -> pick(List.of("add", "sub")) + "(" + numberExpr(inItem) + ", " + numberExpr(inItem) + ")";
			case 7 -> "count(" + pick(List.of("$root.words", "$root.items", "$root.empty", "$root.name")) + ")";
			case 8 -> "length(" + pick(List.of("$root.name", "'Handover'", "$root.nested.a.b")) + ")";
			case 9 -> condition(inItem, depth - 1);
			case 10 -> numberExpr(inItem) + " " + pick(List.of("+", "-", "*")) + " " + numberExpr(inItem);
			case 11 -> "json('" + pick(List.of("{\"a\":1}", "[1,2]", "{\"b\":{\"c\":\"d\"}}", "\"s\"")) + "')"
					+ (this.random.nextBoolean() ? "" : pick(List.of(".a", ".b.c")));
			case 12 -> "$host.text.hello";
			case 13 -> stringExpr(inItem) + " & " + stringExpr(inItem);
			case 14 -> condition(inItem, 0) + " ? " + stringExpr(inItem) + " : 'other'";
			default -> path(inItem);
		};
	}

	private String condition(boolean inItem, int depth) {
		if (depth <= 0) {
			return switch (this.random.nextInt(8)) {
				case 0 -> "exists(" + path(inItem) + ")";
				case 1 -> "empty(" + pick(List.of("$root.words", "$root.empty", "$root.missing", "$root.name")) + ")";
				case 2 -> "equals(" + path(inItem) + ", " + pick(List.of("1", "'Jan'", "true", "'Task 0'")) + ")";
				case 3 -> pick(List.of("greater", "less", "greaterOrEquals", "lessOrEquals")) + "(" + numberExpr(inItem)
						+ ", " + this.random.nextInt(4) + ")";
				case 4 -> pick(List.of("$root.flag", "flag", "done", "!$root.flag"));
				case 5 -> numberExpr(inItem) + " " + pick(List.of("==", "!=", ">", "<", ">=", "<=")) + " "
						+ this.random.nextInt(3);
				case 6 -> pick(List.of("true", "false"));
				default -> "not(" + pick(List.of("exists(missing)", "$root.flag", "empty($root.items)")) + ")";
			};
		}
		return switch (this.random.nextInt(3)) {
			case 0 -> "and(" + condition(inItem, depth - 1) + ", " + condition(inItem, depth - 1) + ")";
			case 1 -> "or(" + condition(inItem, depth - 1) + ", " + condition(inItem, depth - 1) + ")";
			default ->
				condition(inItem, depth - 1) + " " + pick(List.of("&&", "||")) + " " + condition(inItem, depth - 1);
		};
	}

	private String numberExpr(boolean inItem) {
		return pick(inItem ? List.of("n", "$root.n", "$index", "1", "2.5", "$root.x")
				: List.of("n", "$root.n", "x", "3", "0.5", "count($root.words)"));
	}

	private String stringExpr(boolean inItem) {
		return pick(inItem ? List.of("title", "$root.name", "'-'", "$root.words[0]") : STRING_PATHS);
	}

	private String path(boolean inItem) {
		return pick(inItem ? ITEM_PATHS : ROOT_PATHS);
	}

	private <T> T pick(List<T> options) {
		return options.get(this.random.nextInt(options.size()));
	}

}
