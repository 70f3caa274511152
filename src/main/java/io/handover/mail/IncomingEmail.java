package io.handover.mail;

/**
 * An e-mail to the bot's mailbox, as the e-mail channel delivers it.
 *
 * @param conversationId the thread: a reply to the bot's answer arrives in the same one
 * @param messageId the id of this message (a message delivered twice has the same id)
 * @param from the sender's e-mail address
 * @param fromName the sender's display name, when known
 * @param subject the subject line, when known
 * @param text the plain-text body, when given
 * @param html the HTML body, when given
 * @param locale the language tag the channel sent, when any
 */
public record IncomingEmail(String conversationId, String messageId, String from, String fromName, String subject,
		String text, String html, String locale) {

}
