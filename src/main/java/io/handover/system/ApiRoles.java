package io.handover.system;

/**
 * The app roles of Handover's API registration in Entra ID, as they arrive in the
 * {@code roles} claim and become authorities unchanged.
 */
public final class ApiRoles {

	public static final String ADMIN = "Handover.Admin";

	public static final String IT = "Handover.IT";

	public static final String FM = "Handover.FM";

	public static final String HR = "Handover.HR";

	public static final String MANAGER = "Handover.Manager";

	static final String[] ALL = { ADMIN, IT, FM, HR, MANAGER };

	private ApiRoles() {
	}

}
