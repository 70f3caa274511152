/**
 * The directory side of joiners, movers and leavers, carried out through the identity
 * port: the same-day leaver runbook (disable, revoke sessions, groups, licences, mailbox
 * and files, devices — each step a task with its result), the zero-touch joiner (account,
 * groups, licences, Temporary Access Pass for the manager, Windows Autopilot) and the
 * mover's group and licence difference. A schedule starts each at the configured hour in
 * the organisation's time zone, once across instances.
 */
package io.handover.runbook;
