package io.handover.profile;

import jakarta.validation.constraints.NotBlank;

/**
 * An asset a role gets: its type (laptop, phone, access-pass, office-key, ...) and model
 * class (laptop-standard, laptop-developer, ...).
 */
public record ProfileAsset(@NotBlank String type, @NotBlank String model) {

	@Override
	public String toString() {
		return this.type + "/" + this.model;
	}

}
