package io.handover.access;

import io.handover.common.Actor;

/**
 * Who is staff of a department beyond what a token vouches for: configured people, an
 * Entra group, or the members of a team an Administrator approved for the department.
 * Implemented by the transport that can see those rosters.
 */
public interface DepartmentMembership {

	/**
	 * Whether the verified person belongs to the department.
	 * @throws RuntimeException (a {@link io.handover.common.Refusal}) when membership
	 * cannot be known just now; never a "no" for not knowing
	 */
	boolean isMember(String department, Actor actor);

}
