package io.handover.identity;

/**
 * A group of the central directory.
 *
 * @param id the directory's object id
 * @param name display name
 * @param dynamic whether members follow a rule: nobody can be added or removed by hand
 * @param membershipRule the rule of a dynamic group, else null
 */
public record DirectoryGroup(String id, String name, boolean dynamic, String membershipRule) {

	public static DirectoryGroup staticGroup(String id, String name) {
		return new DirectoryGroup(id, name, false, null);
	}

}
