package io.handover.teams;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.node.ObjectNode;
import io.handover.common.LogSafe;
import io.handover.audit.AuditDraft;
import io.handover.audit.AuditOutbox;
import io.handover.audit.AuditTrail;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.common.Actor;
import io.handover.common.Refusal;
import io.handover.runbook.JoinerProvisioning;
import io.handover.runbook.TemporaryAccessPassCreated;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A joiner's Temporary Access Pass reaches the manager as a card in their personal chat
 * with Handover — never a channel — naming the joiner and when the pass works, with "Show
 * pass". The click answers with the pass, in the invoke response only, once and to the
 * manager only; any later look shows "shown at hh:mm". The pass waits for the click in
 * memory ({@link AccessPassVault}); when it is gone (a restart) or expired, the card
 * offers a new pass. A manager who cannot be reached leaves the joiner's pass task
 * blocked with the reason.
 */
@Component
class AccessPassCards implements CardActionHandler, CardRefresher {

	static final String CARD = "access.pass";

	private static final String CARDS = "accessPassCards";

	private static final Logger log = LoggerFactory.getLogger(AccessPassCards.class);

	private final AccessPassVault vault;

	private final EmployeeChats chats;

	private final ConversationStore conversations;

	private final ProactiveMessenger messenger;

	private final TicketManagement tickets;

	private final JoinerProvisioning joiners;

	private final Cards cards;

	private final AuditTrail audit;

	/** "Shown" is written into the card's record with its audit entry. */
	private final AuditOutbox owedAudit;

	private final MongoTemplate mongo;

	private final Clock clock;

	AccessPassCards(AccessPassVault vault, EmployeeChats chats, ConversationStore conversations,
			ProactiveMessenger messenger, TicketManagement tickets, JoinerProvisioning joiners, Cards cards,
			AuditTrail audit, AuditOutbox owedAudit, MongoTemplate mongo, Clock clock) {
		this.vault = vault;
		this.chats = chats;
		this.conversations = conversations;
		this.messenger = messenger;
		this.tickets = tickets;
		this.joiners = joiners;
		this.cards = cards;
		this.audit = audit;
		this.owedAudit = owedAudit;
		owedAudit.owedIn(CARDS, null);
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Posts the pass card into the manager's personal chat and tells the runbook whether
	 * it arrived. Runs in the runbook's thread, so the runbook's task says at once which
	 * it was.
	 */
	@EventListener
	void deliver(TemporaryAccessPassCreated created) {
		TicketView ticket = this.tickets.get(created.ticketKey());
		String upn = created.managerUpn();
		String name = ticket.manager() != null && ticket.manager().name() != null ? ticket.manager().name() : upn;
		String who = upn == null || upn.equalsIgnoreCase(name) ? String.valueOf(name) : name + " (" + upn + ")";
		if (upn == null) {
			notDelivered(created, who, "the ticket names no manager with a sign-in name");
			return;
		}
		String passId = UUID.randomUUID().toString();
		try {
			Optional<ConversationRecord> chat = this.chats.chatWithUpn(upn, name)
				.flatMap(this.conversations::find)
				.filter(c -> c.kind() == ConversationRecord.Kind.PERSONAL && c.userAadObjectId() != null);
			if (chat.isEmpty()) {
				notDelivered(created, who,
						"they have no personal chat with Handover in Teams and none could be opened");
				return;
			}
			Instant now = this.clock.instant();
			AccessPassCard card = new AccessPassCard(passId, created.ticketKey(), created.employeeName(), name, upn,
					chat.get().userAadObjectId(), chat.get().userId(), chat.get().id(), null, created.startsAt(),
					created.expiresAt(), now, null, null, null);
			this.mongo.insert(card);
			this.vault.keep(passId, created.pass(), created.expiresAt(), now);
			String messageId = this.messenger.post(card.conversationId(),
					Replies.card(render(card, State.OFFER, null, this.chats.localeOf(card.conversationId()))));
			this.mongo.updateFirst(byId(passId), new Update().set("messageId", messageId), AccessPassCard.class);
			log.info("Temporary Access Pass card of {} posted in {}'s personal chat", created.ticketKey(),
					LogSafe.of(name));
			this.joiners.passDelivered(created.ticketKey(), who + " in a personal chat");
		}
		catch (RuntimeException failed) {
			this.vault.drop(passId);
			this.mongo.remove(byId(passId), AccessPassCard.class);
			log.warn("Temporary Access Pass card of {} not delivered to {}: {}", created.ticketKey(), LogSafe.of(name),
					failed.getClass().getSimpleName());
			notDelivered(created, who, "Teams did not accept the message (" + failed.getClass().getSimpleName() + ")");
		}
	}

	private void notDelivered(TemporaryAccessPassCreated created, String who, String why) {
		this.joiners.passNotDelivered(created.ticketKey(), "Temporary Access Pass could not be delivered to " + who
				+ ": " + why
				+ ". Nothing was shown to anyone. Create a new pass once the manager can be reached: POST /api/tickets/"
				+ created.ticketKey() + "/temporary-access-pass");
	}

	@Override
	public String verb() {
		return "accessPass.show";
	}

	@Override
	public Set<String> verbs() {
		return Set.of("accessPass.show", "accessPass.renew");
	}

	@Override
	public String card() {
		return CARD;
	}

	@Override
	public CardActionResult handle(CardAction click) {
		return "accessPass.renew".equals(click.verb()) ? renew(click) : show(click);
	}

	/** The manager's click on "Show pass": the pass, once. */
	CardActionResult show(CardAction click) {
		Optional<AccessPassCard> found = find(click);
		if (found.isEmpty()) {
			return unknown();
		}
		AccessPassCard card = found.get();
		if (!isManager(click, card)) {
			return refuse(click, card, "show");
		}
		Instant now = this.clock.instant();
		if (card.replacedAt() != null) {
			return answer(card, State.RENEWED, null, click.locale());
		}
		if (card.shownAt() != null) {
			return answer(card, State.SHOWN_AGAIN, null, click.locale());
		}
		if (card.expired(now)) {
			this.vault.drop(card.id());
			return answer(card, State.EXPIRED, null, click.locale());
		}
		Optional<String> pass = this.vault.take(card.id(), now);
		if (pass.isEmpty()) {
			return answer(card, State.LOST, null, click.locale());
		}
		Actor manager = ChannelCommands.actor(click.actor());
		AuditDraft shownEntry = AuditDraft.fresh(now, "access-pass", card.id(), "shown", manager, null, Map.of("ticket",
				new Object[] { null, card.ticketKey() }, "employee", new Object[] { null, card.employeeName() }));
		AccessPassCard shown = this.mongo.findAndModify(byId(card.id()),
				this.owedAudit.owing(new Update().set("shownAt", now).set("shownTo", manager.name()), shownEntry),
				FindAndModifyOptions.options().returnNew(true), AccessPassCard.class);
		this.owedAudit.deliver(CARDS, card.id(), List.of(shownEntry));
		return answer(shown != null ? shown : card, State.REVEALED, pass.get(), click.locale());
	}

	/** "Create a new pass", offered when this one expired or was lost. */
	CardActionResult renew(CardAction click) {
		Optional<AccessPassCard> found = find(click);
		if (found.isEmpty()) {
			return unknown();
		}
		AccessPassCard card = found.get();
		if (!isManager(click, card)) {
			return refuse(click, card, "renew");
		}
		Instant now = this.clock.instant();
		State state = stateOf(card, now);
		if (state != State.EXPIRED && state != State.LOST) {
			return answer(card, state, null, click.locale());
		}
		AccessPassCard replaced = this.mongo.findAndModify(
				Query.query(Criteria.where("_id").is(card.id()).and("replacedAt").is(null)),
				new Update().set("replacedAt", now), FindAndModifyOptions.options().returnNew(true),
				AccessPassCard.class);
		if (replaced == null) {
			return answer(card, State.RENEWED, null, click.locale());
		}
		try {
			this.joiners.renewPass(card.ticketKey(), ChannelCommands.actor(click.actor()));
		}
		catch (Refusal refusal) {
			this.mongo.updateFirst(byId(card.id()), new Update().unset("replacedAt"), AccessPassCard.class);
			return new CardActionResult.Error(400, refusal.code(), refusal.getMessage());
		}
		return answer(replaced, State.RENEWED, null, click.locale());
	}

	/** What the card shows now; the pass itself never comes back this way. */
	@Override
	public CardActionResult refresh(CardAction click) {
		Optional<AccessPassCard> found = find(click);
		if (found.isEmpty()) {
			return unknown();
		}
		AccessPassCard card = found.get();
		if (!isManager(click, card)) {
			return refuse(click, card, "view");
		}
		State state = stateOf(card, this.clock.instant());
		return answer(card, state == State.SHOWN_AGAIN ? State.SHOWN : state, null, click.locale());
	}

	private State stateOf(AccessPassCard card, Instant now) {
		if (card.replacedAt() != null) {
			return State.RENEWED;
		}
		if (card.shownAt() != null) {
			return State.SHOWN_AGAIN;
		}
		if (card.expired(now)) {
			return State.EXPIRED;
		}
		return this.vault.holds(card.id(), now) ? State.OFFER : State.LOST;
	}

	/**
	 * Only the manager the pass was made for, in the personal chat it was delivered to.
	 */
	private static boolean isManager(CardAction click, AccessPassCard card) {
		ChatUser user = click.actor();
		return user != null && user.aadObjectId() != null
				&& user.aadObjectId().equalsIgnoreCase(card.managerAadObjectId())
				&& card.conversationId().equals(click.conversationId());
	}

	private CardActionResult refuse(CardAction click, AccessPassCard card, String what) {
		Actor actor = ChannelCommands.actor(click.actor());
		String reason = Messages.dutch(click.locale()) ? "Alleen " + card.managerName() + " kan deze pas zien."
				: "Only " + card.managerName() + " can see this pass.";
		this.audit.recordOnce(click.refusalKey(), "access-pass", card.id(), "refused", actor, reason,
				Map.of("action", new Object[] { null, what }, "ticket", new Object[] { null, card.ticketKey() }));
		return new CardActionResult.Card(this.cards.render(CardName.REFUSAL,
				Map.of("reason", reason, "code", "not-the-manager"), click.locale()));
	}

	private CardActionResult answer(AccessPassCard card, State state, String pass, Locale locale) {
		return new CardActionResult.Card(render(card, state, pass, locale));
	}

	private ObjectNode render(AccessPassCard card, State state, String pass, Locale locale) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("passId", card.id());
		data.put("ticket", Map.of("key", card.ticketKey()));
		data.put("employeeName", card.employeeName());
		put(data, "startsAt", card.startsAt());
		put(data, "expiresAt", card.expiresAt());
		data.put("state", state.shown);
		put(data, "pass", state == State.REVEALED ? pass : null);
		put(data, "shownAt", card.shownAt());
		put(data, "shownTo", card.shownTo());
		data.put("again", state == State.SHOWN_AGAIN);
		put(data, "reason", state == State.EXPIRED ? "expired" : state == State.LOST ? "lost" : null);
		// The revealed card must stay as it is until the manager looks away.
		data.put("refreshUserIds",
				state == State.REVEALED || card.managerTeamsId() == null ? List.of() : List.of(card.managerTeamsId()));
		return this.cards.render(CardName.ACCESS_PASS, data, locale);
	}

	private Optional<AccessPassCard> find(CardAction click) {
		String passId = click.data().path("passId").asString("");
		return passId.isEmpty() ? Optional.empty()
				: Optional.ofNullable(this.mongo.findById(passId, AccessPassCard.class));
	}

	private static CardActionResult unknown() {
		return new CardActionResult.Error(404, "NotFound", "This pass card is not known (any more).");
	}

	private static Query byId(String id) {
		return Query.query(Criteria.where("_id").is(id));
	}

	private static void put(Map<String, Object> data, String key, Object value) {
		if (value != null) {
			data.put(key, value);
		}
	}

	private enum State {

		OFFER("offer"), REVEALED("revealed"), SHOWN("shown"), SHOWN_AGAIN("shown"), EXPIRED("unavailable"),
		LOST("unavailable"), RENEWED("renewed");

		final String shown;

		State(String shown) {
			this.shown = shown;
		}

	}

}
