/**
 * The card catalogue: every screen Handover shows in Teams is an Adaptive Card template
 * from the top-level {@code cards/} folder, expanded here by our own implementation of
 * the Adaptive Card Template Language (there is no Java SDK for it) against a data object
 * and English or Dutch texts. {@link io.handover.cards.Cards#render} is the only way code
 * gets a card; templates are parsed and checked once at start-up, and the engine is
 * proven to agree with Microsoft's JavaScript reference by a differential test.
 */
package io.handover.cards;
