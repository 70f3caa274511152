package io.handover.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import io.handover.ticket.TicketKind;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Keeps the forms handed out to managers (and the questions an e-mail asked), so that the
 * answer finds what was prefilled and a form submitted twice opens one ticket.
 */
@Service
public class AnnouncementDrafts {

	static final Duration KEPT = Duration.ofDays(30);

	private final MongoTemplate mongo;

	private final Clock clock;

	AnnouncementDrafts(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * A draft id that is the same whenever the same message is delivered again: Teams
	 * re-sends a message it thinks unanswered, an e-mail may arrive twice.
	 * @param parts e.g. the conversation id and the activity id
	 */
	public static String idFor(String... parts) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (String part : parts) {
				sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
			}
			return "d-" + HexFormat.of().formatHex(sha.digest(), 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java", ex);
		}
	}

	/**
	 * Stores the draft unless one with this id exists (one write, no read): the same
	 * message delivered twice keeps the first draft.
	 */
	public AnnouncementDraft start(String id, Requester owner, String conversationId, String words,
			AnnouncementForm prefilled) {
		Instant now = this.clock.instant();
		TicketKind kind = prefilled.kind();
		AnnouncementDraft draft = new AnnouncementDraft(id, kind, owner.channel(), owner.id(), owner.name(),
				conversationId, words, prefilled, now, now.plus(KEPT), null, null);
		Update update = new Update().setOnInsert("kind", kind)
			.setOnInsert("channel", owner.channel())
			.setOnInsert("ownerId", owner.id())
			.setOnInsert("ownerName", owner.name())
			.setOnInsert("conversationId", conversationId)
			.setOnInsert("words", words)
			.setOnInsert("prefilled", this.mongo.getConverter().convertToMongoType(prefilled))
			.setOnInsert("createdAt", now)
			.setOnInsert("expiresAt", now.plus(KEPT));
		this.mongo.upsert(Query.query(Criteria.where("_id").is(id)), update, AnnouncementDraft.class);
		return draft;
	}

	public Optional<AnnouncementDraft> find(String id) {
		if (id == null || id.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.mongo.findById(id, AnnouncementDraft.class));
	}

	/** Notes the ticket the draft opened; a draft stays with its first ticket. */
	public void submitted(String id, String ticketKey) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("ticketKey").is(null)),
				new Update().set("ticketKey", ticketKey).set("submittedAt", this.clock.instant()),
				AnnouncementDraft.class);
	}

}
