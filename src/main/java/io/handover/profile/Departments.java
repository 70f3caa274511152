package io.handover.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import io.handover.common.NotFound;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;

/**
 * The configured departments and their task catalogues, read once at start. A catalogue
 * that names an unknown department, repeats a kind key or depends on a kind that does not
 * exist stops the application: a broken catalogue would silently drop tasks.
 */
@Service
public class Departments {

	static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory())
		.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final Map<String, Department> departments = new LinkedHashMap<>();

	private final Map<String, String> membersGroups = new LinkedHashMap<>();

	Departments(DepartmentProperties properties, ResourceLoader resources) {
		for (DepartmentProperties.Entry entry : properties.departments()) {
			String key = entry.key().toUpperCase(Locale.ROOT);
			Map<Direction, List<TaskTemplate>> catalogue = read(key, resources.getResource(entry.catalogueLocation()));
			this.departments.put(key, new Department(key, entry.name() != null ? entry.name() : key, catalogue));
			if (entry.membersGroup() != null && !entry.membersGroup().isBlank()) {
				this.membersGroups.put(key, entry.membersGroup().trim());
			}
		}
		checkKinds();
	}

	/** Every department, in configuration order. */
	public List<Department> all() {
		return List.copyOf(this.departments.values());
	}

	public Optional<Department> find(String key) {
		return Optional.ofNullable(key).map(k -> this.departments.get(k.toUpperCase(Locale.ROOT)));
	}

	/**
	 * The Entra group (object id) whose members are the department's staff
	 * ({@code members-group} of the department's entry), if one is configured.
	 */
	public Optional<String> membersGroup(String key) {
		return Optional.ofNullable(key).map(k -> this.membersGroups.get(k.toUpperCase(Locale.ROOT)));
	}

	public Department get(String key) {
		return find(key).orElseThrow(() -> new NotFound("Department", key));
	}

	public boolean exists(String key) {
		return find(key).isPresent();
	}

	/** The catalogue entries of every department for one direction. */
	public List<TaskTemplate> catalogue(Direction direction) {
		List<TaskTemplate> all = new ArrayList<>();
		this.departments.values().forEach(department -> all.addAll(department.tasks(direction)));
		return all;
	}

	/** The catalogue entry with this kind key, in any department and direction. */
	public Optional<TaskTemplate> kind(String key) {
		for (Department department : this.departments.values()) {
			for (Direction direction : Direction.values()) {
				for (TaskTemplate template : department.tasks(direction)) {
					if (template.key().equals(key)) {
						return Optional.of(template);
					}
				}
			}
		}
		return Optional.empty();
	}

	private static Map<Direction, List<TaskTemplate>> read(String department, Resource resource) {
		if (!resource.exists()) {
			throw new IllegalStateException(
					"No task catalogue for department " + department + " at " + resource.getDescription());
		}
		Map<Direction, List<TaskTemplate>> raw;
		try (InputStream in = resource.getInputStream()) {
			raw = YAML.readValue(in, new TypeReference<Map<Direction, List<TaskTemplate>>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the task catalogue " + resource.getDescription(), ex);
		}
		Map<Direction, List<TaskTemplate>> catalogue = new EnumMap<>(Direction.class);
		raw.forEach((direction, templates) -> catalogue.put(direction,
				templates.stream().map(template -> template.in(department, direction)).toList()));
		return catalogue;
	}

	private void checkKinds() {
		Set<String> keys = new HashSet<>();
		for (Department department : this.departments.values()) {
			for (Direction direction : Direction.values()) {
				for (TaskTemplate template : department.tasks(direction)) {
					if (!keys.add(direction + ":" + template.key())) {
						throw new IllegalStateException(
								"Task kind " + template.key() + " appears twice for " + direction);
					}
				}
			}
		}
		for (Department department : this.departments.values()) {
			for (Direction direction : Direction.values()) {
				for (TaskTemplate template : department.tasks(direction)) {
					for (String after : template.after()) {
						if (kind(after).isEmpty()) {
							throw new IllegalStateException(
									"Task kind " + template.key() + " waits for unknown kind " + after);
						}
					}
				}
			}
		}
	}

}
