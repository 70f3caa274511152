package io.handover.language;

/** No model configured: every call fails with {@link LanguageModelFailure.Kind#OFF}. */
final class NoLanguageModel implements LanguageModel {

	@Override
	public boolean available() {
		return false;
	}

	@Override
	public String complete(String instructions, String input) {
		throw new LanguageModelFailure(LanguageModelFailure.Kind.OFF, 0,
				"No language model is configured (handover.language.endpoint)");
	}

	@Override
	public String completeJson(String instructions, String input, String schemaName,
			java.util.Map<String, Object> schema, java.time.Duration within) {
		return complete(instructions, input);
	}

}
