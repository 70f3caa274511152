package io.handover.access;

import java.time.Instant;
import java.util.List;

/**
 * Which Teams channels serve which departments, and who is configured as a department's
 * staff: for the Administrators' overview (the portal's admin page). Implemented by the
 * transport that keeps the links (Teams).
 */
public interface DepartmentLinks {

	/** Every channel linked to a department or asked to be, by channel name. */
	List<Link> links();

	/** The people configured as the department's staff (UPN or object id). */
	List<String> configuredMembers(String department);

	/** Who leads the department (escalations), when configured. */
	String lead(String department);

	/**
	 * One channel.
	 *
	 * @param channelId the channel's conversation id
	 * @param teamId its team
	 * @param channelName its name when linked
	 * @param departments the departments an Administrator approved
	 * @param requested the departments someone asked for, waiting for an Administrator
	 * @param linkedBy who linked it
	 * @param linkedAt when
	 */
	record Link(String channelId, String teamId, String channelName, List<String> departments, List<String> requested,
			String linkedBy, Instant linkedAt) {

	}

}
