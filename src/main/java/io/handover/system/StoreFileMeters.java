package io.handover.system;

import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The embedded store's file on {@code /actuator/prometheus}, beside the Handover meters
 * ({@link HandoverMetrics}): its size, its live data, their ratio and the compaction
 * steps. On MongoDB or the in-memory store they read 0.
 */
@Component
class StoreFileMeters implements MeterBinder {

	private final StoreConfiguration.EmbeddedStoreHolder embedded;

	StoreFileMeters(StoreConfiguration.EmbeddedStoreHolder embedded) {
		this.embedded = embedded;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("handover.store.file.size", this, of(StoreFile.Stats::size))
			.description("Size of the embedded store's H2 file")
			.baseUnit("bytes")
			.register(registry);
		Gauge.builder("handover.store.file.live", this, of(StoreFile.Stats::live))
			.description("Bytes of the embedded store's file that hold live data")
			.baseUnit("bytes")
			.register(registry);
		Gauge.builder("handover.store.file.fill", this, of((stats) -> stats.fillRate() / 100.0))
			.description("Share of the embedded store's file that holds live data (0 to 1)")
			.register(registry);
		FunctionCounter.builder("handover.store.compactions", this, of(StoreFile.Stats::compactions))
			.description("Compaction steps of the embedded store's file")
			.register(registry);
		Gauge.builder("handover.store.compaction.longest", this, of(StoreFile.Stats::longestCompactionMillis))
			.description("The longest compaction step so far: the longest a write waited for compaction")
			.baseUnit("milliseconds")
			.register(registry);
	}

	private static ToDoubleFunction<StoreFileMeters> of(ToDoubleFunction<StoreFile.Stats> value) {
		return (meters) -> {
			StoreFile.Stats stats = meters.embedded.fileStats();
			return stats != null ? value.applyAsDouble(stats) : 0;
		};
	}

}
