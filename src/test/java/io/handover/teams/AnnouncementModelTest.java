package io.handover.teams;

import io.handover.testing.BotTest;
import io.handover.testing.ChatCompletionsEmulator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bot with issue 18's language model switched on ({@code handover.intake.model}) on
 * the chat completions emulator, which each test resets. A base class, so the tests in
 * Teams and in e-mail share one Spring context and one emulator (the context cache is
 * keyed on the {@code @DynamicPropertySource} methods too); the emulator stays up while
 * the context is cached.
 */
@BotTest
abstract class AnnouncementModelTest {

	static final ChatCompletionsEmulator MODEL = new ChatCompletionsEmulator();

	@DynamicPropertySource
	static void aLanguageModelForAnnouncements(DynamicPropertyRegistry properties) {
		properties.add("handover.language.endpoint", MODEL::baseUrl);
		properties.add("handover.language.api-key", () -> ChatCompletionsEmulator.KEY);
		properties.add("handover.intake.model.enabled", () -> "true");
		properties.add("handover.intake.model.timeout", () -> "1s");
	}

}
