package io.handover.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail written on Spring Boot 3 (Jackson 2) still verifies on Spring Boot 4
 * (Jackson 3): an entry's hash and a recorded value come out byte for byte as before. The
 * expected texts and hash were produced by Jackson 2.21 with the canonical settings of
 * the Boot 3 build (Jackson 3 would otherwise sort record properties alphabetically).
 */
class AuditHashAcrossJacksonTests {

	@Test
	void anEntryHashedOnJackson2HasTheSameHashOnJackson3() {
		Map<String, Change> changes = new TreeMap<>();
		changes.put("status", new Change("\"OPEN\"", "\"DONE\""));
		changes.put("name", new Change(null, "\"Anna\""));
		AuditEntry entry = new AuditEntry("id-1", 42, "k-1", Instant.parse("2026-11-22T10:15:30.123Z"), "ticket",
				"JML-0042", "created", "00000000-0000-0000-0000-00000000000a", "Maria Jansen", "TEAMS", null, changes,
				"abc", null, null);

		assertThat(AuditTrail.hashOf(entry))
			.isEqualTo("bb00f59efa5c53e5641769880f03bb31c237a18482a84aeb7f95d10373a2f312");
	}

	@Test
	void aRecordedValueIsWrittenAsJackson2WroteIt() {
		Sample value = new Sample("Anna", LocalDate.of(2026, 12, 1), Instant.parse("2026-11-22T10:15:30.123Z"),
				List.of("IT", "HR"));

		assertThat(AuditDraft.CANONICAL.writeValueAsString(value)).isEqualTo(
				"{\"name\":\"Anna\",\"day\":\"2026-12-01\",\"at\":\"2026-11-22T10:15:30.123Z\",\"roles\":[\"IT\",\"HR\"]}");
	}

	record Sample(String name, LocalDate day, Instant at, List<String> roles) {
	}

}
