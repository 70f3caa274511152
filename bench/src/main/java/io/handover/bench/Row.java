package io.handover.bench;

import java.util.List;
import java.util.Locale;

import org.HdrHistogram.Histogram;

/** One line of the results table. */
record Row(String scenario, long turns, double p50Millis, double p99Millis, double maxMillis, double perSecond,
		Double p99Ratio, Double throughputRatio, long failures, long refusals, long peakRssMib) {

	static Row of(Load.Meter meter, double seconds, Row baseline, long peakRssKib) {
		Histogram latency = meter.latency;
		long turns = latency.getTotalCount();
		double p50 = latency.getValueAtPercentile(50) / 1000.0;
		double p99 = latency.getValueAtPercentile(99) / 1000.0;
		double max = latency.getMaxValue() / 1000.0;
		double perSecond = seconds > 0 ? turns / seconds : 0;
		Double p99Ratio = baseline != null && baseline.p99Millis > 0 ? p99 / baseline.p99Millis : null;
		Double throughputRatio = baseline != null && baseline.perSecond > 0 ? perSecond / baseline.perSecond : null;
		return new Row(meter.name, turns, p50, p99, max, perSecond, p99Ratio, throughputRatio, meter.failures.sum(),
				meter.refusals.sum(), peakRssKib / 1024);
	}

	static String table(List<Row> rows) {
		StringBuilder out = new StringBuilder();
		out.append("| scenario | turns | p50 ms | p99 ms | max ms | turns/s | p99 ÷ baseline | turns/s ÷ baseline "
				+ "| failed | refused | peak RSS MiB |\n");
		out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Row row : rows) {
			out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.0f | %s | %s | %d | %d | %d |%n",
					row.scenario, row.turns, row.p50Millis, row.p99Millis, row.maxMillis, row.perSecond,
					ratio(row.p99Ratio), ratio(row.throughputRatio), row.failures, row.refusals, row.peakRssMib));
		}
		return out.toString();
	}

	private static String ratio(Double value) {
		return value == null ? "1 (baseline)" : String.format(Locale.ROOT, "%.2f×", value);
	}

}
