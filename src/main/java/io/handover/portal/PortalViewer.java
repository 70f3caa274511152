package io.handover.portal;

import java.util.List;
import java.util.Locale;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.common.InvalidInput;
import io.handover.system.ApiCaller;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Who is looking. In production: the person of the bearer token (Teams SSO gives the page
 * an Entra ID token for Handover's API, checked like every API call). In local mode the
 * API answers this machine only and its caller holds every role; the page may instead
 * name one of the configured trial people ({@value #TRIAL_USER}), who then sees what that
 * person would see: less, never more. The header is refused in production: a token's
 * person cannot be swapped for another.
 */
@Component
@EnableConfigurationProperties(PortalProperties.class)
class PortalViewer {

	static final String TRIAL_USER = "X-Handover-Trial-User";

	private final PortalProperties properties;

	private final boolean production;

	PortalViewer(PortalProperties properties, Environment environment) {
		this.properties = properties;
		this.production = io.handover.system.ProductionMode.isOn(environment);
	}

	boolean production() {
		return this.production;
	}

	/** The people offered on this machine (none in production). */
	List<PortalProperties.TrialPerson> trialPeople() {
		return this.production ? List.of() : this.properties.trialPeople();
	}

	/**
	 * @param chosen the header's value: a trial person's object id or UPN, or null
	 * @throws InvalidInput for the header in production, or a person not configured
	 */
	Actor current(String chosen) {
		if (!StringUtils.hasText(chosen)) {
			return ApiCaller.current();
		}
		if (this.production) {
			throw new InvalidInput(TRIAL_USER, "A trial person can be chosen in local mode only; in production the "
					+ "portal shows what the signed-in person (the bearer token) may see.");
		}
		String wanted = chosen.trim().toLowerCase(Locale.ROOT);
		return trialPeople().stream()
			.filter(person -> wanted.equalsIgnoreCase(person.objectId()) || wanted.equalsIgnoreCase(person.upn()))
			.findFirst()
			.map(person -> Actor.person(person.objectId(), person.upn(), person.name(), Channel.API))
			.orElseThrow(() -> new InvalidInput(TRIAL_USER,
					"No trial person " + LogSafeName.of(chosen)
							+ " is configured (handover.portal.trial-people); known: "
							+ trialPeople().stream().map(PortalProperties.TrialPerson::upn).toList()));
	}

	/** Echoes a header value back only as letters, digits and a few signs, short. */
	static final class LogSafeName {

		private LogSafeName() {
		}

		static String of(String value) {
			String kept = value.replaceAll("[^A-Za-z0-9@._ -]", "?");
			return "'" + (kept.length() > 80 ? kept.substring(0, 80) + "…" : kept) + "'";
		}

	}

}
