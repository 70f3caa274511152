package io.handover.system;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * The embedded store's own warnings at start (mongo-java-server says for every index that
 * it does not implement secondary indexes: dozens of lines) are counted, not printed:
 * {@code logging.level.de.bwaldvogel} is {@code error} by default, and the start-up ends
 * with one line summarising what was held back. A turbo filter sees the events before the
 * level drops them.
 */
final class StoreLogSummary extends TurboFilter {

	private static final String STORE_LOGGERS = "de.bwaldvogel";

	private static final StoreLogSummary INSTANCE = new StoreLogSummary();

	private final AtomicInteger warnings = new AtomicInteger();

	private final AtomicReference<String> first = new AtomicReference<>();

	private StoreLogSummary() {
	}

	/** Starts counting (idempotent); a no-op when Logback is not the logging backend. */
	static void install() {
		ILoggerFactory factory = LoggerFactory.getILoggerFactory();
		if (factory instanceof LoggerContext context && !context.getTurboFilterList().contains(INSTANCE)) {
			INSTANCE.start();
			context.addTurboFilter(INSTANCE);
		}
	}

	/** The summary line, or null when the store warned about nothing. */
	static String summary() {
		int count = INSTANCE.warnings.get();
		if (count == 0) {
			return null;
		}
		return "Embedded store: " + count + " warning(s) of mongo-java-server held back, e.g. \"" + INSTANCE.first.get()
				+ "\" (harmless: the embedded store scans instead of using secondary indexes); "
				+ "set logging.level.de.bwaldvogel=warn to see them";
	}

	@Override
	public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, Level level, String format,
			Object[] params, Throwable t) {
		if (level == Level.WARN && logger.getName().startsWith(STORE_LOGGERS) && format != null) {
			this.warnings.incrementAndGet();
			this.first.compareAndSet(null, format);
		}
		return FilterReply.NEUTRAL;
	}

}
