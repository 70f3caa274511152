package io.handover.apps;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Who answers for an application: a department (its key, e.g. {@code IT}) or a person
 * (their UPN).
 *
 * @param kind department or person
 * @param id the department key or the person's UPN
 * @param name shown on cards, e.g. "Sales" or "Mark de Boer"
 */
public record Owner(@NotNull Kind kind, @NotBlank String id, String name) {

	public Owner {
		name = name != null && !name.isBlank() ? name : id;
	}

	public boolean isPerson() {
		return this.kind == Kind.PERSON;
	}

	/** Whether an owner is a department or a person. */
	public enum Kind {

		DEPARTMENT, PERSON

	}

}
