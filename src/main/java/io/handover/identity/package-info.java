/**
 * The central directory and the devices it manages, in domain words: find a person,
 * create or disable their account, revoke their sessions, change group memberships and
 * licences, create a Temporary Access Pass, wipe or retire a managed device, register a
 * laptop for Windows Autopilot, set automatic replies and hand files over.
 * {@link Directory} is the port; {@code GraphDirectory} carries it out through Microsoft
 * Graph, and the dry-run directory records the requests it would have sent when no Graph
 * credentials are set.
 */
package io.handover.identity;
