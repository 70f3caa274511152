package io.handover.bench;

import java.util.List;
import java.util.Locale;

import org.HdrHistogram.Histogram;

/** One line of the results table. */
record Row(String scenario, long turns, double p50Millis, double p99Millis, double maxMillis, double perSecond,
		long failures, long refusals, long peakRssMib) {

	static Row of(Load.Meter meter, double seconds, long peakRssKib) {
		Histogram latency = meter.latency;
		long turns = latency.getTotalCount();
		double perSecond = seconds > 0 ? turns / seconds : 0;
		return new Row(meter.name, turns, latency.getValueAtPercentile(50) / 1000.0,
				latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0, perSecond,
				meter.failures.sum(), meter.refusals.sum(), peakRssKib / 1024);
	}

	/**
	 * The table, each row with its ratios to two references measured in the same run: the
	 * bare echo turn (issue 8's baseline: the floor of a turn on Spring Boot and the SDK;
	 * absent with {@code --echo false}) and Handover's cheapest turn, {@code help}.
	 */
	static String table(List<Row> rows, Row echo, Row help) {
		StringBuilder out = new StringBuilder();
		out.append("| scenario | turns | p50 ms | p99 ms | max ms | turns/s | p99 ÷ echo | turns/s ÷ echo "
				+ "| p99 ÷ help | turns/s ÷ help | failed | refused | peak RSS MiB |\n");
		out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Row row : rows) {
			out.append(String.format(Locale.ROOT,
					"| %s | %d | %.1f | %.1f | %.1f | %.0f | %s | %s | %s | %s | %d | %d | %d |%n", row.scenario,
					row.turns, row.p50Millis, row.p99Millis, row.maxMillis, row.perSecond,
					ratio(row.p99Millis, echo == null ? 0 : echo.p99Millis),
					ratio(row.perSecond, echo == null ? 0 : echo.perSecond), ratio(row.p99Millis, help.p99Millis),
					ratio(row.perSecond, help.perSecond), row.failures, row.refusals, row.peakRssMib));
		}
		return out.toString();
	}

	private static String ratio(double value, double reference) {
		return reference > 0 ? String.format(Locale.ROOT, "%.2f×", value / reference) : "–";
	}

}
