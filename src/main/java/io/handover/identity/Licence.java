package io.handover.identity;

/**
 * A product licence (SKU).
 *
 * @param skuId the directory's id of the SKU
 * @param partNumber its part number, e.g. {@code SPE_E3}
 */
public record Licence(String skuId, String partNumber) {

	/** The part number, or the id when the part number is unknown. */
	public String shown() {
		return this.partNumber != null ? this.partNumber : this.skuId;
	}

}
