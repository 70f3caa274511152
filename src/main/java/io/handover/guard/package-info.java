/**
 * The offboarding guard: for every leaver, at the notice, right after the runbook, daily
 * until the ticket closes and on demand, it observes through read-only ports what is
 * still on the leaver's name (directory, asset register, application register, pass
 * system), opens a task for each residue no open task names, closes its own tasks whose
 * residue is gone with the evidence, and keeps one review card per leaver in IT's
 * channel. What it cannot observe is a finding, never "fine".
 */
package io.handover.guard;
