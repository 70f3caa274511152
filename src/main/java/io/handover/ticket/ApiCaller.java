package io.handover.ticket;

import java.security.Principal;

import io.handover.common.Actor;
import io.handover.common.Channel;

/** Who is calling the REST API. */
final class ApiCaller {

	private ApiCaller() {
	}

	static Actor of(Principal principal) {
		return principal != null ? new Actor(principal.getName(), principal.getName(), Channel.API)
				: new Actor("api:local", "Local API user", Channel.API);
	}

}
