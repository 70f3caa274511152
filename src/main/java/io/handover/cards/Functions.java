package io.handover.cards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;

import io.handover.cards.Expr.Call;
import io.handover.cards.Expr.EvalError;

/**
 * The built-in functions of Adaptive Expressions that cards need, with the reference's
 * semantics: which arguments are evaluated without null substitution, which errors are
 * swallowed into {@code false}, and how values are compared and joined.
 */
final class Functions {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Map<String, Function> BY_NAME = new HashMap<>();

	private Functions() {
	}

	@FunctionalInterface
	interface Evaluator {

		JsonNode evaluate(Call call, Scope scope, boolean substitute);

	}

	@FunctionalInterface
	private interface Verify {

		void check(JsonNode value, Expr child);

	}

	@FunctionalInterface
	private interface Apply {

		JsonNode apply(List<JsonNode> args);

	}

	/**
	 * A built-in: {@code type} is the evaluator type the reference prints, e.g. {@code +}
	 * for {@code add}.
	 */
	record Function(String type, int minArgs, int maxArgs, Evaluator evaluator) {
	}

	static final Function CONCAT = register(
			new Function("concat", 1, Integer.MAX_VALUE, apply(null, Functions::concat)), "concat", "&");

	static final Function IF = register(new Function("if", 3, 3, Functions::ifThenElse), "if");

	static final Function NOT = register(new Function("!", 1, 1, Functions::not), "!", "not");

	static final Function CREATE_ARRAY = register(
			new Function("createArray", 0, Integer.MAX_VALUE, apply(null, args -> {
				ArrayNode array = JsValues.array();
				args.forEach(arg -> array.add(arg == null ? JsValues.NODES.nullNode() : arg));
				return array;
			})), "createArray");

	static {
		register(new Function("+", 2, Integer.MAX_VALUE,
				apply(Functions::numberOrStringOrUndefined, sequence(Functions::add))), "+", "add");
		register(
				new Function("-", 2, Integer.MAX_VALUE,
						apply(Functions::number,
								sequence(pair -> JsValues.number(pair.get(0).asDouble(0) - pair.get(1).asDouble(0))))),
				"-", "sub");
		register(
				new Function("*", 2, Integer.MAX_VALUE,
						apply(Functions::number,
								sequence(pair -> JsValues.number(pair.get(0).asDouble(0) * pair.get(1).asDouble(0))))),
				"*", "mul");
		register(new Function("/", 2, Integer.MAX_VALUE, Functions::divide), "/", "div");
		register(new Function("==", 2, 2, comparison(null, args -> JsValues.commonEquals(args.get(0), args.get(1)))),
				"==", "equals");
		register(new Function("!=", 2, 2, comparison(null, args -> !JsValues.commonEquals(args.get(0), args.get(1)))),
				"!=", "<>");
		register(new Function(">", 2, 2, comparison(Functions::notNull, args -> compare(args) > 0)), ">", "greater");
		register(new Function(">=", 2, 2, comparison(Functions::notNull, args -> compare(args) >= 0)), ">=",
				"greaterOrEquals");
		register(new Function("<", 2, 2, comparison(Functions::notNull, args -> compare(args) < 0)), "<", "less");
		register(new Function("<=", 2, 2, comparison(Functions::notNull, args -> compare(args) <= 0)), "<=",
				"lessOrEquals");
		register(new Function("exists", 1, 1, comparison(Functions::notNull, args -> true)), "exists");
		register(new Function("empty", 1, 1, comparison(Functions::containerOrNull, args -> isEmpty(args.get(0)))),
				"empty");
		register(new Function("&&", 1, Integer.MAX_VALUE, Functions::and), "&&", "and");
		register(new Function("||", 1, Integer.MAX_VALUE, Functions::or), "||", "or");
		register(new Function("coalesce", 1, Integer.MAX_VALUE, apply(null, args -> {
			for (JsonNode arg : args) {
				if (!JsValues.isNullish(arg)) {
					return arg;
				}
			}
			return null;
		})), "coalesce", "??");
		register(
				new Function("length", 1, 1, apply(Functions::stringOrUndefined,
						args -> JsValues.number(args.get(0) == null ? 0 : args.get(0).stringValue(null).length()))),
				"length");
		register(new Function("count", 1, 1, apply(Functions::container, Functions::count)), "count");
		register(new Function("join", 2, 3, apply(null, Functions::join)), "join");
		register(
				new Function("toUpper", 1, 2,
						apply(Functions::stringOrUndefined, args -> JsValues.text(
								args.get(0) == null ? "" : args.get(0).stringValue(null).toUpperCase(Locale.ENGLISH)))),
				"toUpper");
		register(
				new Function("toLower", 1, 2,
						apply(Functions::stringOrUndefined, args -> JsValues.text(
								args.get(0) == null ? "" : args.get(0).stringValue(null).toLowerCase(Locale.ENGLISH)))),
				"toLower");
		register(new Function("substring", 2, 3, Functions::substring), "substring");
		register(new Function("formatDateTime", 1, 3, apply(null, DateTimes::formatDateTime)), "formatDateTime");
		register(new Function("json", 1, 1, apply(null, Functions::json)), "json");
	}

	static Function lookup(String name) {
		return BY_NAME.get(name);
	}

	private static Function register(Function function, String... names) {
		for (String name : names) {
			BY_NAME.put(name, function);
		}
		return function;
	}

	// evaluation helpers

	private static Evaluator apply(Verify verify, Apply apply) {
		return (call, scope, substitute) -> apply.apply(evaluateChildren(call, scope, substitute, verify));
	}

	private static List<JsonNode> evaluateChildren(Call call, Scope scope, boolean substitute, Verify verify) {
		List<JsonNode> args = new ArrayList<>(call.args.size());
		for (Expr child : call.args) {
			JsonNode value = child.eval(scope, substitute);
			if (verify != null) {
				verify.check(value, child);
			}
			args.add(value);
		}
		return args;
	}

	private static Apply sequence(Apply pair) {
		return args -> {
			JsonNode soFar = args.get(0);
			List<JsonNode> two = new ArrayList<>(2);
			two.add(null);
			two.add(null);
			for (int i = 1; i < args.size(); i++) {
				two.set(0, soFar);
				two.set(1, args.get(i));
				soFar = pair.apply(two);
			}
			return soFar;
		};
	}

	/**
	 * Comparisons evaluate without substitution, and a failing argument makes them false.
	 */
	private static Evaluator comparison(Verify verify, java.util.function.Predicate<List<JsonNode>> test) {
		return (call, scope, substitute) -> {
			List<JsonNode> args;
			try {
				args = evaluateChildren(call, scope, false, verify);
			}
			catch (EvalError error) {
				return JsValues.bool(false);
			}
			return JsValues.bool(test.test(args));
		};
	}

	// verifiers

	private static void number(JsonNode value, Expr child) {
		if (!JsValues.isNumber(value)) {
			throw new EvalError(child.describe() + " is not a number.");
		}
	}

	private static void notNull(JsonNode value, Expr child) {
		if (JsValues.isNullish(value)) {
			throw new EvalError(child.describe() + " is null.");
		}
	}

	private static void stringOrUndefined(JsonNode value, Expr child) {
		if (value != null && !value.isString()) {
			throw new EvalError(child.describe() + " is neither a string nor a null object.");
		}
	}

	private static void numberOrStringOrUndefined(JsonNode value, Expr child) {
		if (value != null && !value.isString() && !JsValues.isNumber(value)) {
			throw new EvalError(child.describe() + " is neither a number nor string");
		}
	}

	private static void container(JsonNode value, Expr child) {
		if (value == null || !(value.isString() || JsValues.isObjectType(value))) {
			throw new EvalError(child.describe() + " must be a string, list, map or object.");
		}
	}

	private static void containerOrNull(JsonNode value, Expr child) {
		if (!JsValues.isNullish(value) && !(value.isString() || JsValues.isObjectType(value))) {
			throw new EvalError(child.describe() + " must be a string, list, map or object.");
		}
	}

	// functions

	private static JsonNode ifThenElse(Call call, Scope scope, boolean substitute) {
		boolean condition;
		try {
			condition = JsValues.isLogicTrue(call.args.get(0).eval(scope, false));
		}
		catch (EvalError error) {
			condition = false;
		}
		return call.args.get(condition ? 1 : 2).eval(scope, substitute);
	}

	private static JsonNode not(Call call, Scope scope, boolean substitute) {
		try {
			return JsValues.bool(!JsValues.isLogicTrue(call.args.get(0).eval(scope, false)));
		}
		catch (EvalError error) {
			return JsValues.bool(true);
		}
	}

	private static JsonNode and(Call call, Scope scope, boolean substitute) {
		for (Expr child : call.args) {
			try {
				if (!JsValues.isLogicTrue(child.eval(scope, false))) {
					return JsValues.bool(false);
				}
			}
			catch (EvalError error) {
				return JsValues.bool(false);
			}
		}
		return JsValues.bool(true);
	}

	/**
	 * Like the reference: true if any argument is, else the last argument's own value
	 * (undefined if it failed).
	 */
	private static JsonNode or(Call call, Scope scope, boolean substitute) {
		JsonNode last = null;
		for (Expr child : call.args) {
			try {
				last = child.eval(scope, false);
				if (JsValues.isLogicTrue(last)) {
					return JsValues.bool(true);
				}
			}
			catch (EvalError error) {
				last = null;
			}
		}
		return last;
	}

	private static int compare(List<JsonNode> args) {
		JsonNode a = args.get(0);
		JsonNode b = args.get(1);
		if (JsValues.isNumber(a) && JsValues.isNumber(b)) {
			return Double.compare(a.asDouble(0), b.asDouble(0));
		}
		if (a.isString() && b.isString()) {
			return Integer.signum(a.stringValue(null).compareTo(b.stringValue(null)));
		}
		throw new EvalError(JsValues.toJsString(a) + " and " + JsValues.toJsString(b) + " must be comparable.");
	}

	private static boolean isEmpty(JsonNode value) {
		if (JsValues.isNullish(value)) {
			return true;
		}
		if (value.isString()) {
			return value.stringValue(null).isEmpty();
		}
		return value.size() == 0;
	}

	private static JsonNode add(List<JsonNode> pair) {
		JsonNode a = pair.get(0);
		JsonNode b = pair.get(1);
		if ((JsValues.isNullish(a) && JsValues.isNumber(b)) || (JsValues.isNullish(b) && JsValues.isNumber(a))) {
			throw new EvalError("Operator '+' or add cannot be applied to operands of type 'number' and null object.");
		}
		if (JsValues.isNumber(a) && JsValues.isNumber(b)) {
			return JsValues.number(a.asDouble(0) + b.asDouble(0));
		}
		String left = JsValues.isNullish(a) ? "" : JsValues.toJsString(a);
		String right = JsValues.isNullish(b) ? "" : JsValues.toJsString(b);
		return JsValues.text(left + right);
	}

	private static JsonNode divide(Call call, Scope scope, boolean substitute) {
		List<JsonNode> args = new ArrayList<>();
		for (int i = 0; i < call.args.size(); i++) {
			Expr child = call.args.get(i);
			JsonNode value = child.eval(scope, substitute);
			number(value, child);
			if (i > 0 && value.asDouble(0) == 0) {
				throw new EvalError("Cannot divide by 0 from " + child.describe());
			}
			args.add(value);
		}
		return sequence(pair -> {
			double result = pair.get(0).asDouble(0) / pair.get(1).asDouble(0);
			if (JsValues.isInteger(pair.get(0)) && JsValues.isInteger(pair.get(1))) {
				result = Math.floor(result);
			}
			return JsValues.number(result);
		}).apply(args);
	}

	static JsonNode concat(List<JsonNode> args) {
		return sequence(pair -> {
			JsonNode a = pair.get(0);
			JsonNode b = pair.get(1);
			if (JsValues.isNullish(a) && JsValues.isNullish(b)) {
				return null;
			}
			if (JsValues.isNullish(a) && b.isArray()) {
				return b;
			}
			if (JsValues.isNullish(b) && a.isArray()) {
				return a;
			}
			if (a != null && b != null && a.isArray() && b.isArray()) {
				ArrayNode joined = JsValues.array();
				joined.addAll((ArrayNode) a);
				joined.addAll((ArrayNode) b);
				return joined;
			}
			return JsValues.text(JsValues.commonStringify(a) + JsValues.commonStringify(b));
		}).apply(args);
	}

	private static JsonNode count(List<JsonNode> args) {
		JsonNode value = args.get(0);
		if (value.isNull()) {
			throw new EvalError("Cannot convert undefined or null to object");
		}
		return JsValues.number(value.isString() ? value.stringValue(null).length() : value.size());
	}

	private static JsonNode join(List<JsonNode> args) {
		JsonNode list = args.get(0);
		if (list == null || !list.isArray()) {
			throw new EvalError(JsValues.toJsString(list) + " is not a list.");
		}
		if (args.size() == 2) {
			return JsValues.text(joinArray(list, 0, list.size(), separator(args.get(1))));
		}
		if (list.size() < 3) {
			return JsValues.text(joinArray(list, 0, list.size(), separator(args.get(2))));
		}
		String first = joinArray(list, 0, list.size() - 1, separator(args.get(1)));
		return JsValues.text(first + JsValues.toJsString(args.get(2)) + JsValues.toJsString(list.get(list.size() - 1)));
	}

	private static String separator(JsonNode value) {
		return value == null ? "," : JsValues.toJsString(value);
	}

	private static String joinArray(JsonNode list, int from, int to, String separator) {
		StringBuilder out = new StringBuilder();
		for (int i = from; i < to; i++) {
			if (i > from) {
				out.append(separator);
			}
			JsonNode item = list.get(i);
			if (!JsValues.isNullish(item)) {
				out.append(JsValues.toJsString(item));
			}
		}
		return out.toString();
	}

	private static JsonNode substring(Call call, Scope scope, boolean substitute) {
		JsonNode value = call.args.get(0).eval(scope, substitute);
		if (value == null) {
			return JsValues.text("");
		}
		if (!value.isString()) {
			throw new EvalError(call.args.get(0).describe() + " is neither a string nor a null object.");
		}
		String text = value.stringValue(null);
		JsonNode startValue = call.args.get(1).eval(scope, substitute);
		if (!JsValues.isInteger(startValue)) {
			throw new EvalError(call.args.get(1).describe() + " is not an integer.");
		}
		int start = (int) startValue.asDouble(0);
		if (start < 0 || start > text.length()) {
			throw new EvalError(call.args.get(1).describe() + " is out of range for " + text);
		}
		int length = text.length() - start;
		if (call.args.size() == 3) {
			JsonNode lengthValue = call.args.get(2).eval(scope, substitute);
			if (!JsValues.isInteger(lengthValue)) {
				throw new EvalError(call.args.get(2).describe() + " is not an integer");
			}
			length = (int) lengthValue.asDouble(0);
			if (length < 0 || start + length > text.length()) {
				throw new EvalError(call.args.get(2).describe() + " is out of range for " + text);
			}
		}
		return JsValues.text(text.substring(start, start + length));
	}

	private static JsonNode json(List<JsonNode> args) {
		JsonNode value = args.get(0);
		if (value == null || !value.isString()) {
			throw new EvalError("json() needs a string");
		}
		try {
			return normalise(JSON.readTree(value.stringValue(null).trim()));
		}
		catch (Exception ex) {
			throw new EvalError("not JSON: " + ex.getMessage());
		}
	}

	private static JsonNode normalise(JsonNode node) {
		if (node == null || node.isMissingNode()) {
			throw new EvalError("Unexpected end of JSON input");
		}
		if (node.isNumber()) {
			return JsValues.number(node.asDouble(0));
		}
		if (node.isArray()) {
			ArrayNode array = JsValues.array();
			node.forEach(item -> array.add(normalise(item)));
			return array;
		}
		if (node.isObject()) {
			var object = JsValues.NODES.objectNode();
			node.properties()
				.iterator()
				.forEachRemaining(field -> object.set(field.getKey(), normalise(field.getValue())));
			return object;
		}
		return node;
	}

}
