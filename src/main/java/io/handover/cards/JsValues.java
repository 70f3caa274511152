package io.handover.cards;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.StringNode;

/**
 * JavaScript value semantics over Jackson nodes, as the reference engine (Adaptive
 * Expressions in Node.js) applies them. Java {@code null} stands for JavaScript
 * {@code undefined}, {@link tools.jackson.databind.node.NullNode} for {@code null}.
 */
final class JsValues {

	static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private JsValues() {
	}

	static boolean isNumber(JsonNode value) {
		return value != null && value.isNumber() && !Double.isNaN(value.asDouble(0));
	}

	static boolean isInteger(JsonNode value) {
		if (!isNumber(value)) {
			return false;
		}
		double d = value.asDouble(0);
		return !Double.isInfinite(d) && d == Math.rint(d);
	}

	static boolean isString(JsonNode value) {
		return value != null && value.isString();
	}

	static boolean isNullish(JsonNode value) {
		return value == null || value.isNull();
	}

	/** JavaScript {@code typeof x === 'object'}: objects, arrays and null. */
	static boolean isObjectType(JsonNode value) {
		return value != null && (value.isObject() || value.isArray() || value.isNull());
	}

	static JsonNode number(double d) {
		if (d == Math.rint(d) && Math.abs(d) < 9.007199254740992E15) {
			long l = (long) d;
			return (l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) ? IntNode.valueOf((int) l) : LongNode.valueOf(l);
		}
		return DoubleNode.valueOf(d);
	}

	static JsonNode text(String s) {
		return StringNode.valueOf(s);
	}

	static JsonNode bool(boolean b) {
		return BooleanNode.valueOf(b);
	}

	/** JavaScript truthiness as {@code !value}, used by property access. */
	static boolean isFalsy(JsonNode value) {
		if (value == null || value.isNull()) {
			return true;
		}
		if (value.isBoolean()) {
			return !value.booleanValue();
		}
		if (value.isNumber()) {
			double d = value.asDouble(0);
			return d == 0 || Double.isNaN(d);
		}
		if (value.isString()) {
			return value.stringValue(null).isEmpty();
		}
		return false;
	}

	/**
	 * Adaptive Expressions' {@code isLogicTrue}: only false, null and undefined are
	 * false.
	 */
	static boolean isLogicTrue(JsonNode value) {
		if (value == null || value.isNull()) {
			return false;
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		return true;
	}

	/** JavaScript {@code String(value)} for a defined, non-null value. */
	static String toJsString(JsonNode value) {
		if (value == null) {
			return "undefined";
		}
		if (value.isNull()) {
			return "null";
		}
		if (value.isString()) {
			return value.stringValue(null);
		}
		if (value.isNumber()) {
			return formatNumber(value.asDouble(0));
		}
		if (value.isBoolean()) {
			return value.booleanValue() ? "true" : "false";
		}
		if (value.isArray()) {
			StringBuilder out = new StringBuilder();
			for (int i = 0; i < value.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				JsonNode item = value.get(i);
				if (!isNullish(item)) {
					out.append(toJsString(item));
				}
			}
			return out.toString();
		}
		return "[object Object]";
	}

	/** Adaptive Expressions' {@code commonStringify}. */
	static String commonStringify(JsonNode value) {
		if (isNullish(value)) {
			return "";
		}
		if (value.isObject() || value.isArray()) {
			String json = stringify(value);
			int start = 0;
			int end = json.length();
			while (start < end && (json.charAt(start) == '"' || json.charAt(start) == '\'')) {
				start++;
			}
			while (end > start && (json.charAt(end - 1) == '"' || json.charAt(end - 1) == '\'')) {
				end--;
			}
			return json.substring(start, end);
		}
		return toJsString(value);
	}

	/** JavaScript {@code JSON.stringify} of a tree. */
	static String stringify(JsonNode value) {
		StringBuilder out = new StringBuilder();
		writeJson(value, out);
		return out.toString();
	}

	private static void writeJson(JsonNode value, StringBuilder out) {
		if (value == null || value.isNull()) {
			out.append("null");
		}
		else if (value.isString()) {
			quote(value.stringValue(null), out);
		}
		else if (value.isNumber()) {
			double d = value.asDouble(0);
			out.append(Double.isNaN(d) || Double.isInfinite(d) ? "null" : formatNumber(d));
		}
		else if (value.isBoolean()) {
			out.append(value.booleanValue());
		}
		else if (value.isArray()) {
			out.append('[');
			for (int i = 0; i < value.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				writeJson(value.get(i), out);
			}
			out.append(']');
		}
		else {
			out.append('{');
			boolean first = true;
			for (Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator(); it.hasNext();) {
				Map.Entry<String, JsonNode> field = it.next();
				if (!first) {
					out.append(',');
				}
				first = false;
				quote(field.getKey(), out);
				out.append(':');
				writeJson(field.getValue(), out);
			}
			out.append('}');
		}
	}

	private static void quote(String s, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

	/** JavaScript {@code Number.prototype.toString()}. */
	static String formatNumber(double d) {
		if (Double.isNaN(d)) {
			return "NaN";
		}
		if (Double.isInfinite(d)) {
			return d > 0 ? "Infinity" : "-Infinity";
		}
		if (d == 0) {
			return "0";
		}
		double abs = Math.abs(d);
		if (d == Math.rint(d) && abs < 1e21) {
			return abs < 9.2e18 ? Long.toString((long) d) : new BigDecimal(d).toPlainString();
		}
		BigDecimal exact = new BigDecimal(Double.toString(d)).stripTrailingZeros();
		if (abs >= 1e-6 && abs < 1e21) {
			return exact.toPlainString();
		}
		String unscaled = exact.unscaledValue().abs().toString();
		int exponent = unscaled.length() - 1 - exact.scale();
		String mantissa = unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
		return (d < 0 ? "-" : "") + mantissa + "e" + (exponent >= 0 ? "+" : "-") + Math.abs(exponent);
	}

	/** JavaScript {@code parseInt(s)} (radix 10); {@code null} for NaN. */
	static Long parseInt(String s) {
		int i = 0;
		int n = s.length();
		while (i < n && Character.isWhitespace(s.charAt(i))) {
			i++;
		}
		boolean negative = false;
		if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
			negative = s.charAt(i) == '-';
			i++;
		}
		int start = i;
		long value = 0;
		while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - start < 18) {
			value = value * 10 + (s.charAt(i) - '0');
			i++;
		}
		if (i == start) {
			return null;
		}
		return negative ? -value : value;
	}

	/** Adaptive Expressions' {@code commonEquals}. */
	static boolean commonEquals(JsonNode a, JsonNode b) {
		if (isNullish(a) || isNullish(b)) {
			return isNullish(a) && isNullish(b);
		}
		if (a.isArray() && b.isArray()) {
			if (a.size() != b.size()) {
				return false;
			}
			for (int i = 0; i < a.size(); i++) {
				if (!commonEquals(a.get(i), b.get(i))) {
					return false;
				}
			}
			return true;
		}
		if (a.isObject() && b.isObject()) {
			return a.size() == b.size() && deepEquals(a, b);
		}
		if (isNumber(a) && isNumber(b)) {
			return Math.abs(a.asDouble(0) - b.asDouble(0)) < Math.ulp(1.0) || a.asDouble(0) == b.asDouble(0);
		}
		return strictEquals(a, b);
	}

	private static boolean strictEquals(JsonNode a, JsonNode b) {
		if (a.isNumber() && b.isNumber()) {
			return a.asDouble(0) == b.asDouble(0);
		}
		if (a.isString() && b.isString()) {
			return a.stringValue(null).equals(b.stringValue(null));
		}
		if (a.isBoolean() && b.isBoolean()) {
			return a.booleanValue() == b.booleanValue();
		}
		return a == b;
	}

	/** Structural equality as lodash {@code isEqual}, numbers compared by value. */
	static boolean deepEquals(JsonNode a, JsonNode b) {
		if (a == null || b == null) {
			return a == b;
		}
		if (a.isNumber() && b.isNumber()) {
			return a.asDouble(0) == b.asDouble(0);
		}
		if (a.getNodeType() != b.getNodeType()) {
			return false;
		}
		if (a.isArray()) {
			if (a.size() != b.size()) {
				return false;
			}
			for (int i = 0; i < a.size(); i++) {
				if (!deepEquals(a.get(i), b.get(i))) {
					return false;
				}
			}
			return true;
		}
		if (a.isObject()) {
			if (a.size() != b.size()) {
				return false;
			}
			for (Iterator<Map.Entry<String, JsonNode>> it = a.properties().iterator(); it.hasNext();) {
				Map.Entry<String, JsonNode> field = it.next();
				if (!b.has(field.getKey()) || !deepEquals(field.getValue(), b.get(field.getKey()))) {
					return false;
				}
			}
			return true;
		}
		return a.equals(b);
	}

	/** Adaptive Expressions' property access: case-insensitive, first key wins. */
	static JsonNode accessProperty(JsonNode instance, String property) {
		if (isFalsy(instance)) {
			return null;
		}
		if (instance.isObject()) {
			JsonNode exact = instance.get(property);
			for (Iterator<String> names = instance.propertyNames().iterator(); names.hasNext();) {
				String name = names.next();
				if (name.equalsIgnoreCase(property)) {
					return name.equals(property) ? exact : instance.get(name);
				}
			}
			return null;
		}
		if (instance.isString() || instance.isArray()) {
			int length = instance.isString() ? instance.stringValue(null).length() : instance.size();
			Integer index = canonicalIndex(property, length);
			if (index == null) {
				return null;
			}
			return instance.isString() ? text(String.valueOf(instance.stringValue(null).charAt(index)))
					: instance.get(index);
		}
		return null;
	}

	private static Integer canonicalIndex(String key, int length) {
		if (key.isEmpty() || key.length() > 9 || (key.length() > 1 && key.charAt(0) == '0')) {
			return null;
		}
		int value = 0;
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (c < '0' || c > '9') {
				return null;
			}
			value = value * 10 + (c - '0');
		}
		return value < length ? value : null;
	}

	static ArrayNode array() {
		return NODES.arrayNode();
	}

}
