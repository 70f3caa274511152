package io.handover.apps;

import java.util.List;

import jakarta.validation.constraints.NotNull;

/**
 * How a leaver's account in an application is closed.
 *
 * @param method through the central directory (federated), an API of the application, or
 * by hand
 * @param reference where: the API's endpoint or the admin page, or null
 * @param steps what a person does, in order (shown on the owner's task)
 */
public record Deactivation(@NotNull Method method, String reference, List<String> steps) {

	public Deactivation {
		steps = steps != null ? List.copyOf(steps) : List.of();
	}

	/** The text for a task card. */
	public String instructions() {
		StringBuilder text = new StringBuilder();
		switch (this.method) {
			case DIRECTORY -> text.append("Closed by removing the directory group.");
			case API -> text.append("Deactivate through the application's API")
				.append(this.reference != null ? " (" + this.reference + ")" : "")
				.append('.');
			case MANUAL -> text.append("Deactivate by hand")
				.append(this.reference != null ? " at " + this.reference : "")
				.append('.');
		}
		for (int i = 0; i < this.steps.size(); i++) {
			text.append(' ').append(i + 1).append(". ").append(this.steps.get(i));
		}
		return text.toString();
	}

	/** How an account is deactivated. */
	public enum Method {

		/** Federated: disabling the directory account or removing the group closes it. */
		DIRECTORY,
		/** The application has an API (e.g. SCIM) for it. */
		API,
		/** Only by hand, in the application's admin pages. */
		MANUAL

	}

}
