package io.handover.hr;

/**
 * Where HR learns that a source is failing (and, on the same card, that it recovered):
 * implemented by the transport (HR's Teams channels).
 */
public interface HrAlerts {

	/**
	 * Shows the source's state to HR, updating the card shown before.
	 * @return whether someone could be shown it (a channel is linked to HR)
	 */
	boolean show(HrSourceStatus status);

}
