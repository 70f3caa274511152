package io.handover.language;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The optional language model, shared by every use of it.
 *
 * @param endpoint the base URL of an OpenAI-compatible API ({@code POST
 * {endpoint}/chat/completions}); empty: no model, every use does without
 * @param apiKey its key, sent as a bearer token; empty for a model that needs none
 * @param model the model (or deployment) name
 * @param timeout how long one request may take
 * @param maxRetries how often the client repeats a throttled (429) or failed (5xx,
 * time-out) request, after the service's {@code Retry-After}
 * @param maxOutputTokens the most the model may write per answer
 */
@ConfigurationProperties("handover.language")
public record LanguageModelProperties(String endpoint, String apiKey, String model, Duration timeout,
		Integer maxRetries, Integer maxOutputTokens) {

	public LanguageModelProperties {
		model = model != null && !model.isBlank() ? model : "gpt-4o-mini";
		timeout = timeout != null && !timeout.isNegative() && !timeout.isZero() ? timeout : Duration.ofSeconds(20);
		maxRetries = maxRetries != null && maxRetries >= 0 ? maxRetries : 2;
		maxOutputTokens = maxOutputTokens != null && maxOutputTokens > 0 ? maxOutputTokens : 400;
	}

	/** Whether a model is configured. */
	public boolean configured() {
		return this.endpoint != null && !this.endpoint.isBlank();
	}

}
