/**
 * The audit trail: every change to profiles, tickets, tasks, assets and assignments, who
 * made it, through which channel and why, appended to a hash chain so that an edited or
 * removed entry is detected.
 */
package io.handover.audit;
