package io.handover.asset;

import io.handover.common.Limits;
import io.handover.common.Actor;
import io.handover.common.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An employee's signature as given, e.g. by pressing "I received these" on a card.
 * Handover stores who, through which channel, when, and the SHA-256 of
 * {@code contentShown} — the exact text or card the signer saw.
 *
 * @param signerId Entra object id (or staff id) of the person signing
 * @param signerName their display name
 * @param channel where they signed
 * @param contentShown what was shown to them when they signed
 */
public record Signature(@NotBlank @Size(max = Limits.ID) String signerId, @Size(max = Limits.NAME) String signerName,
		@NotNull Channel channel, @NotBlank String contentShown) {

	/**
	 * A signature given on paper and recorded by a staff member: the signer on record is
	 * the staff member, named as such, through the API. Nobody signs for someone else
	 * through the API; the employee's own signature comes only from their Teams card.
	 */
	public static Signature onPaper(Actor recordedBy, String contentShown) {
		return new Signature(recordedBy.id(), "recorded by " + recordedBy.name() + ", signed on paper", Channel.API,
				contentShown);
	}

}
