package io.handover.access;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documentation ({@code docs/access.md}, linked from the README) shows the permission
 * matrix exactly as {@link PermissionMatrix} defines it, so the documentation and the
 * rules the tests check cannot drift apart.
 */
class PermissionMatrixReadmeTests {

	static final String START = "<!-- permission-matrix:start -->\n";

	static final String END = "<!-- permission-matrix:end -->";

	@Test
	void theReadmeShowsTheMatrixTheTestsCheck() throws Exception {
		String readme = Files.readString(Path.of("docs", "access.md"));
		int start = readme.indexOf(START);
		int end = readme.indexOf(END);
		assertThat(start).as("docs/access.md marks where the matrix goes").isNotNegative();
		assertThat(end).isGreaterThan(start);

		assertThat(readme.substring(start + START.length(), end)).isEqualTo(PermissionMatrix.markdown());
	}

	@Test
	void everyRowHasACellForEveryActorAndNamesItsTest() {
		assertThat(PermissionMatrix.rules()).isNotEmpty().allSatisfy(rule -> {
			assertThat(rule.cells()).hasSize(PermissionMatrix.Who.values().length);
			assertThat(rule.provedBy()).isNotBlank();
		});
	}

}
