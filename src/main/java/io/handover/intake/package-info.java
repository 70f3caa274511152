/**
 * Intake: understands how a manager announces a starter, a leaver or a role change in
 * their own words, in English or Dutch, in a Teams chat or an e-mail, and turns it into
 * an announcement that prefills the form. Deterministic: the same words always give the
 * same understanding, and what it did not understand is left empty for the form to ask.
 */
package io.handover.intake;
