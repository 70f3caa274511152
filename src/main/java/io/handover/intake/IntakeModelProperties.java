package io.handover.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The optional language model's part in reading announcements (see
 * docs/language-model.md): off unless switched on and a model is configured
 * ({@code handover.language.endpoint}).
 *
 * @param enabled whether a Teams announcement is also read by the language model; false
 * by default
 * @param timeout how long the model may take before the form goes out with our own
 * reading alone: 4 s by default, at most {@link #MAX_TIMEOUT} so that the form always
 * reaches Teams within the time it gives a turn (about 15 s)
 */
@ConfigurationProperties("handover.intake.model")
public record IntakeModelProperties(Boolean enabled, Duration timeout) {

	/** The longest wait allowed: the form must reach Teams within its turn. */
	public static final Duration MAX_TIMEOUT = Duration.ofSeconds(10);

	public IntakeModelProperties {
		enabled = enabled != null && enabled;
		timeout = timeout == null ? Duration.ofSeconds(4) : timeout;
		if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
			throw new IllegalArgumentException("handover.intake.model.timeout must be more than 0 and at most "
					+ MAX_TIMEOUT.toSeconds() + "s (Teams waits about 15 s for the form); it is " + timeout);
		}
	}

}
