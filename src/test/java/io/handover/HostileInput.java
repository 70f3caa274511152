package io.handover;

/**
 * One generated request that is malformed or hostile.
 *
 * @param kind the class of bad input, for the figures (e.g. "bot: broken JSON")
 * @param method the HTTP method
 * @param path the path, with {@code {id}} filled in from {@code pathVariable}
 * @param pathVariable the one path variable (URI-encoded when sent), or null
 * @param query the raw query string, or null
 * @param contentType the Content-Type header, or null for none
 * @param body the body, or null
 * @param expect what a correct service does with it
 */
record HostileInput(String kind, String method, String path, String pathVariable, String query, String contentType,
		String body, Expect expect) {

	/** What a correct service does with the input. */
	enum Expect {

		/** Refuses it (4xx, a refused invoke or a card with corrections), saying why. */
		REFUSED,

		/**
		 * Refuses it or answers it as something harmless (e.g. a read that finds nothing,
		 * a chat message answered with help); never fails.
		 */
		ANSWERED_OR_REFUSED

	}

	static HostileInput bot(String kind, String body, Expect expect) {
		return new HostileInput(kind, "POST", "/api/messages", null, null, "application/json", body, expect);
	}

	HostileInput withContentType(String contentType) {
		return new HostileInput(this.kind, this.method, this.path, this.pathVariable, this.query, contentType,
				this.body, this.expect);
	}

	String describe() {
		String shown = this.body == null ? "" : this.body.length() > 300
				? this.body.substring(0, 300) + "… (" + this.body.length() + " chars)" : this.body;
		return this.kind + ": " + this.method + " " + this.path
				+ (this.pathVariable != null ? " [" + abbreviated(this.pathVariable) + "]" : "")
				+ (this.query != null ? "?" + abbreviated(this.query) : "") + " (" + this.contentType + ") " + shown;
	}

	private static String abbreviated(String text) {
		return text.length() > 120 ? text.substring(0, 120) + "… (" + text.length() + " chars)" : text;
	}

}
