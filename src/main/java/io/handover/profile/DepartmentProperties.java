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
				: List.of(new Entry("IT", "IT", null), new Entry("FM", "Facility Management", null),
						new Entry("HR", "Human Resources", null));
	}

	record Entry(String key, String name, String catalogue) {

		String catalogueLocation() {
			return this.catalogue != null ? this.catalogue
					: "classpath:departments/" + this.key.toLowerCase(java.util.Locale.ROOT) + ".yml";
		}

	}

}
