package io.handover.teams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

import io.handover.access.Access;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.common.LogSafe;
import io.handover.common.Workers;
import jakarta.annotation.PreDestroy;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * A one-off notice to the Administrators (a channel asks to be linked, personal data
 * retention failed, a request reaches nobody) is stored for each configured Administrator
 * before it is sent, and sent again while Teams refuses it for now (throttled,
 * unavailable, no answer), after a restart too: an Administrator who never hears of it
 * never fixes it. A refusal that will not change (their chat gone) and an Administrator
 * who never installed Handover are logged, as is a notice Teams turned away for a day.
 */
@Component
class AdministratorOutbox {

	private static final Logger log = LoggerFactory.getLogger(AdministratorOutbox.class);

	/** Pauses before each next try; the last repeats until {@link #GIVE_UP_AFTER}. */
	private static final List<Duration> PAUSES = List.of(Duration.ofSeconds(2), Duration.ofSeconds(10),
			Duration.ofMinutes(1), Duration.ofMinutes(3), Duration.ofMinutes(10), Duration.ofMinutes(30),
			Duration.ofHours(1));

	/** A notice Teams still turns away a day later is about something long changed. */
	static final Duration GIVE_UP_AFTER = Duration.ofDays(1);

	/** While one instance sends a notice, the others leave it alone. */
	private static final Duration LEASE = Duration.ofMinutes(2);

	private static final int ROUND = 20;

	private final MongoTemplate mongo;

	private final Access access;

	private final AdministratorNotices administrators;

	private final ProactiveMessenger messenger;

	private final Cards cards;

	private final Notices notices;

	/** Pauses are about real time, not the organisation's (test) calendar. */
	private final Clock wallClock = Clock.systemUTC();

	private final ExecutorService worker = Workers.named("administrator-notices", 1);

	private final AtomicBoolean queued = new AtomicBoolean();

	AdministratorOutbox(MongoTemplate mongo, Access access, AdministratorNotices administrators,
			ProactiveMessenger messenger, Cards cards, Notices notices) {
		this.mongo = mongo;
		this.access = access;
		this.administrators = administrators;
		this.messenger = messenger;
		this.cards = cards;
		this.notices = notices;
	}

	/** Words in both languages Handover speaks; the reader's chat picks one. */
	record Said(String english, String dutch) {

		String in(Locale locale) {
			return Notices.say(locale, this.english, this.dutch);
		}

	}

	/**
	 * What to say: a card template with its data, or a plain message card (title, text,
	 * style). Rendered when sent, in the language of the Administrator's chat.
	 */
	record Notice(String card, Map<String, Object> data, Said title, Said text, String style) {

		static Notice card(CardName card, Map<String, Object> data) {
			return new Notice(card.name(), data, null, null, null);
		}

		static Notice message(Said title, Said text, String style) {
			return new Notice(null, null, title, text, style);
		}

	}

	/** A notice one Administrator still has to hear of. */
	@Document("administrator_notices")
	record Owed(@Id String id, String admin, String about, Notice notice, int attempts, Instant dueAt, Instant since) {
	}

	/**
	 * Stores the notice for each configured Administrator and tries each at once.
	 * @param about what it is about, for the log ("the failed personal data retention")
	 * @return how many Administrators heard of it or will once Teams takes it
	 */
	int tell(String about, Notice notice) {
		int told = 0;
		// claimed for the tries below: the rounds leave it alone unless this instance
		// stops
		for (Owed owed : store(about, notice, this.wallClock.instant().plus(LEASE))) {
			if (send(owed)) {
				told++;
			}
		}
		return told;
	}

	/**
	 * Stores the notice for each configured Administrator and sends it soon, off the
	 * caller's thread (Teams waits for no Administrator's chat).
	 */
	void owe(String about, Notice notice) {
		if (!store(about, notice, this.wallClock.instant()).isEmpty()) {
			wakeUp();
		}
	}

	private List<Owed> store(String about, Notice notice, Instant due) {
		Instant now = this.wallClock.instant();
		return this.access.configuredAdmins()
			.stream()
			.map((admin) -> this.mongo
				.insert(new Owed(new ObjectId().toHexString(), admin, about, notice, 0, due, now)))
			.toList();
	}

	@Scheduled(fixedDelayString = "${handover.teams.delivery-interval:2s}",
			initialDelayString = "${handover.teams.delivery-interval:2s}")
	void onSchedule() {
		wakeUp();
	}

	private void wakeUp() {
		if (this.queued.compareAndSet(false, true)) {
			try {
				this.worker.execute(() -> {
					this.queued.set(false);
					sendDue();
				});
			}
			catch (java.util.concurrent.RejectedExecutionException stopping) {
				this.queued.set(false);
			}
		}
	}

	@PreDestroy
	void stop() {
		Workers.stop(this.worker, Duration.ofSeconds(5), "Sending notices to the Administrators");
	}

	/** Sends the notices due now, each claimed first so one instance sends it. */
	void sendDue() {
		try {
			Instant now = this.wallClock.instant();
			Query due = Query.query(Criteria.where("dueAt").lte(now)).with(Sort.by("dueAt")).limit(ROUND);
			for (Owed owed : this.mongo.find(due, Owed.class)) {
				if (claimed(owed, now)) {
					send(owed);
				}
			}
		}
		catch (RuntimeException failed) {
			log.warn("Notices to the Administrators wait for the next round: {}", LogSafe.of(failed.getMessage()));
		}
	}

	private boolean claimed(Owed owed, Instant now) {
		Query unchanged = Query.query(Criteria.where("_id").is(owed.id()).and("dueAt").is(owed.dueAt()));
		return this.mongo.updateFirst(unchanged, new Update().set("dueAt", now.plus(LEASE)), Owed.class)
			.getModifiedCount() == 1;
	}

	/**
	 * One try; the notice is gone once sent or never to be sent, else due again after a
	 * pause.
	 * @return whether the Administrator heard of it or may still
	 */
	private boolean send(Owed owed) {
		try {
			Optional<AdministratorNotices.AdminChat> chat = this.administrators.chatOf(owed.admin());
			if (chat.isEmpty()) {
				log.warn("Administrator {} cannot be reached in Teams to hear of {}", LogSafe.of(owed.admin()),
						LogSafe.of(owed.about()));
				forget(owed);
				return false;
			}
			this.messenger.post(chat.get().id(), Replies.card(render(owed.notice(), chat.get().locale())));
			forget(owed);
			return true;
		}
		catch (RuntimeException refused) {
			return tryAgainLater(owed, refused);
		}
	}

	private boolean tryAgainLater(Owed owed, RuntimeException refused) {
		ConnectorFailure failure = ConnectorFailure.of(refused);
		Instant now = this.wallClock.instant();
		if (failure.lasting() || !owed.since().plus(GIVE_UP_AFTER).isAfter(now)) {
			log.warn("Administrator {} did not hear of {}: {}", LogSafe.of(owed.admin()), LogSafe.of(owed.about()),
					LogSafe.of(refused.getMessage()));
			forget(owed);
			return false;
		}
		Duration planned = PAUSES.get(Math.min(owed.attempts(), PAUSES.size() - 1));
		Duration pause = failure.retryAfter().filter((asked) -> asked.compareTo(planned) > 0).orElse(planned);
		log.info("Administrator {} hears of {} in {}: {}", LogSafe.of(owed.admin()), LogSafe.of(owed.about()), pause,
				LogSafe.of(refused.getMessage()));
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(owed.id())),
				new Update().set("dueAt", now.plus(pause)).inc("attempts", 1), Owed.class);
		return true;
	}

	private void forget(Owed owed) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(owed.id())), Owed.class);
	}

	private ObjectNode render(Notice notice, Locale locale) {
		if (notice.card() != null) {
			return this.cards.render(CardName.valueOf(notice.card()), notice.data(), locale);
		}
		return this.notices.message(notice.title().in(locale), notice.text().in(locale), notice.style(), locale);
	}

}
