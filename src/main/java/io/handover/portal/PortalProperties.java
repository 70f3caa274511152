package io.handover.portal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code handover.portal}: in local mode only, the people the portal offers to view it as
 * (the trial profile lists the Playground's organisation). Their roles come from the
 * usual configuration (Administrators, department staff) and the register (whom they
 * manage), exactly as in Teams.
 *
 * @param trialPeople who may be chosen on this machine
 */
@ConfigurationProperties("handover.portal")
record PortalProperties(List<TrialPerson> trialPeople) {

	PortalProperties {
		trialPeople = trialPeople != null ? List.copyOf(trialPeople) : List.of();
	}

	/**
	 * One person of the local trial.
	 *
	 * @param objectId their (made-up) Entra object id
	 * @param upn their sign-in name
	 * @param name as shown
	 */
	record TrialPerson(String objectId, String upn, String name) {

	}

}
