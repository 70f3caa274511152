package io.handover.profile;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The editable content of a role profile, as written in YAML or sent to the API. */
public record ProfileDraft(@NotBlank @Size(max = 200) String title, List<@NotBlank @Size(max = 200) String> aliases,
		List<@Valid @NotNull ProfileAsset> assets, List<@NotBlank String> accessGroups,
		List<@NotBlank String> applications, List<@Valid @NotNull TaskTemplate> extraTasks) {

	public ProfileDraft {
		aliases = aliases != null ? List.copyOf(aliases) : List.of();
		assets = assets != null ? List.copyOf(assets) : List.of();
		accessGroups = accessGroups != null ? List.copyOf(accessGroups) : List.of();
		applications = applications != null ? List.copyOf(applications) : List.of();
		extraTasks = extraTasks != null ? List.copyOf(extraTasks) : List.of();
	}

}
