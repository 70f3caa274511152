package io.handover.language;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIException;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.RateLimitException;
import com.openai.models.ResponseFormatJsonSchema;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

/**
 * The language model behind an OpenAI-compatible chat completions endpoint (OpenAI, Azure
 * OpenAI's v1 API, a local server), through the openai-java client: its retries honour
 * {@code Retry-After}; what fails after them becomes a {@link LanguageModelFailure} in
 * the service's own words.
 */
final class OpenAiLanguageModel implements LanguageModel {

	private final OpenAIClient client;

	/** The same client without retries, for answers a caller waits for. */
	private final OpenAIClient once;

	private final LanguageModelProperties properties;

	OpenAiLanguageModel(LanguageModelProperties properties) {
		this.properties = properties;
		this.client = OpenAIOkHttpClient.builder()
			.baseUrl(properties.endpoint())
			// a local model may need no key; the client insists on one
			.apiKey(properties.apiKey() != null && !properties.apiKey().isBlank() ? properties.apiKey() : "none")
			.timeout(properties.timeout())
			.maxRetries(properties.maxRetries())
			.build();
		this.once = this.client.withOptions(options -> options.maxRetries(0));
	}

	@Override
	public boolean available() {
		return true;
	}

	@Override
	public String complete(String instructions, String input) {
		ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
			.model(this.properties.model())
			.addSystemMessage(instructions)
			.addUserMessage(input)
			.maxCompletionTokens(this.properties.maxOutputTokens())
			.build();
		return text(params, this.client, null);
	}

	@Override
	public String completeJson(String instructions, String input, String schemaName, Map<String, Object> schema,
			Duration within) {
		ResponseFormatJsonSchema.JsonSchema.Schema.Builder shape = ResponseFormatJsonSchema.JsonSchema.Schema.builder();
		schema.forEach((key, value) -> shape.putAdditionalProperty(key, JsonValue.from(value)));
		ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
			.model(this.properties.model())
			.addSystemMessage(instructions)
			.addUserMessage(input)
			.maxCompletionTokens(this.properties.maxOutputTokens())
			.responseFormat(ResponseFormatJsonSchema.builder()
				.jsonSchema(ResponseFormatJsonSchema.JsonSchema.builder()
					.name(schemaName)
					.strict(true)
					.schema(shape.build())
					.build())
				.build())
			.build();
		return text(params, this.once, RequestOptions.builder().timeout(within).build());
	}

	private static String text(ChatCompletionCreateParams params, OpenAIClient client, RequestOptions options) {
		ChatCompletion completion;
		try {
			completion = options != null ? client.chat().completions().create(params, options)
					: client.chat().completions().create(params);
		}
		catch (RateLimitException throttled) {
			throw new LanguageModelFailure(LanguageModelFailure.Kind.THROTTLED, 429,
					"The language model throttled the request (429): " + said(throttled));
		}
		catch (OpenAIServiceException failed) {
			int status = failed.statusCode();
			LanguageModelFailure.Kind kind = status >= 500 ? LanguageModelFailure.Kind.UNAVAILABLE
					: LanguageModelFailure.Kind.REFUSED;
			throw new LanguageModelFailure(kind, status, "The language model answered " + status + ": " + said(failed));
		}
		catch (OpenAIIoException unreachable) {
			throw new LanguageModelFailure(LanguageModelFailure.Kind.UNAVAILABLE, 0,
					"The language model could not be reached in time: " + rootMessage(unreachable));
		}
		catch (OpenAIInvalidDataException unreadable) {
			throw new LanguageModelFailure(LanguageModelFailure.Kind.EMPTY, 0,
					"The language model's answer could not be read: " + rootMessage(unreadable));
		}
		catch (OpenAIException other) {
			throw new LanguageModelFailure(LanguageModelFailure.Kind.UNAVAILABLE, 0,
					"The language model failed: " + rootMessage(other));
		}
		Optional<String> text = completion.choices()
			.stream()
			.findFirst()
			.flatMap(choice -> choice.message().content())
			.map(String::strip)
			.filter(content -> !content.isEmpty());
		return text.orElseThrow(() -> new LanguageModelFailure(LanguageModelFailure.Kind.EMPTY, 200,
				"The language model answered with no text"));
	}

	/** What the service said: its error message when it gave one. */
	private static String said(OpenAIServiceException failed) {
		String message = failed.getMessage() != null ? failed.getMessage() : "";
		return message.length() > 300 ? message.substring(0, 300) + "…" : message;
	}

	private static String rootMessage(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
		return message.toLowerCase(Locale.ROOT).contains("timeout") ? "timed out (" + message + ")" : message;
	}

}
