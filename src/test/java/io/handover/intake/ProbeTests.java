package io.handover.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProbeTests {

	@Test
	void probe() throws Exception {
		IntakeCorpusTests t = new IntakeCorpusTests();
		List<String> out = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("/tmp/probe-L/in.txt"))) {
			if (line.isBlank()) {
				continue;
			}
			String text = line.replace("\\n", "\n");
			out.add("> " + line);
			for (Announcement a : t.parser.parseAll(text, IntakeCorpusTests.TODAY, t.roles)) {
				out.add("   " + a);
			}
		}
		Files.write(Path.of("/tmp/probe-L/out.txt"), out);
	}

}
