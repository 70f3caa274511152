package io.handover.profile;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * One kind of task in a department's catalogue or a profile's extra tasks.
 *
 * @param key stable kind key, {@code <department>.<thing>.<verb>}, e.g.
 * {@code it.laptop.issue}
 * @param department the department that does it (IT, FM, HR, ...)
 * @param direction joiner, mover or leaver
 * @param title what to do, as shown on the task card; {@code {type}}, {@code {model}},
 * {@code {serialNumber}}, {@code {tag}}, {@code {group}}, {@code {application}} are
 * filled in from what the task concerns
 * @param per how many tasks the entry yields
 * @param assetType with {@link TaskMultiplicity#ASSET}: the asset type, or {@code *}
 * @param due when it is due, in working days relative to the ticket's date (negative:
 * before)
 * @param after kinds that must be done (or not needed) before this one can start
 * @param inputs values the person completing it must enter
 * @param effect what completing it does to the asset register
 * @param when conditions on the ticket; all must hold
 */
public record TaskTemplate(@NotBlank @Pattern(regexp = "[a-z]+(\\.[a-z0-9-]+)+") String key, String department,
		Direction direction, @NotBlank String title, TaskMultiplicity per, String assetType, @Min(-60) @Max(60) int due,
		List<@NotBlank String> after, List<@Valid @NotNull TaskInput> inputs, TaskEffect effect,
		List<@NotNull TaskCondition> when) {

	public TaskTemplate {
		per = per != null ? per : TaskMultiplicity.ONCE;
		after = after != null ? List.copyOf(after) : List.of();
		inputs = inputs != null ? List.copyOf(inputs) : List.of();
		effect = effect != null ? effect : TaskEffect.NONE;
		when = when != null ? List.copyOf(when) : List.of();
	}

	/** Whether this entry handles assets of the given type. */
	public boolean handlesAssetType(String type) {
		return this.per == TaskMultiplicity.ASSET && this.assetType != null && this.assetType.equalsIgnoreCase(type);
	}

	/** Whether this entry handles asset types nothing else handles. */
	public boolean handlesAnyAssetType() {
		return this.per == TaskMultiplicity.ASSET && "*".equals(this.assetType);
	}

	TaskTemplate in(String department, Direction direction) {
		return new TaskTemplate(this.key, department, direction, this.title, this.per, this.assetType, this.due,
				this.after, this.inputs, this.effect, this.when);
	}

}
