/**
 * Intake: understands how a manager announces a starter, a leaver or a role change in
 * their own words, in English or Dutch, in a Teams chat or an e-mail, prefills the form
 * with it, checks the completed form and opens the ticket
 * ({@link io.handover.intake.Intake}). Deterministic: the same words always give the same
 * understanding, and what it did not understand is left empty for the form to ask. Free
 * of any transport, so the Teams bot and the mailbox announce the same way.
 */
package io.handover.intake;
