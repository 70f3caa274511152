package io.handover.identity;

import java.time.Instant;

/**
 * A Temporary Access Pass for a guided first sign-in and MFA setup. Shown once, to one
 * person: never log, store or audit {@code pass}; {@link #toString()} leaves it out.
 *
 * @param pass the pass itself
 * @param startsAt from when it can be used
 * @param expiresAt until when
 * @param usableOnce whether one sign-in uses it up
 * @param requests the requests it took (never containing the pass)
 */
public record TemporaryAccessPass(String pass, Instant startsAt, Instant expiresAt, boolean usableOnce,
		java.util.List<DirectoryRequest> requests) {

	/** Whether a real pass was created (not a dry run). */
	public boolean created() {
		return this.pass != null;
	}

	@Override
	public String toString() {
		return "TemporaryAccessPass[pass=***, startsAt=" + this.startsAt + ", expiresAt=" + this.expiresAt
				+ ", usableOnce=" + this.usableOnce + "]";
	}

}
