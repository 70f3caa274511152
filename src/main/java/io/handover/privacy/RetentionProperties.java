package io.handover.privacy;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a leaver's personal fields are kept after their last working day
 * (docs/personal-data.md).
 *
 * @param after the period for every personal field (default 24 months)
 * @param fields a different period for some fields, by name: {@code name}, {@code upn},
 * {@code entraObjectId}, {@code hrEmployeeId} (e.g. an HR number kept as long as the
 * payroll records that cite it)
 * @param cron when the retention job runs (default daily at 03:30)
 */
@ConfigurationProperties("handover.privacy.retention")
public record RetentionProperties(Period after, Map<String, Period> fields, String cron) {

	/** The personal fields of an employee that retention pseudonymises. */
	static final Set<String> FIELDS = Set.of("name", "upn", "entraObjectId", "hrEmployeeId");

	public RetentionProperties {
		after = (after != null) ? after : Period.ofMonths(24);
		if (after.isNegative() || after.isZero()) {
			throw new IllegalArgumentException(
					"handover.privacy.retention.after must be a positive period, not " + after + " (e.g. P24M)");
		}
		fields = (fields != null) ? new LinkedHashMap<>(fields) : Map.of();
		for (Map.Entry<String, Period> field : fields.entrySet()) {
			if (!FIELDS.contains(field.getKey())) {
				throw new IllegalArgumentException("handover.privacy.retention.fields." + field.getKey()
						+ " names no personal field; the fields are " + FIELDS.stream().sorted().toList());
			}
			if (field.getValue() == null || field.getValue().isNegative() || field.getValue().isZero()) {
				throw new IllegalArgumentException("handover.privacy.retention.fields." + field.getKey()
						+ " must be a positive period (e.g. P84M)");
			}
		}
		fields = Map.copyOf(fields);
	}

	/** How long {@code field} is kept after the last working day. */
	Period periodOf(String field) {
		return this.fields.getOrDefault(field, this.after);
	}

}
