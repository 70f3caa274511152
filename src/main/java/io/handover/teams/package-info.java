/**
 * The bot: Handover's face in Microsoft Teams. It receives Bot Framework activities on
 * {@code /api/messages}, authenticates them, parses what a person asked, calls one
 * application service and answers with a card. It remembers every conversation it is part
 * of so it can post, reply and update cards later. This is the only module (besides
 * {@code mail}) that touches the retired Bot Framework SDK.
 */
package io.handover.teams;
