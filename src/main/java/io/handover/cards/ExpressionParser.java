package io.handover.cards;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import io.handover.cards.Expr.Accessor;
import io.handover.cards.Expr.Call;
import io.handover.cards.Expr.Constant;
import io.handover.cards.Expr.Element;

/**
 * Parses Adaptive Expressions (the part inside {@code ${...}}) and interpolated strings
 * with the grammar of the reference (note its precedence: {@code ==} binds tighter than
 * {@code <}, and {@code &} sits between them). Unknown functions and wrong argument
 * counts are syntax errors here, so a broken template fails when it is loaded.
 */
final class ExpressionParser {

	private final String source;

	private int pos;

	private ExpressionParser(String source) {
		this.source = source;
	}

	/**
	 * Thrown for anything the engine cannot evaluate; the catalogue adds template and
	 * path.
	 */
	static final class SyntaxError extends RuntimeException {

		SyntaxError(String message) {
			super(message);
		}

	}

	static Expr parseExpression(String text) {
		if (text.isEmpty()) {
			return new Constant(JsValues.text(""));
		}
		ExpressionParser parser = new ExpressionParser(text);
		Expr result = parser.ternary();
		parser.skipWhitespace();
		if (parser.pos < text.length()) {
			throw parser.error("unexpected '" + text.charAt(parser.pos) + "'");
		}
		return result;
	}

	/**
	 * An interpolated string: returns a {@link Constant} when it holds no expression, the
	 * expression itself when it is exactly one {@code ${...}}, and a {@code concat} of
	 * the parts otherwise.
	 */
	static Expr parseInterpolation(String text) {
		List<Expr> children = new ArrayList<>();
		children.add(new Constant(JsValues.text("")));
		StringBuilder literal = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '`') {
				throw new SyntaxError("a backtick cannot appear in a string with an expression");
			}
			if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '`' || text.charAt(i + 1) == '$')) {
				flush(literal, children);
				children.add(new Constant(JsValues.text(String.valueOf(text.charAt(i + 1)))));
				i += 2;
				continue;
			}
			if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
				int end = templateEnd(text, i + 2);
				if (end > 0) {
					flush(literal, children);
					String inner = trimExpression(text.substring(i, end + 1));
					try {
						children.add(parseExpression(inner));
					}
					catch (SyntaxError ex) {
						throw new SyntaxError(ex.getMessage() + " in ${" + inner + "}");
					}
					i = end + 1;
					continue;
				}
			}
			literal.append(c);
			i++;
		}
		flush(literal, children);
		if (children.size() == 2 && !(children.get(1) instanceof Constant)) {
			return children.get(1);
		}
		boolean constant = children.stream().allMatch(Constant.class::isInstance);
		if (constant) {
			StringBuilder joined = new StringBuilder();
			children.forEach(child -> joined.append(((Constant) child).value.stringValue(null)));
			return new Constant(JsValues.text(joined.toString()));
		}
		return new Call(Functions.CONCAT, children);
	}

	private static void flush(StringBuilder literal, List<Expr> children) {
		if (literal.length() > 0) {
			children.add(new Constant(JsValues.text(literal.toString())));
			literal.setLength(0);
		}
	}

	/**
	 * Index of the closing brace of a {@code ${...}} starting at {@code from}, or -1
	 * (then it is text).
	 */
	private static int templateEnd(String text, int from) {
		int i = from;
		boolean any = false;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '}') {
				return any ? i : -1;
			}
			if (c == '\r' || c == '\n' || c == '{' || c == '`') {
				return -1;
			}
			if (c == '\'' || c == '"') {
				int close = stringEnd(text, i);
				if (close < 0) {
					return -1;
				}
				i = close + 1;
			}
			else {
				i++;
			}
			any = true;
		}
		return -1;
	}

	/**
	 * End of a quoted string token starting at {@code start}: backslash escapes only the
	 * quote and itself.
	 */
	private static int stringEnd(String text, int start) {
		char quote = text.charAt(start);
		int i = start + 1;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == quote || text.charAt(i + 1) == '\\')) {
				i += 2;
				continue;
			}
			if (c == quote) {
				return i;
			}
			i++;
		}
		return -1;
	}

	private static String trimExpression(String template) {
		String result = template.trim();
		if (result.startsWith("$")) {
			result = result.substring(1);
		}
		result = result.trim();
		if (result.startsWith("{") && result.endsWith("}")) {
			result = result.substring(1, result.length() - 1);
		}
		return result.trim();
	}

	// expression grammar, lowest precedence first

	private Expr ternary() {
		Expr condition = binary(0);
		if (peek("?") && !peek("??")) {
			this.pos++;
			Expr then = ternary();
			expect(":");
			Expr otherwise = ternary();
			return new Call(Functions.IF, List.of(condition, then, otherwise));
		}
		return condition;
	}

	private static final String[][] LEVELS = { { "??" }, { "||" }, { "&&" }, { "<=", ">=", "<", ">" }, { "&" },
			{ "==", "!=", "<>" }, { "+", "-" }, { "*", "/", "%" } };

	private Expr binary(int level) {
		if (level == LEVELS.length) {
			return power();
		}
		Expr left = binary(level + 1);
		while (true) {
			String op = operator(LEVELS[level]);
			if (op == null) {
				return left;
			}
			Expr right = binary(level + 1);
			left = call(op, List.of(left, right));
		}
	}

	private Expr power() {
		Expr base = unary();
		if (operator(new String[] { "^" }) != null) {
			return call("^", List.of(base, power()));
		}
		return base;
	}

	private Expr unary() {
		skipWhitespace();
		if (peek("!") && !peek("!=")) {
			this.pos++;
			return call("!", List.of(unary()));
		}
		if (peek("-") || peek("+")) {
			String op = String.valueOf(this.source.charAt(this.pos++));
			return call(op, List.of(new Constant(JsValues.number(0)), unary()));
		}
		return postfix(primary());
	}

	private Expr postfix(Expr expr) {
		while (true) {
			skipWhitespace();
			if (peek(".")) {
				this.pos++;
				skipWhitespace();
				String name = identifier();
				if (name == null) {
					throw error("a property name must follow '.'");
				}
				expr = new Accessor(name, expr);
			}
			else if (peek("[")) {
				this.pos++;
				Expr index = ternary();
				expect("]");
				expr = new Element(expr, index);
			}
			else if (peek("(")) {
				String name = functionName(expr);
				this.pos++;
				List<Expr> args = arguments(")");
				expr = call(name, args);
			}
			else {
				return expr;
			}
		}
	}

	private Expr primary() {
		skipWhitespace();
		if (this.pos >= this.source.length()) {
			throw error("unexpected end of expression");
		}
		char c = this.source.charAt(this.pos);
		if (c == '(') {
			this.pos++;
			Expr inner = ternary();
			expect(")");
			return inner;
		}
		if (c == '[') {
			this.pos++;
			return new Call(Functions.CREATE_ARRAY, arguments("]"));
		}
		if (c == '{') {
			throw error("object literals are not supported");
		}
		if (c >= '0' && c <= '9') {
			int start = this.pos;
			while (this.pos < this.source.length() && Character.isDigit(this.source.charAt(this.pos))) {
				this.pos++;
			}
			if (this.pos + 1 < this.source.length() && this.source.charAt(this.pos) == '.'
					&& Character.isDigit(this.source.charAt(this.pos + 1))) {
				this.pos++;
				while (this.pos < this.source.length() && Character.isDigit(this.source.charAt(this.pos))) {
					this.pos++;
				}
			}
			return new Constant(JsValues.number(Double.parseDouble(this.source.substring(start, this.pos))));
		}
		if (c == '\'' || c == '"') {
			int end = stringEnd(this.source, this.pos);
			if (end < 0) {
				throw error("unterminated string");
			}
			String raw = this.source.substring(this.pos + 1, end).replace("\\" + c, String.valueOf(c));
			this.pos = end + 1;
			return new Constant(JsValues.text(unescape(raw)));
		}
		if (c == '`') {
			int end = this.source.indexOf('`', this.pos + 1);
			if (end < 0) {
				throw error("unterminated string interpolation");
			}
			Expr inner = parseInterpolation(this.source.substring(this.pos + 1, end));
			this.pos = end + 1;
			if (inner instanceof Constant || (inner instanceof Call call && call.function == Functions.CONCAT)) {
				return inner;
			}
			return new Call(Functions.CONCAT, List.of(new Constant(JsValues.text("")), inner));
		}
		String name = identifier();
		if (name == null) {
			throw error("unexpected '" + c + "'");
		}
		skipWhitespace();
		if (peek("=>")) {
			throw error("lambda expressions are not supported");
		}
		return switch (name) {
			case "true" -> new Constant(JsValues.bool(true));
			case "false" -> new Constant(JsValues.bool(false));
			case "null" -> new Constant(JsValues.NODES.nullNode());
			case "undefined" -> new Constant(null);
			default -> new Accessor(name, null);
		};
	}

	private static String unescape(String text) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length()) {
				char next = text.charAt(i + 1);
				switch (next) {
					case 'r' -> out.append('\r');
					case 'n' -> out.append('\n');
					case 't' -> out.append('\t');
					case '\\' -> out.append('\\');
					default -> {
						out.append(c).append(next);
					}
				}
				i++;
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private List<Expr> arguments(String close) {
		List<Expr> args = new ArrayList<>();
		skipWhitespace();
		if (peek(close)) {
			this.pos++;
			return args;
		}
		while (true) {
			args.add(ternary());
			skipWhitespace();
			if (peek(",")) {
				this.pos++;
				continue;
			}
			expect(close);
			return args;
		}
	}

	private String functionName(Expr callee) {
		if (callee instanceof Accessor accessor && accessor.instance == null) {
			return accessor.property;
		}
		throw error("'" + callee.describe() + "' is not a function name");
	}

	private Expr call(String name, List<Expr> args) {
		Functions.Function function = Functions.lookup(name);
		if (function == null) {
			throw error("unknown function '" + name + "'");
		}
		if (args.size() < function.minArgs() || args.size() > function.maxArgs()) {
			throw error("'" + name + "' takes " + arity(function) + " argument(s), not " + args.size());
		}
		return new Call(function, args);
	}

	private static String arity(Functions.Function function) {
		if (function.minArgs() == function.maxArgs()) {
			return String.valueOf(function.minArgs());
		}
		return function.maxArgs() == Integer.MAX_VALUE ? "at least " + function.minArgs()
				: function.minArgs() + " to " + function.maxArgs();
	}

	private String identifier() {
		int start = this.pos;
		if (this.pos >= this.source.length()) {
			return null;
		}
		char c = this.source.charAt(this.pos);
		if (Character.isLetter(c) && c < 128 || c == '_' || c == '#' || c == '$' || c == '%') {
			this.pos++;
		}
		else if (c == '@') {
			this.pos += this.source.startsWith("@@", this.pos) ? 2 : 1;
		}
		else {
			return null;
		}
		while (this.pos < this.source.length()) {
			char d = this.source.charAt(this.pos);
			if ((d < 128 && Character.isLetterOrDigit(d)) || d == '_') {
				this.pos++;
			}
			else {
				break;
			}
		}
		return this.source.substring(start, this.pos);
	}

	private String operator(String[] candidates) {
		skipWhitespace();
		for (String candidate : candidates) {
			if (this.source.startsWith(candidate, this.pos) && !longerOperator(candidate)) {
				this.pos += candidate.length();
				return candidate;
			}
		}
		return null;
	}

	/** True when a one-character operator is really the start of a longer one. */
	private boolean longerOperator(String op) {
		int next = this.pos + op.length();
		if (next >= this.source.length()) {
			return false;
		}
		String two = op + this.source.charAt(next);
		return switch (two) {
			case "&&", "||", "==", "!=", "<>", "<=", ">=", "??", "=>" -> !two.equals(op);
			default -> false;
		};
	}

	private boolean peek(String token) {
		return this.source.startsWith(token, this.pos);
	}

	private void expect(String token) {
		skipWhitespace();
		if (!peek(token)) {
			throw error("expected '" + token + "'");
		}
		this.pos += token.length();
	}

	private void skipWhitespace() {
		while (this.pos < this.source.length()) {
			char c = this.source.charAt(this.pos);
			if (c == ' ' || c == '\t' || c == '\ufeff' || c == '\u00a0' || c == '\r' || c == '\n') {
				this.pos++;
			}
			else {
				break;
			}
		}
	}

	private SyntaxError error(String message) {
		return new SyntaxError(message + " at position " + this.pos);
	}

	static JsonNode constantValue(Expr expr) {
		return expr instanceof Constant constant ? constant.value : null;
	}

}
