package io.handover.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogSafeTests {

	@Test
	void lineBreaksAndOtherControlCharactersAreEscaped() {
		assertThat(LogSafe.of("kid\r\n2026-12-03T16:00:00Z  INFO forged"))
			.isEqualTo("kid\\r\\n2026-12-03T16:00:00Z  INFO forged");
		assertThat(LogSafe.of("a\tb\u0000c\u001bd\u007fe\u0085f")).isEqualTo("a\\tb\\u0000c\\u001bd\\u007fe\\u0085f");
		assertThat(LogSafe.of("x\u2028y\u2029z")).isEqualTo("x\\u2028y\\u2029z");
		// a right-to-left override would make a log line read differently than it is
		assertThat(LogSafe.of("evil\u202egpj.exe")).isEqualTo("evil\\u202egpj.exe");
	}

	@Test
	void ordinaryTextIsUnchanged() {
		assertThat(LogSafe.of("Anna de Vries <anna@contoso.example> Zoë Ørsted 李"))
			.isEqualTo("Anna de Vries <anna@contoso.example> Zoë Ørsted 李");
		assertThat(LogSafe.of(null)).isEqualTo("null");
	}

	@Test
	void aLongValueIsCut() {
		assertThat(LogSafe.of("a".repeat(10_000))).hasSizeLessThan(400).endsWith("(10000 characters)");
	}

}
