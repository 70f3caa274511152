package io.handover.identity;

/**
 * A device managed (enrolled) for a person.
 *
 * @param id the device management id
 * @param name device name
 * @param serialNumber serial number, when reported
 * @param operatingSystem e.g. {@code Windows}, {@code iOS}
 * @param companyOwned company property (may be wiped) or the person's own (only retired)
 * @param state e.g. {@code managed}, {@code wipePending}, {@code retirePending}
 */
public record ManagedDevice(String id, String name, String serialNumber, String operatingSystem, boolean companyOwned,
		String state) {

	/** A wipe or retire was already sent to this device. */
	public boolean isBeingRemoved() {
		return this.state != null && (this.state.startsWith("wipe") || this.state.startsWith("retire"))
				&& !this.state.endsWith("Canceled") && !this.state.endsWith("Failed");
	}

	/** How the device is shown on a task. */
	public String shown() {
		return (this.name != null ? this.name : this.id)
				+ (this.serialNumber != null && !this.serialNumber.isBlank() ? " (" + this.serialNumber + ")" : "");
	}

}
