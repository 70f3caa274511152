package io.handover.teams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import io.handover.access.Access;
import io.handover.ticket.TicketView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A department's card that reaches none of its channels is retried, but nobody in the
 * department can see that it is missing: the Administrators, who install Handover and
 * link channels, are told in their personal chats, one message per card, and the same
 * message says so once the card reaches a channel again. Told at once when Teams refuses
 * it there (Handover removed from the team, the channel gone); after
 * {@code handover.teams.undelivered-notice-after} (30 minutes) when Teams keeps answering
 * that it is busy or unavailable.
 */
@Component
class UndeliveredTaskCards {

	private static final Logger log = LoggerFactory.getLogger(UndeliveredTaskCards.class);

	private final MongoTemplate mongo;

	private final PostedCards posted;

	private final Access access;

	private final EmployeeChats chats;

	private final Clock clock;

	private final AdministratorNotices administrators;

	private final Duration patience;

	UndeliveredTaskCards(MongoTemplate mongo, PostedCards posted, Access access, EmployeeChats chats,
			AdministratorNotices administrators, Clock clock,
			@Value("${handover.teams.undelivered-notice-after:30m}") Duration patience) {
		this.patience = patience;
		this.mongo = mongo;
		this.posted = posted;
		this.access = access;
		this.chats = chats;
		this.administrators = administrators;
		this.clock = clock;
	}

	/**
	 * Teams took the department's card in none of its channels. A lasting refusal is told
	 * at once; a passing one (throttled, unavailable) only once it has lasted longer than
	 * the patience, before that the card simply arrives a little later.
	 */
	void failed(TicketView ticket, String department, String departmentName, String why, boolean lasting) {
		Instant now = this.clock.instant();
		Query card = Query.query(Criteria.where("_id").is(id(ticket, department)));
		Undelivered before = this.mongo.findAndModify(card, new Update().setOnInsert("since", now).set("why", why),
				FindAndModifyOptions.options().upsert(true), Undelivered.class);
		Instant since = before != null ? before.since() : now;
		if (before != null && before.toldWhy() != null && (!lasting || why.equals(before.toldWhy()))) {
			// told already: each retry of the delivery would otherwise update the message
			return;
		}
		if (!lasting && since.plus(this.patience).isAfter(now)) {
			return;
		}
		java.util.function.Function<Locale, String> text = lasting ? refused(ticket, departmentName, since, why)
				: notTaken(ticket, departmentName, since, why);
		int told = this.administrators.tellEach("a card of " + ticket.key() + " that reaches no channel",
				(admin, chat) -> this.posted.show(ticket.key(), target(department, admin), chat.id(),
						Replies.text(text.apply(chat.locale()))));
		if (told > 0) {
			this.mongo.updateFirst(card, new Update().set("toldWhy", why), Undelivered.class);
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

	private static java.util.function.Function<Locale, String> refused(TicketView ticket, String departmentName,
			Instant since, String why) {
		return (locale) -> Messages.dutch(locale) ? "⚠️ De kaart van " + departmentName + " voor " + ticket.key() + " ("
				+ ticket.employee().name() + ") bereikt geen van hun kanalen: Teams weigert hem daar (sinds "
				+ at(since, locale) + "). Controleer of Handover nog in het team van " + departmentName
				+ " zit en het kanaal nog bestaat; Handover probeert het steeds opnieuw. Teams antwoordde: " + why
				: "⚠️ " + departmentName + "'s card for " + ticket.key() + " (" + ticket.employee().name()
						+ ") reaches none of their channels: Teams refuses it there (since " + at(since, locale)
						+ "). Check that Handover is still installed in " + departmentName
						+ "'s team and the channel still exists; Handover keeps trying. Teams answered: " + why;
	}

	private static java.util.function.Function<Locale, String> notTaken(TicketView ticket, String departmentName,
			Instant since, String why) {
		return (locale) -> Messages.dutch(locale) ? "⏳ De kaart van " + departmentName + " voor " + ticket.key() + " ("
				+ ticket.employee().name() + ") bereikt hun kanalen niet sinds " + at(since, locale)
				+ ": Teams antwoordt steeds dat het te druk of onbereikbaar is. Handover probeert het steeds "
				+ "opnieuw; duurt het voort, kijk dan naar de servicestatus van Microsoft 365. Teams antwoordde: " + why
				: "⏳ " + departmentName + "'s card for " + ticket.key() + " (" + ticket.employee().name()
						+ ") has not reached their channels since " + at(since, locale)
						+ ": Teams keeps answering that it is busy or unavailable. Handover keeps trying; if it "
						+ "lasts, check Microsoft 365's service health. Teams answered: " + why;
	}

	private static String at(Instant instant, Locale locale) {
		return java.time.format.DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'", locale)
			.format(instant.atZone(java.time.ZoneOffset.UTC));
	}

	static String target(String department, String admin) {
		return "undelivered:" + department + ":admin:" + admin;
	}

	private static String id(TicketView ticket, String department) {
		return ticket.key() + "|" + department;
	}

	/**
	 * An open notice: since when the card reaches no channel, why, and why the
	 * Administrators were told (null until they were).
	 */
	@Document("undelivered_task_cards")
	record Undelivered(@Id String id, Instant since, String why, String toldWhy) {
	}

}
