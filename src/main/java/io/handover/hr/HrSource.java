package io.handover.hr;

import java.time.Instant;
import java.util.List;

/**
 * An HR system Handover polls. An implementation reads every page before it answers, so a
 * failure half-way through the pages changes nothing: the sync sees either the whole
 * answer or an {@link HrSourceFailure}.
 */
public interface HrSource {

	/**
	 * The key events and sync state are filed under: {@code afas}, {@code nmbrs},
	 * {@code youforce}.
	 */
	String system();

	/**
	 * The employments changed since the given moment, or all of them when it is null (the
	 * first, full sync).
	 * @param since the start of the last successful sync, or null
	 * @return every employment the system changed since then
	 * @throws HrSourceFailure when the system refuses, limits or fails the request
	 */
	List<HrEmployment> changedSince(Instant since) throws HrSourceFailure;

}
