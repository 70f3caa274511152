package io.handover.common;

import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Who did something and through which channel: a person, an HR source, or Handover
 * itself.
 * <p>
 * A person is either one <em>verified</em> identity, whose {@code id} is their Entra
 * object id in lower case (the same person through Teams, e-mail or the API has the same
 * id), or <em>unverified</em> (an e-mail sender not matched to a directory user, a token
 * without {@code oid}, a Teams user without an Entra id): an unverified actor can ask,
 * but never cause a directory or device action and never approve. Comparisons of people
 * go through {@link #isSamePersonAs}, never through raw ids.
 *
 * @param id the Entra object id (lower case) of a verified person; otherwise the id the
 * channel gave (e-mail address, token subject, system name)
 * @param name display name as shown on cards and in the audit trail
 * @param channel where the action came from
 * @param upn the person's user principal name (lower case) when known
 * @param verified whether {@code id} is a verified Entra object id (or a system identity)
 * @param roles Handover roles the channel vouched for (an API token's {@code roles}
 * claim); other roles are looked up where needed, see {@code io.handover.access}
 */
public record Actor(String id, String name, Channel channel, String upn, boolean verified, Set<String> roles) {

	public Actor {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(channel, "channel");
		name = name != null ? name : id;
		upn = upn != null ? upn.trim().toLowerCase(Locale.ROOT) : null;
		// sorted, so that a stored actor reads back equal and prints the same
		roles = roles != null ? Collections.unmodifiableSortedSet(new TreeSet<>(roles)) : Collections.emptySortedSet();
	}

	/**
	 * An actor whose identity the channel could not vouch for (kept for ids that are not
	 * people: staff ids of fixtures, application owners).
	 */
	public Actor(String id, String name, Channel channel) {
		this(id, name, channel, null, false, Set.of());
	}

	/** A person the channel verified: Entra object id, UPN when known. */
	public static Actor person(String entraObjectId, String upn, String name, Channel channel) {
		return person(entraObjectId, upn, name, channel, Set.of());
	}

	/** A person the channel verified, with the roles the channel vouched for. */
	public static Actor person(String entraObjectId, String upn, String name, Channel channel, Set<String> roles) {
		Objects.requireNonNull(entraObjectId, "entraObjectId");
		return new Actor(entraObjectId.trim().toLowerCase(Locale.ROOT), name, channel, upn, true, roles);
	}

	/**
	 * Someone the channel could not verify: {@code claimed} is what they said they are
	 * (an e-mail address, a token subject), kept for the audit trail only.
	 */
	public static Actor unverified(String claimed, String name, Channel channel) {
		String id = claimed != null && !claimed.isBlank() ? claimed.trim() : "unknown";
		return new Actor(id, name, channel, id.contains("@") ? id : null, false, Set.of());
	}

	/** Handover acting on its own (schedules, the offboarding guard). */
	public static Actor system(String what) {
		return new Actor("handover:" + what, "Handover " + what, Channel.SYSTEM, null, true, Set.of());
	}

	/** An HR system acting as a source of truth (a sync, a signed webhook). */
	public static Actor hrSource(String system) {
		return new Actor("hr:" + system.toLowerCase(Locale.ROOT), system, Channel.HR, null, true, Set.of());
	}

	/** A verified person (not a system, not an HR source, not unverified). */
	@JsonIgnore
	public boolean isVerifiedPerson() {
		return this.verified && this.channel != Channel.SYSTEM && this.channel != Channel.HR;
	}

	/**
	 * Whether both are the same verified person, whatever channel each came through.
	 * Unverified actors are never the same person as anyone: they cannot be told apart.
	 */
	public boolean isSamePersonAs(Actor other) {
		return other != null && isVerifiedPerson() && other.isVerifiedPerson() && this.id.equalsIgnoreCase(other.id);
	}

	/** Whether this person is the one named by a UPN or an Entra object id. */
	public boolean isNamedBy(String upnOrObjectId) {
		if (upnOrObjectId == null || !isVerifiedPerson()) {
			return false;
		}
		String named = upnOrObjectId.trim();
		return named.equalsIgnoreCase(this.id) || this.upn != null && named.equalsIgnoreCase(this.upn);
	}

	/** Whether the channel vouched for this role (an API token's roles claim). */
	public boolean vouchedFor(String role) {
		return this.roles.contains(role);
	}

}
