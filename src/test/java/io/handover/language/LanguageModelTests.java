package io.handover.language;

import java.time.Duration;

import io.handover.testing.ChatCompletionsEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The language model port against an OpenAI-compatible emulator: off unless an endpoint
 * is set; the request as the service expects it; the answer's text; throttling retried
 * after the service's Retry-After; and every way it can fail turned into a
 * {@link LanguageModelFailure} in the service's words, never a text.
 */
class LanguageModelTests {

	static final ChatCompletionsEmulator MODEL = new ChatCompletionsEmulator();

	@AfterAll
	static void stop() {
		MODEL.close();
	}

	@BeforeEach
	void reset() {
		MODEL.reset();
	}

	static LanguageModel model(String key, Duration timeout, int retries) {
		return new OpenAiLanguageModel(
				new LanguageModelProperties(MODEL.baseUrl(), key, "summary-model", timeout, retries, 200));
	}

	static LanguageModel model() {
		return model(ChatCompletionsEmulator.KEY, Duration.ofSeconds(10), 2);
	}

	@Test
	void withoutAnEndpointThereIsNoModelAndNothingIsSent() {
		new ApplicationContextRunner().withUserConfiguration(LanguageConfiguration.class).run(context -> {
			LanguageModel model = context.getBean(LanguageModel.class);
			assertThat(model.available()).isFalse();
			assertThatThrownBy(() -> model.complete("Summarise.", "Something"))
				.isInstanceOfSatisfying(LanguageModelFailure.class,
						failure -> assertThat(failure.kind()).isEqualTo(LanguageModelFailure.Kind.OFF))
				.hasMessageContaining("handover.language.endpoint");
		});
		assertThat(MODEL.requests()).isEmpty();
	}

	@Test
	void withAnEndpointTheConfiguredModelIsUsed() {
		new ApplicationContextRunner().withUserConfiguration(LanguageConfiguration.class)
			.withPropertyValues("handover.language.endpoint=" + MODEL.baseUrl(),
					"handover.language.api-key=" + ChatCompletionsEmulator.KEY, "handover.language.model=m-1")
			.run(context -> {
				LanguageModel model = context.getBean(LanguageModel.class);
				assertThat(model.available()).isTrue();
				assertThat(model.complete("Summarise.", "Two groups left.")).isEqualTo("A summary.");
			});
		assertThat(MODEL.requests()).singleElement().satisfies(request -> assertThat(request.model()).isEqualTo("m-1"));
	}

	@Test
	void theRequestCarriesTheInstructionsTheInputAndTheLimits() {
		MODEL.answer(request -> "  Jan Bakker still has two groups.  \n");

		String text = model().complete("Write one sentence.", "groups: All Staff, Sales");

		assertThat(text).isEqualTo("Jan Bakker still has two groups.");
		assertThat(MODEL.requests()).singleElement().satisfies(request -> {
			assertThat(request.model()).isEqualTo("summary-model");
			assertThat(request.system()).isEqualTo("Write one sentence.");
			assertThat(request.user()).isEqualTo("groups: All Staff, Sales");
			assertThat(request.maxCompletionTokens()).isEqualTo(200);
			assertThat(request.authorization()).isEqualTo("Bearer " + ChatCompletionsEmulator.KEY);
		});
	}

	@Test
	void aThrottledRequestIsRetriedAfterTheServicesRetryAfter() {
		MODEL.failNext(429, 300L, 2, "Rate limit reached for requests");

		String text = model().complete("Summarise.", "input");

		assertThat(text).isEqualTo("A summary.");
		assertThat(MODEL.requests()).hasSize(3);
	}

	@Test
	void throttledPastTheRetriesIsAFailureThatSaysSo() {
		MODEL.failNext(429, 100L, 10, "Rate limit reached for requests");

		assertThatThrownBy(() -> model().complete("Summarise.", "input"))
			.isInstanceOfSatisfying(LanguageModelFailure.class, failure -> {
				assertThat(failure.kind()).isEqualTo(LanguageModelFailure.Kind.THROTTLED);
				assertThat(failure.status()).isEqualTo(429);
			})
			.hasMessageContaining("429")
			.hasMessageContaining("Rate limit reached");
		assertThat(MODEL.requests()).hasSize(3);
	}

	@Test
	void aWrongKeyIsRefusedInTheServicesWordsAndNotRetried() {
		assertThatThrownBy(() -> model("sk-wrong", Duration.ofSeconds(10), 2).complete("Summarise.", "input"))
			.isInstanceOfSatisfying(LanguageModelFailure.class, failure -> {
				assertThat(failure.kind()).isEqualTo(LanguageModelFailure.Kind.REFUSED);
				assertThat(failure.status()).isEqualTo(401);
			})
			.hasMessageContaining("Incorrect API key provided");
		assertThat(MODEL.requests()).hasSize(1);
	}

	@Test
	void aServerErrorIsRetriedThenReportedAsUnavailable() {
		MODEL.failNext(500, null, 10, "The server had an error while processing your request.");

		assertThatThrownBy(() -> model(ChatCompletionsEmulator.KEY, Duration.ofSeconds(10), 1).complete("S.", "i"))
			.isInstanceOfSatisfying(LanguageModelFailure.class, failure -> {
				assertThat(failure.kind()).isEqualTo(LanguageModelFailure.Kind.UNAVAILABLE);
				assertThat(failure.status()).isEqualTo(500);
			})
			.hasMessageContaining("server had an error");
		assertThat(MODEL.requests()).hasSize(2);
	}

	@Test
	void aSlowModelTimesOut() {
		MODEL.delay(Duration.ofSeconds(3));

		assertThatThrownBy(() -> model(ChatCompletionsEmulator.KEY, Duration.ofMillis(500), 0).complete("S.", "i"))
			.isInstanceOfSatisfying(LanguageModelFailure.class,
					failure -> assertThat(failure.kind()).isEqualTo(LanguageModelFailure.Kind.UNAVAILABLE))
			.hasMessageContaining("could not be reached in time");
	}

	@Test
	void anAnswerWithoutTextIsAFailureNeverAnEmptySummary() {
		MODEL.answer(request -> null);
		assertThatThrownBy(() -> model().complete("S.", "i")).isInstanceOfSatisfying(LanguageModelFailure.class,
				failure -> assertThat(failure.kind()).isEqualTo(LanguageModelFailure.Kind.EMPTY));

		MODEL.answer(request -> "   ");
		assertThatThrownBy(() -> model().complete("S.", "i")).isInstanceOfSatisfying(LanguageModelFailure.class,
				failure -> assertThat(failure.kind()).isEqualTo(LanguageModelFailure.Kind.EMPTY));
	}

}
