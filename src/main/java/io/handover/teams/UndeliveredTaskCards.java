package io.handover.teams;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import io.handover.access.Access;
import io.handover.ticket.TicketView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A department's card that reaches none of its channels because Teams refuses it there
 * (Handover removed from the team, the channel gone) is retried, but nobody in the
 * department can see that it is missing: the Administrators, who install Handover and
 * link channels, are told in their personal chats, one message per card, and the same
 * message says so once the card reaches a channel again.
 */
@Component
class UndeliveredTaskCards {

	private static final Logger log = LoggerFactory.getLogger(UndeliveredTaskCards.class);

	private final MongoTemplate mongo;

	private final PostedCards posted;

	private final Access access;

	private final EmployeeChats chats;

	private final Clock clock;

	UndeliveredTaskCards(MongoTemplate mongo, PostedCards posted, Access access, EmployeeChats chats, Clock clock) {
		this.mongo = mongo;
		this.posted = posted;
		this.access = access;
		this.chats = chats;
		this.clock = clock;
	}

	/** Teams refused the department's card in every channel it tried. */
	void refused(TicketView ticket, String department, String departmentName, String why) {
		Query card = Query.query(Criteria.where("_id").is(id(ticket, department)));
		Undelivered before = this.mongo.findAndModify(card,
				new Update().setOnInsert("since", this.clock.instant()).set("why", why),
				FindAndModifyOptions.options().upsert(true), Undelivered.class);
		if (before != null && before.told() && why.equals(before.why())) {
			// told already: each retry of the delivery would otherwise update the message
			return;
		}
		Undelivered trouble = new Undelivered(id(ticket, department),
				before != null ? before.since() : this.clock.instant(), why, false);
		int told = 0;
		for (String admin : this.access.configuredAdmins()) {
			told += tell(admin, ticket, department, text(ticket, departmentName, trouble)) ? 1 : 0;
		}
		if (told > 0) {
			this.mongo.updateFirst(card, new Update().set("told", true), Undelivered.class);
		}
		else {
			log.warn("{}'s card of {} reaches no channel and no Administrator in Teams: {}", departmentName,
					ticket.key(), why);
		}
	}

	/**
	 * The department's card reached a channel: a notice the Administrators had says so.
	 */
	void reached(TicketView ticket, String department, String departmentName) {
		if (this.mongo.remove(Query.query(Criteria.where("_id").is(id(ticket, department))), Undelivered.class)
			.getDeletedCount() == 0) {
			return;
		}
		log.info("{}'s card of {} reaches its channel again", departmentName, ticket.key());
		for (String admin : this.access.configuredAdmins()) {
			// only where the notice went: no chat is looked up, let alone opened, for it
			this.posted.find(ticket.key(), target(department, admin)).ifPresent((told) -> {
				try {
					Locale locale = this.chats.localeOf(told.conversationId());
					this.posted.updateIfPosted(ticket.key(), target(department, admin),
							Replies.text(Messages.dutch(locale)
									? "✅ De kaart van " + departmentName + " voor " + ticket.key() + " ("
											+ ticket.employee().name() + ") staat weer in hun kanaal."
									: "✅ " + departmentName + "'s card for " + ticket.key() + " ("
											+ ticket.employee().name() + ") reaches their channel again."));
				}
				catch (RuntimeException failed) {
					log.warn("Administrator {} was not told that {}'s card of {} arrived: {}", admin, departmentName,
							ticket.key(), failed.getMessage());
				}
			});
		}
	}

	private boolean tell(String admin, TicketView ticket, String department,
			java.util.function.Function<Locale, String> text) {
		try {
			Optional<String> chat = this.chats.chatWithConfigured(admin);
			if (chat.isEmpty()) {
				return false;
			}
			this.posted.show(ticket.key(), target(department, admin), chat.get(),
					Replies.text(text.apply(this.chats.localeOf(chat.get()))));
			return true;
		}
		catch (RuntimeException failed) {
			log.warn("Administrator {} was not told that a card of {} reaches no channel: {}", admin, ticket.key(),
					failed.getMessage());
			return false;
		}
	}

	private static java.util.function.Function<Locale, String> text(TicketView ticket, String departmentName,
			Undelivered trouble) {
		return (locale) -> Messages.dutch(locale)
				? "⚠️ De kaart van " + departmentName + " voor " + ticket.key() + " (" + ticket.employee().name()
						+ ") bereikt geen van hun kanalen: Teams weigert hem daar (sinds " + since(trouble, locale)
						+ "). Controleer of Handover nog in het team van " + departmentName
						+ " zit en het kanaal nog bestaat; Handover probeert het steeds opnieuw. Teams antwoordde: "
						+ trouble.why()
				: "⚠️ " + departmentName + "'s card for " + ticket.key() + " (" + ticket.employee().name()
						+ ") reaches none of their channels: Teams refuses it there (since " + since(trouble, locale)
						+ "). Check that Handover is still installed in " + departmentName
						+ "'s team and the channel still exists; Handover keeps trying. Teams answered: "
						+ trouble.why();
	}

	private static String since(Undelivered trouble, Locale locale) {
		return java.time.format.DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'", locale)
			.format(trouble.since().atZone(java.time.ZoneOffset.UTC));
	}

	static String target(String department, String admin) {
		return "undelivered:" + department + ":admin:" + admin;
	}

	private static String id(TicketView ticket, String department) {
		return ticket.key() + "|" + department;
	}

	@Document("undelivered_task_cards")
	record Undelivered(@Id String id, Instant since, String why, boolean told) {
	}

}
