package io.handover.guard;

/**
 * Where the guard's review of a leaver is shown: one card per leaver in IT's channels,
 * posted the first time and updated in place after (implemented by the bot).
 */
public interface ReviewCards {

	/**
	 * Shows the review.
	 * @return whether it reached at least one channel; when not, the guard tries again on
	 * its next run
	 */
	boolean show(GuardReview review);

}
