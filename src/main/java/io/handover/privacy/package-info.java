/**
 * Personal data: what Handover holds about one person, exported for an access request,
 * and a leaver's personal fields pseudonymised once the retention period after their last
 * working day is over (docs/personal-data.md).
 */
package io.handover.privacy;
