package io.handover.mail;

/**
 * The bot's answer by e-mail: plain text (what the e-mail channel renders), the same as
 * simple HTML, and a subject.
 */
public record EmailReply(String subject, String text, String html) {

}
