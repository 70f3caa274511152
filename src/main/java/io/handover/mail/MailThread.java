package io.handover.mail;

import java.time.Instant;
import java.util.List;

import io.handover.intake.AnnouncementForm;
import io.handover.intake.FormField;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An e-mail thread with the bot: the announcement as understood so far and the questions
 * asked, until a reply completes it; then the ticket it opened.
 *
 * @param id the e-mail conversation id
 * @param from who started the thread
 * @param form the answers so far
 * @param asked the questions the last reply asked
 * @param ticketKey the ticket the thread opened, once opened
 * @param language {@code en} or {@code nl}
 */
@Document("mail_threads")
record MailThread(@Id String id, String from, AnnouncementForm form, List<FormField> asked, String ticketKey,
		String language, Instant updatedAt) {

	boolean isOpen() {
		return this.ticketKey == null && this.form != null;
	}

}
