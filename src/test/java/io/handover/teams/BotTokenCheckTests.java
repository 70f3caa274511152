package io.handover.teams;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What is refused before the SDK sees a token (no key lookup needed for these). */
class BotTokenCheckTests {

	BotTokenCheck check = new BotTokenCheck();

	@Test
	void garbageIsRefusedAsNoJwt() {
		for (String garbage : new String[] { "Bearer not.a.jwt", "Bearer ", "Bearer " + "A".repeat(5000),
				"Bearer a.b.c.d", "Bearer \u0000", "Bearer %%%.%%%.%%%" }) {
			assertThat(this.check.refusal(garbage, "msteams")).as(garbage.length() > 40 ? "long" : garbage)
				.hasValueSatisfying(reason -> assertThat(reason).containsAnyOf("not a JWT", "no bearer token"));
		}
		assertThat(this.check.refusal(null, "msteams")).hasValue("there is no bearer token");
		assertThat(this.check.refusal("Basic dXNlcjpwYXNz", "msteams")).hasValue("there is no bearer token");
		assertThat(this.check.refusal("Bearer eyJhbGciOiJSUzI1NiJ9.e30.", "msteams"))
			.hasValue("the token names no signing key (kid)");
	}

}
