package io.handover.teams;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the bot within Teams' send limit of 7 messages per second per conversation
 * thread: a caller that would exceed it waits until the oldest send of the last second
 * has aged out. Per instance; Teams answers 429 beyond that, which the delivery retries.
 */
class SendRate {

	static final int PER_SECOND = 7;

	private static final long WINDOW_NANOS = 1_000_000_000L;

	private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();

	void acquire(String conversationId) {
		Deque<Long> sends = this.recent.computeIfAbsent(conversationId, id -> new ArrayDeque<>());
		synchronized (sends) {
			long now = System.nanoTime();
			while (!sends.isEmpty() && now - sends.peekFirst() >= WINDOW_NANOS) {
				sends.pollFirst();
			}
			if (sends.size() >= PER_SECOND) {
				long wait = WINDOW_NANOS - (now - sends.peekFirst());
				sleep(wait);
				now = System.nanoTime();
				sends.pollFirst();
			}
			sends.addLast(now);
		}
		if (this.recent.size() > 10_000) {
			this.recent.entrySet().removeIf(entry -> entry.getValue().isEmpty());
		}
	}

	private static void sleep(long nanos) {
		try {
			Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
