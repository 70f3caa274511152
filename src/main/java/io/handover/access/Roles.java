package io.handover.access;

import java.util.Locale;

/**
 * The Handover roles, named as the app roles of Handover's API registration in Entra ID
 * (the {@code roles} claim of an API token). IT, FM and HR are also departments: their
 * staff hold the department's role.
 */
public final class Roles {

	public static final String ADMIN = "Handover.Admin";

	public static final String IT = "Handover.IT";

	public static final String FM = "Handover.FM";

	public static final String HR = "Handover.HR";

	public static final String MANAGER = "Handover.Manager";

	private Roles() {
	}

	/** The role of a department's staff, e.g. {@code Handover.IT} for {@code IT}. */
	public static String ofDepartment(String department) {
		return "Handover." + department.toUpperCase(Locale.ROOT);
	}

}
