package io.handover.cards;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

import io.handover.cards.Expr.EvalError;

/**
 * One Adaptive Card template, parsed once: every string with {@code ${...}} is compiled
 * to an expression, and {@code $data} / {@code $when} are kept with their element.
 * {@link #expand} follows the reference engine ({@code adaptivecards-templating} 2.3): an
 * element whose {@code $data} is a list is repeated per item, {@code $when} must be
 * exactly {@code true} to keep an element, a missing property renders as its own
 * {@code ${path}} text, and expansion never throws.
 */
final class CardTemplate {

	private static final Set<String> RESERVED = Set.of("$data", "$when", "$root", "$index", "$host",
			"$_acTemplateVersion");

	private final String name;

	private final Node root;

	private final List<Located> expressions;

	private CardTemplate(String name, Node root, List<Located> expressions) {
		this.name = name;
		this.root = root;
		this.expressions = expressions;
	}

	/** An expression of the template with its JSON pointer, for checks at load time. */
	record Located(String path, String source, Expr expr) {
	}

	static CardTemplate parse(String name, JsonNode json) {
		List<Located> expressions = new ArrayList<>();
		Node root = prepare(name, json, "", expressions, null, false);
		return new CardTemplate(name, root, List.copyOf(expressions));
	}

	String name() {
		return this.name;
	}

	List<Located> expressions() {
		return this.expressions;
	}

	/**
	 * Expands against {@code $root} and {@code $host}; {@code null} only if the whole
	 * card was dropped.
	 */
	JsonNode expand(JsonNode data, JsonNode host) {
		Scope scope = new Scope(data, host);
		return expand(this.root, scope);
	}

	/**
	 * As {@link #expand}, but every value from the data bound into text Teams renders as
	 * Markdown (a TextBlock's {@code text}, a fact's {@code title} and {@code value}) is
	 * escaped ({@link Markdown}); the template's own text and {@code $host} texts are
	 * not. The one deviation from the reference engine, so a name can never become a
	 * link.
	 */
	JsonNode expandEscaped(JsonNode data, JsonNode host) {
		Scope scope = new Scope(data, host);
		scope.escapeMarkdown = true;
		return expand(this.root, scope);
	}

	/**
	 * @param parentKey the property holding {@code json} (for an array's items, the
	 * array's)
	 * @param markdown whether Teams renders this string as Markdown
	 */
	private static Node prepare(String template, JsonNode json, String path, List<Located> expressions,
			String parentKey, boolean markdown) {
		if (json.isString()) {
			String text = json.stringValue(null);
			if (!text.contains("${")) {
				return new Literal(json);
			}
			try {
				Expr expr = ExpressionParser.parseInterpolation(text);
				expressions.add(new Located(path, text, expr));
				return new Expression(expr, markdown);
			}
			catch (ExpressionParser.SyntaxError ex) {
				throw new TemplateException(template, path.isEmpty() ? "/" : path, text, ex.getMessage());
			}
		}
		if (json.isArray()) {
			List<Node> items = new ArrayList<>();
			for (int i = 0; i < json.size(); i++) {
				items.add(prepare(template, json.get(i), path + "/" + i, expressions, parentKey, false));
			}
			return new ListNode(items);
		}
		if (json.isObject()) {
			List<String> keys = new ArrayList<>();
			List<Node> values = new ArrayList<>();
			for (Iterator<Map.Entry<String, JsonNode>> it = json.properties().iterator(); it.hasNext();) {
				Map.Entry<String, JsonNode> field = it.next();
				String childPath = path + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
				Node value = prepare(template, field.getValue(), childPath, expressions, field.getKey(),
						rendersMarkdown(json, parentKey, field.getKey()));
				if (!RESERVED.contains(field.getKey())) {
					keys.add(field.getKey());
					values.add(value);
				}
			}
			Node data = json.has("$data")
					? prepare(template, json.get("$data"), path + "/$data", new ArrayList<>(), "$data", false) : null;
			Node when = json.has("$when")
					? prepare(template, json.get("$when"), path + "/$when", new ArrayList<>(), "$when", false) : null;
			return new ObjectTemplate(keys, values, data, json.get("$data"), when, json.get("$when"));
		}
		return new Literal(json);
	}

	/** A TextBlock's text, a fact's title and value: Teams renders them as Markdown. */
	private static boolean rendersMarkdown(JsonNode object, String parentKey, String key) {
		String type = object.path("type").asString("");
		if ("TextBlock".equals(type)) {
			return "text".equals(key);
		}
		return "facts".equals(parentKey) && type.isEmpty() && ("title".equals(key) || "value".equals(key));
	}

	private static JsonNode expand(Node node, Scope scope) {
		JsonNode savedData = scope.data();
		JsonNode savedIndex = scope.index;
		try {
			if (node instanceof Literal literal) {
				return literal.value;
			}
			if (node instanceof Expression expression) {
				return evaluate(expression.expr, scope, expression.markdown && scope.escapeMarkdown);
			}
			if (node instanceof ListNode list) {
				ArrayNode result = JsValues.array();
				for (Node item : list.items) {
					JsonNode expanded = expand(item, scope);
					if (expanded == null) {
						result.add(NullNode.getInstance());
					}
					else if (expanded.isArray()) {
						result.addAll((ArrayNode) expanded);
					}
					else if (!expanded.isNull()) {
						result.add(expanded);
					}
				}
				return result;
			}
			return expandObject((ObjectTemplate) node, scope);
		}
		finally {
			scope.data = savedData;
			scope.index = savedIndex;
		}
	}

	private static JsonNode expandObject(ObjectTemplate object, Scope scope) {
		List<JsonNode> contexts;
		boolean isList = false;
		if (object.data == null) {
			contexts = java.util.Collections.singletonList(null);
		}
		else {
			JsonNode dataContext;
			if (object.data instanceof Expression expression) {
				dataContext = evaluate(expression.expr, scope, false);
			}
			else {
				dataContext = object.rawData;
			}
			if (dataContext != null && dataContext.isArray()) {
				contexts = new ArrayList<>(dataContext.size());
				dataContext.forEach(contexts::add);
				isList = true;
			}
			else {
				contexts = java.util.Collections.singletonList(dataContext);
			}
		}
		List<JsonNode> results = new ArrayList<>(contexts.size());
		for (int i = 0; i < contexts.size(); i++) {
			if (isList) {
				scope.index = JsValues.number(i);
			}
			if (contexts.get(i) != null) {
				scope.data = contexts.get(i);
			}
			if (!keep(object, scope)) {
				continue;
			}
			ObjectNode expanded = JsValues.NODES.objectNode();
			for (int k = 0; k < object.keys.size(); k++) {
				JsonNode value = expand(object.values.get(k), scope);
				if (value != null) {
					expanded.set(object.keys.get(k), value);
				}
			}
			results.add(expanded);
		}
		if (results.isEmpty()) {
			return NullNode.getInstance();
		}
		if (results.size() == 1) {
			return results.get(0);
		}
		ArrayNode many = JsValues.array();
		many.addAll(results);
		return many;
	}

	private static boolean keep(ObjectTemplate object, Scope scope) {
		if (object.when == null) {
			return true;
		}
		if (object.when instanceof Expression expression) {
			try {
				JsonNode value = expression.expr.eval(scope, false);
				return value != null && value.isBoolean() && value.booleanValue();
			}
			catch (EvalError ex) {
				return false;
			}
		}
		// A $when that is no expression drops the element when it is truthy, as the
		// reference does.
		return JsValues.isFalsy(object.rawWhen);
	}

	/**
	 * Evaluates a bound value: a failing expression leaves the property out instead of
	 * failing the card.
	 */
	private static JsonNode evaluate(Expr expr, Scope scope, boolean escape) {
		if (expr instanceof Expr.Call call && call.function == Functions.CONCAT) {
			StringBuilder out = new StringBuilder();
			for (Expr child : call.args) {
				try {
					JsonNode value = child.eval(scope, true);
					if (!JsValues.isNullish(value)) {
						String text = JsValues.toJsString(value);
						out.append(escape && !(child instanceof Expr.Constant) && !fromHost(child)
								? Markdown.escape(text) : text);
					}
				}
				catch (EvalError ex) {
					out.append("${").append(child.describe()).append('}');
				}
			}
			return JsValues.text(out.toString());
		}
		try {
			JsonNode value = expr.eval(scope, true);
			if (escape && value != null && value.isString() && !fromHost(expr)) {
				return JsValues.text(Markdown.escape(value.stringValue(null)));
			}
			return value;
		}
		catch (EvalError ex) {
			return null;
		}
	}

	/** {@code $host.text...}: Handover's own texts, Markdown meant as such. */
	private static boolean fromHost(Expr expr) {
		Expr left = expr;
		while (true) {
			if (left instanceof Expr.Accessor accessor) {
				if (accessor.instance == null) {
					return "$host".equals(accessor.property);
				}
				left = accessor.instance;
			}
			else if (left instanceof Expr.Element element) {
				left = element.instance;
			}
			else {
				return false;
			}
		}
	}

	private sealed interface Node permits Literal, Expression, ListNode, ObjectTemplate {

	}

	private record Literal(JsonNode value) implements Node {
	}

	private record Expression(Expr expr, boolean markdown) implements Node {
	}

	private record ListNode(List<Node> items) implements Node {
	}

	private record ObjectTemplate(List<String> keys, List<Node> values, Node data, JsonNode rawData, Node when,
			JsonNode rawWhen) implements Node {
	}

}
