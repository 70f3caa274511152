package io.handover.guard;

import java.time.Duration;

import io.handover.testing.PassSystemStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pass system adapter against a REST pass system on loopback: badges as it lists
 * them, a person it does not know has none, and every failure is "not observable" with
 * the system's words — never an empty list.
 */
class HttpPassSystemTests {

	static final PassSystemStub STUB = new PassSystemStub();

	@AfterAll
	static void stop() {
		STUB.close();
	}

	HttpPassSystem passes(String token) {
		return new HttpPassSystem(STUB.baseUrl(), token, Duration.ofSeconds(5));
	}

	@Test
	void listsThePersonsBadgesWithTheirStatus() {
		STUB.issue("eva.smit@contoso.example", "B-1");
		STUB.issue("eva.smit@contoso.example", "B-2");
		STUB.deactivate("eva.smit@contoso.example", "B-2");

		assertThat(passes(PassSystemStub.TOKEN).badgesOf("eva.smit@contoso.example", "emp-1"))
			.extracting(PassSystem.Badge::id, PassSystem.Badge::active)
			.containsExactly(org.assertj.core.api.Assertions.tuple("B-1", true),
					org.assertj.core.api.Assertions.tuple("B-2", false));
		assertThat(STUB.requests()).contains("GET /people/eva.smit@contoso.example/badges");
	}

	@Test
	void someoneThePassSystemDoesNotKnowHasNoBadges() {
		assertThat(passes(PassSystemStub.TOKEN).badgesOf("nobody@contoso.example", "emp-2")).isEmpty();
	}

	@Test
	void aRefusedTokenIsNotObservableNeverEmpty() {
		STUB.issue("piet@contoso.example", "B-3");

		assertThatThrownBy(() -> passes("wrong-token").badgesOf("piet@contoso.example", "emp-3"))
			.isInstanceOf(PassSystem.Unobservable.class)
			.hasMessageContaining("401");
	}

	@Test
	void anUnreachablePassSystemIsNotObservable() {
		HttpPassSystem nowhere = new HttpPassSystem("http://127.0.0.1:9/api", null, Duration.ofSeconds(2));

		assertThatThrownBy(() -> nowhere.badgesOf("piet@contoso.example", "emp-3"))
			.isInstanceOf(PassSystem.Unobservable.class)
			.hasMessageContaining("could not be reached");
	}

}
