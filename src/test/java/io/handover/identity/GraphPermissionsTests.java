package io.handover.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.handover.testing.GraphPermissionTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One table of Graph permissions (docs/graph-permissions.md), and it is right: the grant
 * script grants exactly its permissions, every permission the Graph adapter names when
 * Graph refuses a call has a row, and a request without a row is caught (the stubs check
 * every request of the test run against it, see {@code LiveDirectoryTest}).
 */
class GraphPermissionsTests {

	static final Path GRANT_SCRIPT = Path.of("infra", "grant-graph-permissions.sh");

	@Test
	void theGrantScriptGrantsExactlyThePermissionsOfTheTable() throws IOException {
		GraphPermissionTable table = GraphPermissionTable.read();

		Set<String> granted = new TreeSet<>();
		Matcher list = Pattern.compile("PERMISSIONS=\\(([^)]*)\\)").matcher(Files.readString(GRANT_SCRIPT));
		assertThat(list.find()).as("the script's PERMISSIONS list").isTrue();
		for (String word : list.group(1).split("\\s+")) {
			if (!word.isBlank()) {
				granted.add(word.strip());
			}
		}

		assertThat(table.rows()).hasSizeGreaterThan(20);
		assertThat(granted).isEqualTo(table.applicationPermissions());
		assertThat(granted).as("resource-specific consent comes with the Teams app, not the script")
			.doesNotContain("ChannelMessage.Read.Group");
	}

	@Test
	void everyPermissionTheAdapterAsksAnAdministratorToGrantIsInTheTable() throws IOException {
		String adapter = Files.readString(Path.of("src/main/java/io/handover/identity/GraphDirectory.java"));
		Matcher needs = Pattern.compile("needs\\(\"([^\"]+)\"").matcher(adapter);
		Set<String> named = new TreeSet<>();
		while (needs.find()) {
			named.add(needs.group(1));
		}

		assertThat(named).hasSizeGreaterThan(10);
		assertThat(GraphPermissionTable.read().applicationPermissions()).containsAll(named);
	}

	@Test
	void aRequestWithoutARowIsCaughtAndTheKnownOnesPass() {
		GraphPermissionTable table = GraphPermissionTable.read();

		assertThat(table.unlisted(List.of("GET /users/7f3a/memberOf/graph.group?$select=id",
				"DELETE /groups/g-1/members/7f3a/$ref", "POST /users/7f3a/assignLicense",
				"GET /teams/t-1/channels/19:abc@thread.tacv2/messages/delta()?$filter=x")))
			.isEmpty();
		assertThat(table.unlisted(List.of("GET /users/7f3a/licenseDetails", "GET /users/7f3a/oauth2PermissionGrants",
				"DELETE /users/7f3a", "DELETE /groups/g-1/members/7f3a")))
			.as("calls the code must not make: no application permission, or deleting the user")
			.containsExactly("DELETE /groups/g-1/members/7f3a", "DELETE /users/7f3a", "GET /users/7f3a/licenseDetails",
					"GET /users/7f3a/oauth2PermissionGrants");
	}

	@Test
	void theDocsLinkTheTableInsteadOfKeepingTheirOwnAndNameTheTrustStore() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		String deployment = Files.readString(Path.of("docs/deployment.md"));
		String configuration = Files.readString(Path.of("docs/configuration.md"));

		assertThat(readme).contains("(docs/graph-permissions.md)");
		assertThat(deployment).contains("(graph-permissions.md)")
			.contains("infra/grant-graph-permissions.sh")
			.doesNotContain("| feature (journey) | permission |");
		assertThat(configuration).contains("| `handover.graph.trust-store`");
	}

}
