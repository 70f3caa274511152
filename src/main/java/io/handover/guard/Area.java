package io.handover.guard;

/** What the guard looks at, and which department answers for it. */
enum Area {

	ACCOUNT("account", "the directory account", "IT"), SESSIONS("sessions", "the sign-in sessions", "IT"),
	GROUPS("groups", "the group memberships", "IT"), LICENCES("licences", "the directly assigned licences", "IT"),
	DEVICES("devices", "the managed devices", "IT"),
	ACCESS_PASSES("access-passes", "the Temporary Access Passes", "IT"),
	MAILBOX("mailbox", "the mailbox's forwarding and automatic replies", "IT"),
	APPLICATION_GRANTS("application-grants", "the app role assignments and permission grants", "IT"),
	REGISTER("register", "the assets on their name in the register", "IT"),
	APPLICATIONS("applications", "the standalone application accounts", "IT"),
	BADGES("badges", "the access badges in the pass system", "FM");

	final String key;

	final String description;

	final String department;

	Area(String key, String description, String department) {
		this.key = key;
		this.description = description;
		this.department = department;
	}

}
