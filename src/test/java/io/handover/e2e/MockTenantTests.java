package io.handover.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository's trial configuration for the Playground and the names the tests give
 * its people are the same organisation, so what the tests prove is what a newcomer trying
 * the README sees.
 */
class MockTenantTests {

	@Test
	@SuppressWarnings("unchecked")
	void theTestsPeopleAreThePeopleOfTheRepositorysPlaygroundConfiguration() throws IOException {
		Map<String, Object> config = new Yaml().load(Files.readString(MockTenant.CONFIG));

		assertThat(config.get("tenantId")).isEqualTo(MockTenant.TENANT_ID);
		assertThat((Map<String, Object>) config.get("bot")).containsEntry("id", MockTenant.BOT_ID)
			.containsEntry("name", "Handover");
		assertThat(person((Map<String, Object>) config.get("currentUser"))).isEqualTo(MockTenant.MANAGER);
		List<MockTenant.User> users = new ArrayList<>();
		((List<Map<String, Object>>) config.get("users")).forEach(user -> users.add(person(user)));
		assertThat(users).as("the Playground allows five besides the current user")
			.containsExactlyElementsOf(MockTenant.OTHERS);
		assertThat((Map<String, Object>) config.get("personalChat")).containsEntry("id", MockTenant.PERSONAL_CHAT);
		assertThat((Map<String, Object>) config.get("groupChat")).containsEntry("id", MockTenant.GROUP_CHAT);
		Map<String, Object> team = (Map<String, Object>) config.get("team");
		assertThat(team).containsEntry("id", MockTenant.TEAM_ID)
			.containsEntry("name", MockTenant.TEAM_NAME)
			.containsEntry("aadGroupId", MockTenant.TEAM_AAD_GROUP_ID);
		assertThat((List<Map<String, Object>>) team.get("channels")).singleElement()
			.satisfies(channel -> assertThat(channel).containsEntry("id", MockTenant.FACILITIES_CHANNEL)
				.containsEntry("name", "Facilities"));
	}

	private static MockTenant.User person(Map<String, Object> user) {
		MockTenant.User person = new MockTenant.User((String) user.get("id"), (String) user.get("givenName"),
				(String) user.get("surname"), (String) user.get("aadObjectId"));
		assertThat(user).containsEntry("name", person.name())
			.containsEntry("userPrincipleName", person.upn())
			.containsEntry("email", person.upn());
		return person;
	}

}
