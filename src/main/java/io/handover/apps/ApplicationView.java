package io.handover.apps;

import java.util.List;

/**
 * An application with the role profiles that use it, as the API shows it.
 *
 * @param usedBy keys of the role profiles that list it
 */
public record ApplicationView(String key, String name, Owner owner, boolean federated, String accessGroup,
		Deactivation deactivation, String notes, Application.Origin origin, Long version, List<String> usedBy) {

	static ApplicationView of(Application app, List<String> usedBy) {
		return new ApplicationView(app.key(), app.name(), app.owner(), app.federated(), app.accessGroup(),
				app.deactivation(), app.notes(), app.origin(), app.version(), usedBy);
	}

}
