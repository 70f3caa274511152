package io.handover.apps;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An application as an administrator writes it.
 *
 * @param name display name, e.g. "LinkedIn Sales Navigator"
 * @param owner the department or person who answers for it
 * @param federated whether it signs in through the central directory
 * @param accessGroup the directory group that gives access (federated applications)
 * @param deactivation how a leaver's account is closed
 * @param notes anything else worth knowing
 */
public record ApplicationDraft(@NotBlank @Size(max = 100) String name, @NotNull @Valid Owner owner, boolean federated,
		@Size(max = 256) String accessGroup, @NotNull @Valid Deactivation deactivation,
		@Size(max = 1000) String notes) {

}
