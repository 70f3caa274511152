package io.handover.language;

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

}
