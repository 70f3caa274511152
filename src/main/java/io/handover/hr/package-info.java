/**
 * HR systems start the process: employments read from AFAS Profit, Nmbrs and Visma
 * YouForce (one sub-package each), a signed webhook for any other system and file imports
 * become hire, termination, job change, date change and withdrawal events, and those
 * become tickets with the HR system as their source. Sources only read; what an event
 * changes goes through the ticket module like any other announcement.
 */
package io.handover.hr;
