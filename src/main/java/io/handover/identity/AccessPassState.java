package io.handover.identity;

import java.time.Instant;

/**
 * A Temporary Access Pass of a user (never the pass itself).
 *
 * @param id the authentication method's id
 * @param startsAt from when it works, or null
 * @param endsAt until when it works, or null
 * @param usable whether the directory says it can be used now or later
 * @param usability the directory's reason, e.g. {@code EnabledByPolicy}, {@code Expired}
 */
public record AccessPassState(String id, Instant startsAt, Instant endsAt, boolean usable, String usability) {

}
