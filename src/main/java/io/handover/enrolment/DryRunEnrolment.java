package io.handover.enrolment;

import java.util.List;

/**
 * The enrolment without an Apple Business API account: every change answers
 * {@code DRY_RUN} with the requests Handover would send, and nothing is sent.
 */
final class DryRunEnrolment implements DeviceEnrolment {

	private final AppleBusinessProperties properties;

	DryRunEnrolment(AppleBusinessProperties properties) {
		this.properties = properties;
	}

	@Override
	public boolean isDryRun() {
		return true;
	}

	@Override
	public boolean isAppleModel(String model) {
		return this.properties.isAppleModel(model);
	}

	/** Nothing is asked in a dry run: the model alone decides. */
	@Override
	public Recognition recognise(String serialNumber) {
		return Recognition.UNSURE;
	}

	@Override
	public EnrolmentStep assign(String serialNumber) {
		String server = this.properties.mdmServerId() != null ? this.properties.mdmServerId() : "{mdm-server-id}";
		String device = "/v1/orgDevices/" + serialNumber;
		return dryRun(serialNumber, "Would assign " + serialNumber + " to the device management service " + server,
				List.of(new EnrolmentRequest("GET", device, null),
						new EnrolmentRequest("GET", device + "/relationships/assignedServer", null),
						new EnrolmentRequest("POST", "/v1/orgDeviceActivities", body("ASSIGN_DEVICES", serialNumber,
								"\"mdmServer\":{\"data\":{\"type\":\"mdmServers\",\"id\":\"" + server + "\"}},"))));
	}

	@Override
	public EnrolmentStep release(String serialNumber) {
		return dryRun(serialNumber, "Would release " + serialNumber + " from the organisation", List.of(
				new EnrolmentRequest("GET", "/v1/orgDevices/" + serialNumber, null),
				new EnrolmentRequest("POST", "/v1/orgDeviceActivities", body("RELEASE_DEVICES", serialNumber, ""))));
	}

	@Override
	public EnrolmentStep follow(String serialNumber, String activityId) {
		return dryRun(serialNumber, "Would follow activity " + activityId,
				List.of(new EnrolmentRequest("GET", "/v1/orgDeviceActivities/" + activityId, null)));
	}

	private static String body(String type, String serialNumber, String server) {
		return "{\"data\":{\"type\":\"orgDeviceActivities\",\"attributes\":{\"activityType\":\"" + type
				+ "\"},\"relationships\":{" + server + "\"devices\":{\"data\":[{\"type\":\"orgDevices\",\"id\":\""
				+ serialNumber + "\"}]}}}}";
	}

	private static EnrolmentStep dryRun(String serialNumber, String summary, List<EnrolmentRequest> requests) {
		return new EnrolmentStep(EnrolmentStep.Status.DRY_RUN, serialNumber, null, summary, requests);
	}

}
