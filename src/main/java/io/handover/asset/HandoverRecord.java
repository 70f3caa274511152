package io.handover.asset;

import java.time.Instant;
import java.util.List;

import io.handover.common.Channel;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A signed handover: who signed for which assets, when, through which channel, and the
 * SHA-256 (hex) of the content shown to them. Written once, never changed.
 *
 * @param id the record's id
 * @param kind a joiner's receipt or a leaver's return
 * @param employeeId whose assets these are
 * @param signerId Entra object id or staff id of who signed
 * @param signerName their display name
 * @param channel where they signed
 * @param signedAt when
 * @param items the assets signed for, with their serial numbers
 * @param contentSha256 SHA-256 of the content shown, lower-case hex
 */
@Document("handovers")
public record HandoverRecord(@Id String id, Kind kind, @Indexed String employeeId, String signerId, String signerName,
		Channel channel, Instant signedAt, List<Item> items, String contentSha256) {

	/** What the signature confirms. */
	public enum Kind {

		/** The employee received the assets (joiner, day one). */
		RECEIPT,
		/** The employee returned the asset (leaver). */
		RETURN

	}

	/** One asset in a handover. */
	public record Item(String assignmentId, String assetId, String tag, String type, String serialNumber) {

	}

}
