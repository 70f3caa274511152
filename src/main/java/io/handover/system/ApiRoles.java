package io.handover.system;

import io.handover.access.Roles;

/**
 * The app roles of Handover's API registration in Entra ID, as they arrive in the
 * {@code roles} claim and become authorities unchanged.
 */
public final class ApiRoles {

	public static final String ADMIN = Roles.ADMIN;

	public static final String IT = Roles.IT;

	public static final String FM = Roles.FM;

	public static final String HR = Roles.HR;

	public static final String MANAGER = Roles.MANAGER;

	/**
	 * Only for scraping {@code /actuator/prometheus} (a separate credential for the
	 * monitoring system, docs/metrics.md): no other endpoint, and none of {@link #ALL}.
	 */
	public static final String METRICS = "Handover.Metrics";

	static final String[] ALL = { ADMIN, IT, FM, HR, MANAGER };

	private ApiRoles() {
	}

}
