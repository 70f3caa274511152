/**
 * The optional language model: one port ({@link io.handover.language.LanguageModel}) for
 * writing short texts around what Handover has already decided — e.g. a summary of the
 * offboarding guard's findings — through any OpenAI-compatible chat completions endpoint.
 * Off unless {@code handover.language.endpoint} is set; a model never decides anything,
 * and every use has a result without it.
 */
package io.handover.language;
