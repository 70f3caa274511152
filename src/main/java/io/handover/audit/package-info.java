/**
 * The audit trail: every change to profiles, tickets, tasks, assets and assignments, who
 * made it, through which channel and why, appended to a hash chain so that an edited or
 * removed entry is detected. A change writes its entry's draft into the changed document
 * in the same write, and the {@link io.handover.audit.AuditOutbox} appends it from there,
 * so a crash between the change and the trail loses no entry.
 */
package io.handover.audit;
