package io.handover.language;

import java.time.Duration;
import java.util.Map;

/**
 * A language model that writes a short text from instructions and an input. Callers use
 * it only for words around what Handover decided by itself (the deterministic results
 * stay the truth) and must do without it: it is off unless configured, and any call may
 * fail.
 */
public interface LanguageModel {

	/** Whether a model is configured; when not, {@link #complete} always fails. */
	boolean available();

	/**
	 * One completion.
	 * @param instructions what to write and how (the system message)
	 * @param input what to write about (the user message)
	 * @return the model's text, stripped, never empty
	 * @throws LanguageModelFailure when the model is off, refuses, throttles, fails,
	 * takes too long or answers nothing
	 */
	String complete(String instructions, String input);

	/**
	 * One completion answered as a JSON object in the given JSON schema (the service's
	 * structured output), within the given time and never repeated: for a caller that
	 * holds a conversation turn and has its own answer without the model. The JSON is
	 * returned as the model wrote it; the caller checks every value.
	 * @param instructions what to extract and how (the system message)
	 * @param input what to extract it from (the user message)
	 * @param schemaName the schema's name, as the service shows it
	 * @param schema the JSON schema of the answer (maps, lists, strings, numbers and
	 * booleans)
	 * @param within the longest the call may take, whatever
	 * {@code handover.language.timeout} says
	 * @return the model's JSON text, stripped, never empty
	 * @throws LanguageModelFailure as {@link #complete}; a 429 is not retried
	 */
	default String completeJson(String instructions, String input, String schemaName, Map<String, Object> schema,
			Duration within) {
		throw new LanguageModelFailure(LanguageModelFailure.Kind.OFF, 0, "This language model gives no JSON answers");
	}

	/**
	 * The model these settings configure: none (every call fails {@code OFF}) without an
	 * endpoint, else the OpenAI-compatible service at it.
	 */
	static LanguageModel of(LanguageModelProperties properties) {
		return properties.configured() ? new OpenAiLanguageModel(properties) : new NoLanguageModel();
	}

}
