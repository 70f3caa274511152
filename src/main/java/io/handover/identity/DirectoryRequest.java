package io.handover.identity;

/**
 * One request to the directory, as shown on a task and in the audit trail: never with a
 * token or a password.
 *
 * @param method HTTP method
 * @param path path and query below the API's base URL, e.g. {@code /users/{id}}
 * @param body JSON body, or null
 */
public record DirectoryRequest(String method, String path, String body) {

	@Override
	public String toString() {
		return this.method + " " + this.path + (this.body != null ? " " + this.body : "");
	}

}
