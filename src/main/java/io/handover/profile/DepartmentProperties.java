package io.handover.profile;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code handover.departments}: the departments and where each one's task catalogue is
 * ({@code classpath:departments/<key in lower case>.yml} unless given).
 */
@ConfigurationProperties("handover")
record DepartmentProperties(List<Entry> departments) {

	DepartmentProperties {
		departments = departments != null && !departments.isEmpty() ? List.copyOf(departments)
				: List.of(new Entry("IT", "IT", null, null), new Entry("FM", "Facility Management", null, null),
						new Entry("HR", "Human Resources", null, null));
	}

	/**
	 * @param key short stable key, e.g. {@code IT}
	 * @param name display name
	 * @param catalogue where its task catalogue is, when not the default
	 * @param membersGroup the object id of an Entra group whose members (also through
	 * nested groups) are the department's staff, or null
	 */
	record Entry(String key, String name, String catalogue, String membersGroup) {

		String catalogueLocation() {
			return this.catalogue != null ? this.catalogue
					: "classpath:departments/" + this.key.toLowerCase(java.util.Locale.ROOT) + ".yml";
		}

	}

}
