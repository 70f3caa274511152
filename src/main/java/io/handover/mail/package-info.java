/**
 * Outlook intake: a manager e-mails the bot's mailbox to announce a starter, leaver or
 * role change; the words are read like a chat message, and the reply is either the ticket
 * key with a summary or the questions still open, which a reply in the same thread
 * answers. Transport-free: the bot ({@code io.handover.teams}) turns e-mail channel
 * activities into {@link io.handover.mail.IncomingEmail} and sends the
 * {@link io.handover.mail.EmailReply} back.
 */
package io.handover.mail;
