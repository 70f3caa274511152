package io.handover.cards;

/**
 * A card template the engine cannot use: names the template, the JSON pointer inside it
 * and the offending expression, so a broken template stops the application at start-up
 * instead of showing a half-rendered card.
 */
public class TemplateException extends RuntimeException {

	private final String template;

	private final String path;

	private final String expression;

	TemplateException(String template, String path, String expression, String problem) {
		super("Card template '" + template + "' at " + path + ": " + problem + " (expression: " + expression + ")");
		this.template = template;
		this.path = path;
		this.expression = expression;
	}

	public String template() {
		return this.template;
	}

	public String path() {
		return this.path;
	}

	public String expression() {
		return this.expression;
	}

}
