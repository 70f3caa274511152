package io.handover.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.handover.HandoverApplication;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without MONGODB_URI the service keeps its data in an H2 file: what was written before a
 * restart is there after it.
 */
class StoreRestartTests {

	@TempDir
	Path folder;

	@Test
	void dataWrittenBeforeARestartIsReadAfterIt() throws Exception {
		Path file = this.folder.resolve("data/handover.mv");
		Actor maria = new Actor("aad-maria", "Maria Jansen", Channel.API);

		try (ConfigurableApplicationContext first = start(file)) {
			first.getBean(AuditTrail.class).record("ticket", "JML-0001", "opened", maria, "restart test", Map.of());
		}
		assertThat(Files.exists(file)).as("the H2 file is on disk").isTrue();
		// issue 24: the audit key and the head anchored at shutdown are beside it, not in
		// it
		assertThat(file.resolveSibling("audit.key")).exists();
		assertThat(Files.readAllLines(file.resolveSibling("audit-anchors.log"))).isNotEmpty();

		try (ConfigurableApplicationContext second = start(file)) {
			AuditTrail audit = second.getBean(AuditTrail.class);
			assertThat(audit.historyOf("ticket", "JML-0001")).extracting(AuditEntry::actorName, AuditEntry::keyId)
				.singleElement()
				.satisfies((entry) -> assertThat(entry.toList()).first().isEqualTo("Maria Jansen"))
				.satisfies((entry) -> assertThat(entry.toList().get(1)).asString().startsWith("file-"));
			assertThat(audit.verify().intact()).isTrue();
		}
	}

	private static ConfigurableApplicationContext start(Path file) {
		// Command-line arguments outrank the tests' in-memory store setting.
		return new SpringApplicationBuilder(HandoverApplication.class).run("--server.port=0",
				"--handover.store.embedded.in-memory=false", "--handover.store.embedded.file=" + file,
				"--spring.main.banner-mode=off");
	}

}
