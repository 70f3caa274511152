package io.handover.profile;

import jakarta.validation.constraints.NotBlank;

/**
 * A value the person completing a task must enter, e.g. the serial number of the laptop
 * issued.
 */
public record TaskInput(@NotBlank String name, String label, boolean required) {

	public TaskInput {
		label = label != null ? label : name;
	}

}
