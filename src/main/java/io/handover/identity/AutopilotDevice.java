package io.handover.identity;

/**
 * A Windows laptop to register for Autopilot.
 *
 * @param serialNumber the serial number
 * @param hardwareHash the hardware hash (base64) from the supplier or the device
 * @param groupTag the group tag that picks the deployment profile, from the role profile
 * @param assignedUserPrincipalName the joiner it is for
 */
public record AutopilotDevice(String serialNumber, String hardwareHash, String groupTag,
		String assignedUserPrincipalName) {

}
