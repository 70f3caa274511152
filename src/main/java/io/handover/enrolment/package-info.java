/**
 * Zero-touch enrolment of the organisation's Apple devices, in domain words: assign a
 * device bought through the organisation's reseller to its device management service
 * (Intune's entry in Apple Business) so it enrols itself on first boot, follow that until
 * Apple Business has done it, and release a device that is disposed of or sold.
 * {@link DeviceEnrolment} is the port; {@code AppleBusinessEnrolment} carries it out
 * through the Apple School and Business Manager API, and the dry-run enrolment records
 * the requests it would have sent when no API account is configured.
 */
package io.handover.enrolment;
