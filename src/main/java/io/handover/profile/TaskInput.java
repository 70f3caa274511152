package io.handover.profile;

import jakarta.validation.constraints.NotBlank;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * A value the person completing a task must enter, e.g. the serial number of the laptop
 * issued.
 *
 * @param name the input's key, e.g. {@code serialNumber}
 * @param label what staff see
 * @param required the task cannot be completed without it
 * @param maxLength the most characters accepted (0: {@link #DEFAULT_MAX_LENGTH}); a
 * Windows Autopilot hardware hash is about 4,000
 * @param format what the value must be besides its length: {@code base64}, or null for
 * any text
 */
public record TaskInput(@NotBlank String name, String label, boolean required, Integer maxLength, String format) {

	/** The cap of an input that names none: a serial number, a pass number, a reason. */
	public static final int DEFAULT_MAX_LENGTH = 200;

	/** The cap no input may exceed: what the REST API and the cards accept at most. */
	public static final int LONGEST = 8192;

	@PersistenceCreator
	public TaskInput {
		label = label != null ? label : name;
		maxLength = maxLength != null && maxLength > 0 ? Math.min(maxLength, LONGEST) : DEFAULT_MAX_LENGTH;
	}

	public TaskInput(String name, String label, boolean required) {
		this(name, label, required, null, null);
	}

	/** The value must be base64 (e.g. a hardware hash from a supplier's CSV). */
	public boolean base64() {
		return "base64".equalsIgnoreCase(this.format);
	}

}
