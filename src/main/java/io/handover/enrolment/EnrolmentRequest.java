package io.handover.enrolment;

/**
 * One request to Apple Business, as shown on a task and in the audit trail: never with a
 * token, an assertion or a key.
 *
 * @param method HTTP method
 * @param path path below the API's base URL, e.g. {@code /v1/orgDevices/{serial}}
 * @param body JSON body, or null
 */
public record EnrolmentRequest(String method, String path, String body) {

	@Override
	public String toString() {
		return this.method + " " + this.path + (this.body != null ? " " + this.body : "");
	}

}
