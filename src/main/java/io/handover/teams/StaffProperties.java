package io.handover.teams;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who belongs to a department beyond the team that holds its channel, and who leads it.
 *
 * <pre>
 * handover.teams:
 *   roster-ttl: 10m
 *   staff:
 *     IT: { members: [peter@contoso.nl], lead: sara@contoso.nl, team-members: true }
 * </pre>
 *
 * @param rosterTtl how long a team's member list is trusted before it is read again
 * @param staff per department key
 */
@ConfigurationProperties("handover.teams")
record StaffProperties(Duration rosterTtl, Map<String, Staff> staff) {

	StaffProperties {
		rosterTtl = rosterTtl != null ? rosterTtl : Duration.ofMinutes(10);
		staff = staff != null ? Map.copyOf(staff) : Map.of();
	}

	Staff of(String department) {
		return this.staff.getOrDefault(department, Staff.NONE);
	}

	/**
	 * @param members people by UPN/e-mail or Entra object id
	 * @param lead who gets escalations, by UPN/e-mail or Entra object id
	 * @param teamMembers whether the members of a team holding a channel an Administrator
	 * linked to the department belong to it too (default true; a channel someone only
	 * asked to link never counts)
	 */
	record Staff(List<String> members, String lead, Boolean teamMembers) {

		static final Staff NONE = new Staff(List.of(), null, true);

		Staff {
			members = members != null ? List.copyOf(members) : List.of();
			teamMembers = teamMembers == null || teamMembers;
		}

	}

}
