package io.handover.e2e;

import java.nio.file.Path;
import java.util.List;

/**
 * The organisation the Playground pretends to be: the repository's trial configuration
 * {@code .m365agentsplayground.yml} (which {@code MockTenantTests} holds these names to):
 * the manager is the Playground's current user; among the five other people (the most the
 * Playground allows) are one IT, one FM and one HR staff member, an employee and a
 * colleague in no department. The team "Operations" has its General channel (for IT) and
 * one more channel, Facilities (for FM and HR): the Playground allows no more channels.
 */
public final class MockTenant {

	/** The repository's trial configuration, which every Playground test runs with. */
	public static final Path CONFIG = Path.of(".m365agentsplayground.yml");

	public static final String TENANT_ID = "6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f";

	public static final String BOT_ID = "00000000-0000-4000-8000-00000000b001";

	public static final String BOT_NAME = "Handover";

	public static final User MANAGER = new User("user-manager", "Maria", "Jansen", 1);

	public static final User IT_STAFF = new User("user-it", "Iris", "van Dam", 2);

	public static final User FM_STAFF = new User("user-fm", "Frank", "Meijer", 3);

	public static final User HR_STAFF = new User("user-hr", "Hanna", "de Boer", 4);

	public static final User EMPLOYEE = new User("user-employee", "Jan", "Bakker", 5);

	/** Belongs to no department: what they try on a task card must be refused. */
	public static final User COLLEAGUE = new User("user-colleague", "Sophie", "Smit", 6);

	public static final List<User> OTHERS = List.of(IT_STAFF, FM_STAFF, HR_STAFF, EMPLOYEE, COLLEAGUE);

	/** The manager's personal chat with the bot. */
	public static final String PERSONAL_CHAT = "personal-chat-manager";

	public static final String GROUP_CHAT = "group-chat-handover";

	public static final String TEAM_NAME = "Operations";

	/** In Teams the team id is the id of its General channel. */
	public static final String TEAM_ID = "19:general-handover@thread.tacv2";

	public static final String TEAM_AAD_GROUP_ID = "22222222-0000-4000-8000-000000000001";

	public static final String GENERAL_CHANNEL = TEAM_ID;

	public static final String FACILITIES_CHANNEL = "19:facilities-handover@thread.tacv2";

	private MockTenant() {
	}

	/**
	 * One person of the mock tenant.
	 *
	 * @param id the Teams user id (the activity's {@code from.id})
	 * @param aadObjectId the Entra object id
	 */
	public record User(String id, String givenName, String surname, String aadObjectId) {

		User(String id, String givenName, String surname, int number) {
			this(id, givenName, surname, "11111111-0000-4000-8000-%012d".formatted(number));
		}

		public String name() {
			return this.givenName + " " + this.surname;
		}

		public String upn() {
			return (this.givenName + "." + this.surname.replace(" ", "")).toLowerCase() + "@example.com";
		}

	}

}
