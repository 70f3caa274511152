/**
 * Who may make Handover act on whom: one place that says whether a verified person is an
 * Administrator, staff of a department, or the manager of record of an employee. The
 * channels identify the actor ({@link io.handover.common.Actor}); the domain asks here
 * before it plans or executes anything that touches an account, a mailbox, files, a
 * device or a pass.
 */
package io.handover.access;
