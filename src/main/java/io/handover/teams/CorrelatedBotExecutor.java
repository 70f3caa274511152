package io.handover.teams;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import com.microsoft.bot.connector.ExecutorFactory;
import io.handover.common.Correlation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The SDK validates tokens, sends replies and continues turns on its own pool (the
 * {@code Bot-N} threads of {@link ExecutorFactory}), where the log context of the request
 * that started the turn is missing. Installed once in place of that pool, this hands each
 * task the log context (correlation id, activity, conversation) of the thread that
 * submitted it, and clears it again afterwards.
 */
final class CorrelatedBotExecutor extends AbstractExecutorService {

	private static final Logger log = LoggerFactory.getLogger(CorrelatedBotExecutor.class);

	private final ExecutorService pool;

	private CorrelatedBotExecutor(ExecutorService pool) {
		this.pool = pool;
	}

	/**
	 * Wraps the SDK's pool, once per JVM. The SDK keeps it in a private static field, so
	 * this is done by reflection; if a newer SDK moved it, turns still work and only log
	 * without their correlation id off the request thread.
	 */
	static synchronized boolean install() {
		try {
			Field field = ExecutorFactory.class.getDeclaredField("executor");
			field.setAccessible(true);
			ExecutorService current = (ExecutorService) field.get(null);
			if (!(current instanceof CorrelatedBotExecutor)) {
				field.set(null, new CorrelatedBotExecutor(current));
			}
			return true;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			log.warn("Bot SDK threads will log without the activity's correlation id: {}", ex.toString());
			return false;
		}
	}

	@Override
	public void execute(Runnable task) {
		Map<String, String> context = MDC.getCopyOfContextMap();
		this.pool.execute(() -> {
			Map<String, String> before = MDC.getCopyOfContextMap();
			Correlation.restore(context);
			try {
				task.run();
			}
			finally {
				Correlation.restore(before);
			}
		});
	}

	@Override
	public void shutdown() {
		this.pool.shutdown();
	}

	@Override
	public List<Runnable> shutdownNow() {
		return this.pool.shutdownNow();
	}

	@Override
	public boolean isShutdown() {
		return this.pool.isShutdown();
	}

	@Override
	public boolean isTerminated() {
		return this.pool.isTerminated();
	}

	@Override
	public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
		return this.pool.awaitTermination(timeout, unit);
	}

}
