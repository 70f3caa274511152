package io.handover.profile;

import java.util.List;
import java.util.Map;

/**
 * A department that works on tickets, with its default task catalogue per direction.
 *
 * @param key short stable key, e.g. {@code IT}
 * @param name display name
 * @param catalogue the tasks it does for each direction, in the order they are shown
 */
public record Department(String key, String name, Map<Direction, List<TaskTemplate>> catalogue) {

	public Department {
		catalogue = Map.copyOf(catalogue);
	}

	public List<TaskTemplate> tasks(Direction direction) {
		return this.catalogue.getOrDefault(direction, List.of());
	}

}
