package io.handover.hr.nmbrs;

import java.util.Optional;

/**
 * Where the newest Nmbrs refresh token is kept. Nmbrs answers every refresh with a new
 * refresh token and the old one stops working, so the new one is kept before it is used:
 * after a restart Handover must start from the newest, not from the one configured at the
 * approval.
 */
interface NmbrsRefreshTokens {

	/** The newest refresh token kept, if any. */
	Optional<String> newest();

	/** Keeps a refresh token Nmbrs just issued, replacing the one before. */
	void keep(String refreshToken);

}
