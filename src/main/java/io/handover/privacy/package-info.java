/**
 * Personal data: what Handover holds about one person, exported for an access request.
 */
package io.handover.privacy;
