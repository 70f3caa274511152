package io.handover.guard;

import java.util.concurrent.ExecutorService;

/**
 * The guard's read pool ({@link GuardConfiguration#guardReads}): the reads of one look at
 * a leaver go out together.
 */
record GuardReads(ExecutorService pool) {

	void close() {
		this.pool.shutdown();
	}

}
