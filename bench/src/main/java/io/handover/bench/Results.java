package io.handover.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/** Appends a run to bench/RESULTS.md with the machine it ran on. */
final class Results {

	private Results() {
	}

	static void append(Path file, Bench.Options options, String table, String summary) throws IOException {
		StringBuilder out = new StringBuilder();
		out.append("\n## Run of ").append(Bench.now()).append("\n\n");
		out.append(machine()).append("\n\n");
		out.append("Command: `bench/run.sh")
			.append(options.results != null ? " --results " + options.results : "")
			.append("` (")
			.append(options.describe())
			.append(")\n\n");
		out.append(table).append('\n').append(summary).append("\n");
		Files.writeString(file, out.toString(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	static String loadAverage() {
		return String.format(Locale.ROOT, "%.1f",
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	static String machine() {
		long memoryKib = 0;
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					memoryKib = Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// not Linux: memory unknown
		}
		double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		return String.format(Locale.ROOT, "Machine: nproc %d, memory %.1f GiB, Java %s, load average %.1f at the end",
				Runtime.getRuntime().availableProcessors(), memoryKib / 1024.0 / 1024.0,
				System.getProperty("java.version"), load);
	}

}
