package io.handover.cards;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A parsed Adaptive Expression. {@link #eval} returns Java {@code null} for JavaScript
 * {@code undefined}; with {@code substitute} a missing memory path evaluates to the text
 * {@code ${path}}, as the reference templating engine does.
 */
abstract class Expr {

	abstract JsonNode eval(Scope scope, boolean substitute);

	/** The evaluator type, e.g. {@code concat}, {@code +}, {@code Accessor}. */
	abstract String type();

	/** The expression as Adaptive Expressions prints it. */
	abstract String describe();

	List<Expr> children() {
		return List.of();
	}

	@Override
	public String toString() {
		return describe();
	}

	/**
	 * An evaluation error: cheap, because the reference turns many of them into values.
	 */
	static final class EvalError extends RuntimeException {

		EvalError(String message) {
			super(message, null, false, false);
		}

	}

	static final class Constant extends Expr {

		final JsonNode value;

		Constant(JsonNode value) {
			this.value = value;
		}

		@Override
		JsonNode eval(Scope scope, boolean substitute) {
			return this.value;
		}

		@Override
		String type() {
			return "Constant";
		}

		@Override
		String describe() {
			if (this.value == null) {
				return "undefined";
			}
			if (this.value.isString()) {
				String escaped = this.value.stringValue(null).replace("\\", "\\\\").replace("'", "\\'");
				return "'" + escaped + "'";
			}
			if (this.value.isContainer()) {
				return JsValues.stringify(this.value);
			}
			return JsValues.toJsString(this.value);
		}

	}

	/**
	 * {@code name} or {@code instance.name}; a chain of accessors and elements is one
	 * memory path.
	 */
	static final class Accessor extends Expr {

		final String property;

		final Expr instance;

		private final String staticPath;

		private final String[] staticParts;

		private final Expr staticLeft;

		Accessor(String property, Expr instance) {
			this.property = property;
			this.instance = instance;
			Expr left = this;
			StringBuilder path = new StringBuilder();
			boolean isStatic = true;
			while (left != null) {
				if (left instanceof Accessor accessor) {
					path.insert(0, accessor.property + ".");
					left = accessor.instance;
				}
				else if (left instanceof Element element && element.index instanceof Constant constant) {
					String segment = Accessor.segment(constant.value);
					if (segment == null) {
						isStatic = false;
						break;
					}
					path.insert(0, segment + ".");
					left = element.instance;
				}
				else if (left instanceof Element) {
					isStatic = false;
					break;
				}
				else {
					break;
				}
			}
			if (isStatic) {
				this.staticPath = Accessor.clean(path.toString());
				this.staticParts = Paths.split(this.staticPath);
				this.staticLeft = left;
			}
			else {
				this.staticPath = null;
				this.staticParts = null;
				this.staticLeft = null;
			}
		}

		private static String segment(JsonNode index) {
			if (index != null && !index.isNull() && JsValues.parseInt(JsValues.toJsString(index)) != null) {
				return "[" + JsValues.toJsString(index) + "]";
			}
			if (JsValues.isString(index)) {
				return "['" + index.stringValue(null) + "']";
			}
			return null;
		}

		private static String clean(String path) {
			int end = path.length();
			while (end > 0 && path.charAt(end - 1) == '.') {
				end--;
			}
			return path.substring(0, end).replace(".[", "[");
		}

		@Override
		JsonNode eval(Scope scope, boolean substitute) {
			String path;
			String[] parts;
			Expr left;
			if (this.staticPath != null) {
				path = this.staticPath;
				parts = this.staticParts;
				left = this.staticLeft;
			}
			else {
				StringBuilder builder = new StringBuilder();
				left = this;
				while (left != null) {
					if (left instanceof Accessor accessor) {
						builder.insert(0, accessor.property + ".");
						left = accessor.instance;
					}
					else if (left instanceof Element element) {
						JsonNode index = element.index.eval(scope, substitute);
						String segment = segment(index);
						if (segment == null) {
							throw new EvalError(element.index.describe() + " doesn't return an int or string");
						}
						builder.insert(0, segment + ".");
						left = element.instance;
					}
					else {
						break;
					}
				}
				path = clean(builder.toString());
				parts = Paths.split(path);
			}
			JsonNode value;
			if (left == null) {
				value = path.isEmpty() ? null : scope.lookup(parts, path.charAt(0) != '$');
			}
			else {
				JsonNode newScope = left.eval(scope, substitute);
				value = (newScope == null || path.isEmpty()) ? null : Paths.walk(newScope, parts, 0);
			}
			if (value == null && substitute) {
				return JsValues.text("${" + path + "}");
			}
			return value;
		}

		@Override
		String type() {
			return "Accessor";
		}

		@Override
		String describe() {
			return this.instance == null ? this.property : this.instance.describe() + "." + this.property;
		}

	}

	/** {@code instance[index]} outside a memory path. */
	static final class Element extends Expr {

		final Expr instance;

		final Expr index;

		Element(Expr instance, Expr index) {
			this.instance = instance;
			this.index = index;
		}

		@Override
		JsonNode eval(Scope scope, boolean substitute) {
			JsonNode target = this.instance.eval(scope, substitute);
			JsonNode key = this.index.eval(scope, false);
			if (JsValues.isInteger(key)) {
				if (JsValues.isNullish(target)) {
					return null;
				}
				double i = key.asDouble(0);
				if (target.isArray()) {
					if (i >= 0 && i < target.size()) {
						return target.get((int) i);
					}
					throw new EvalError(JsValues.toJsString(key) + " is out of range");
				}
				throw new EvalError("not a collection");
			}
			if (JsValues.isString(key)) {
				return JsValues.accessProperty(target, key.stringValue(null));
			}
			throw new EvalError("Could not coerce " + this.index.describe() + " to an int or string.");
		}

		@Override
		String type() {
			return "Element";
		}

		@Override
		String describe() {
			return this.instance.describe() + "[" + this.index.describe() + "]";
		}

	}

	/** A call of a built-in function (operators are calls too). */
	static final class Call extends Expr {

		final Functions.Function function;

		final List<Expr> args;

		Call(Functions.Function function, List<Expr> args) {
			this.function = function;
			this.args = List.copyOf(args);
		}

		@Override
		JsonNode eval(Scope scope, boolean substitute) {
			return this.function.evaluator().evaluate(this, scope, substitute);
		}

		@Override
		String type() {
			return this.function.type();
		}

		@Override
		List<Expr> children() {
			return this.args;
		}

		@Override
		String describe() {
			String type = this.function.type();
			boolean infix = !type.isEmpty() && !Character.isLetter(type.charAt(0)) && this.args.size() >= 2;
			StringBuilder out = new StringBuilder();
			if (!infix) {
				out.append(type);
			}
			out.append('(');
			for (int i = 0; i < this.args.size(); i++) {
				if (i > 0) {
					out.append(infix ? " " + type + " " : ", ");
				}
				out.append(this.args.get(i).describe());
			}
			return out.append(')').toString();
		}

	}

}
