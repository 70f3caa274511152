/**
 * The few words every module shares: who acted through which channel, and the refusal a
 * domain operation answers when a request breaks a rule.
 */
package io.handover.common;
