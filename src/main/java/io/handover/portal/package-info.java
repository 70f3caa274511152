/**
 * The overview portal: a personal Teams tab (also in Outlook and the Microsoft 365 app)
 * that shows, by role, what is coming, what each department owes, what is overdue and
 * which leavers still have something on their name. A read side over the ticket and guard
 * modules, one API call per page ({@code GET /api/portal/overview}), and the static front
 * end the build puts under {@code /portal}.
 */
package io.handover.portal;
