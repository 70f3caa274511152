package io.handover.identity;

import java.util.List;

/**
 * A product licence (SKU), as a user holds it.
 *
 * @param skuId the directory's id of the SKU
 * @param partNumber its part number, e.g. {@code SPE_E3}
 * @param direct assigned to the user directly (only those can be removed from the user)
 * @param groups the ids of the groups the user inherits it from; a licence inherited only
 * goes when the membership goes
 */
public record Licence(String skuId, String partNumber, boolean direct, List<String> groups) {

	public Licence {
		groups = groups != null ? List.copyOf(groups) : List.of();
	}

	/** A licence assigned directly (or an organisation's subscribed SKU). */
	public Licence(String skuId, String partNumber) {
		this(skuId, partNumber, true, List.of());
	}

	/** The part number, or the id when the part number is unknown. */
	public String shown() {
		return this.partNumber != null ? this.partNumber : this.skuId;
	}

	/** Held only through groups: removing it from the user directly fails. */
	public boolean inheritedOnly() {
		return !this.direct && !this.groups.isEmpty();
	}

}
