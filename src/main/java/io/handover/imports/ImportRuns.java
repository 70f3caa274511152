package io.handover.imports;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.handover.access.Access;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.NotAllowed;
import io.handover.common.NotFound;
import io.handover.common.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * The imports that are running or ran in the last {@value #KEPT_DAYS} days, in the store
 * (so any instance answers for them): how far each got, and a cancel. An import reads its
 * document's cancel before each batch of rows and writes its progress after each, so a
 * cancel stops it within one batch, and what it imported before stays (every row is an
 * idempotent registration: importing the file again finishes it). Only the person who
 * started an import, or an Administrator, may see or cancel it; anyone else is refused
 * and the refusal audited.
 */
@Service
public class ImportRuns {

	private static final Logger log = LoggerFactory.getLogger(ImportRuns.class);

	static final int KEPT_DAYS = 7;

	private static final String COLLECTION = "imports";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Access access;

	private final AuditTrail audit;

	/**
	 * A running import that wrote no progress for this long is taken to be interrupted:
	 * its instance stopped (it writes after every batch of rows).
	 */
	private final Duration silentFor;

	/**
	 * On the embedded store this process is the only instance: whatever is running in the
	 * store when it starts was interrupted by its stop.
	 */
	private final boolean onlyInstance;

	ImportRuns(MongoTemplate mongo, Clock clock, Access access, AuditTrail audit,
			@Value("${handover.imports.interrupted-after:10m}") Duration silentFor,
			@Value("${handover.store.uri:}") String storeUri) {
		this.mongo = mongo;
		this.clock = clock;
		this.access = access;
		this.audit = audit;
		this.silentFor = silentFor;
		this.onlyInstance = !StringUtils.hasText(storeUri);
		try {
			mongo.indexOps(COLLECTION)
				.ensureIndex(new Index().on("startedAt", Sort.Direction.ASC).expire(Duration.ofDays(KEPT_DAYS)));
		}
		catch (RuntimeException ex) {
			log.warn("The expiry index of {} is not there (finished imports are kept until it is): {}", COLLECTION,
					ex.getMessage());
		}
	}

	/** A new running import of {@code kind}, started by {@code by}. */
	public ImportRun start(String kind, Actor by) {
		byte[] id = new byte[16];
		RANDOM.nextBytes(id);
		ImportRun run = new ImportRun(HexFormat.of().formatHex(id), kind, by.id(), by.name(), this.clock.instant(),
				State.RUNNING, 0, 0, 0, 0, 0, null, null, null, this.clock.instant());
		this.mongo.insert(run, COLLECTION);
		return run;
	}

	/**
	 * After a restart: the imports the stop interrupted are marked so, with how far they
	 * got. On the embedded store every running one (this is its only instance); on
	 * MongoDB those silent for {@code handover.imports.interrupted-after} (another
	 * instance may be running the rest).
	 * @return how many were marked
	 */
	@EventListener(ApplicationReadyEvent.class)
	public int markInterrupted() {
		Criteria running = Criteria.where("state").is(State.RUNNING);
		if (!this.onlyInstance) {
			running = running.and("heartbeatAt").lt(this.clock.instant().minus(this.silentFor));
		}
		int marked = 0;
		try {
			for (ImportRun run : this.mongo.find(Query.query(running), ImportRun.class, COLLECTION)) {
				if (interrupted(run, "the service stopped while it ran") != null) {
					marked++;
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Imports interrupted by a stop not marked yet (their status says so when asked): {}",
					ex.getMessage());
		}
		return marked;
	}

	/**
	 * Marks a running import interrupted, unless it wrote progress meanwhile; answers it
	 * as it is now.
	 */
	private ImportRun interrupted(ImportRun run, String why) {
		String reason = "interrupted: " + why + " (last progress at " + run.lastProgress() + ", after " + run.rows()
				+ " row(s)); the rows up to there are imported - import the file again to finish it (the rows "
				+ "already imported come back unchanged)";
		Criteria unchanged = Criteria.where("_id").is(run.id()).and("state").is(State.RUNNING);
		unchanged = (run.heartbeatAt() == null) ? unchanged.and("heartbeatAt").is(null)
				: unchanged.and("heartbeatAt").is(run.heartbeatAt());
		ImportRun marked = this.mongo.findAndModify(Query.query(unchanged),
				new Update().set("state", State.INTERRUPTED)
					.set("reason", reason)
					.set("finishedAt", this.clock.instant()),
				FindAndModifyOptions.options().returnNew(true), ImportRun.class, COLLECTION);
		if (marked != null) {
			log.warn("Import {} of {} was interrupted after {} row(s): {}", run.id(), run.kind(), run.rows(), why);
		}
		return marked;
	}

	/**
	 * Records how far the import got; answers whether it was cancelled meanwhile (then it
	 * stops).
	 */
	boolean progress(String id, ImportReport.Tally tally) {
		ImportRun now = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(id)),
				counts(new Update(), tally).set("heartbeatAt", this.clock.instant()),
				FindAndModifyOptions.options().returnNew(true), ImportRun.class, COLLECTION);
		return now != null && now.cancelledBy() != null;
	}

	/** Whether someone asked to cancel the import. */
	boolean cancelRequested(String id) {
		ImportRun now = this.mongo.findById(id, ImportRun.class, COLLECTION);
		return now != null && now.cancelledBy() != null;
	}

	/** The import's end: done, cancelled (by whom or why) or failed (why). */
	void finish(String id, State state, ImportReport.Tally tally, String reason) {
		Update update = counts(new Update(), tally).set("state", state).set("finishedAt", this.clock.instant());
		if (reason != null) {
			update.set("reason", reason);
		}
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, COLLECTION);
	}

	/**
	 * The import, for its starter or an Administrator.
	 * @throws NotFound when there is no such import (or it is older than
	 * {@value #KEPT_DAYS} days)
	 * @throws NotAllowed for anyone else (audited)
	 */
	public ImportRun get(String id, Actor by) {
		ImportRun run = visible(id, by, "looked at");
		if (run.state() == State.RUNNING && run.lastProgress().isBefore(this.clock.instant().minus(this.silentFor))) {
			ImportRun marked = interrupted(run,
					"no progress for " + this.silentFor.toMinutes() + " minutes: the instance running it stopped");
			return (marked != null) ? marked : this.mongo.findById(id, ImportRun.class, COLLECTION);
		}
		return run;
	}

	/**
	 * Asks a running import to stop after the batch in progress; audited. Asking again
	 * changes nothing.
	 * @throws Refusal {@code import-finished} when it has finished already
	 */
	public ImportRun cancel(String id, Actor by) {
		ImportRun run = visible(id, by, "cancelled");
		if (run.state() != State.RUNNING) {
			throw new Refusal("import-finished", "The import " + id + " is "
					+ run.state().name().toLowerCase(Locale.ROOT) + " already; there is nothing to cancel.");
		}
		if (run.cancelledBy() != null) {
			return run;
		}
		ImportRun cancelled = this.mongo.findAndModify(
				Query.query(Criteria.where("_id").is(id).and("state").is(State.RUNNING).and("cancelledBy").is(null)),
				new Update().set("cancelledBy", by.name() != null ? by.name() : by.id()),
				FindAndModifyOptions.options().returnNew(true), ImportRun.class, COLLECTION);
		if (cancelled == null) {
			return this.mongo.findById(id, ImportRun.class, COLLECTION);
		}
		this.audit.record("import", id, "cancel-requested", by, null, Map.of("kind", cancelled.kind()));
		return cancelled;
	}

	private ImportRun visible(String id, Actor by, String what) {
		ImportRun run = Optional.ofNullable(this.mongo.findById(id, ImportRun.class, COLLECTION))
			.orElseThrow(() -> new NotFound("Import", id));
		boolean starter = by != null && by.isVerifiedPerson() && by.id().equalsIgnoreCase(run.startedById());
		if (!starter && !this.access.isAdmin(by)) {
			String reason = "Only the person who started an import, or an Administrator, may see or cancel it; "
					+ (by == null ? "nobody" : by.name()) + " did not start import " + id + ".";
			this.audit.record("import", id, "refused", by, "wanted it " + what + ": " + reason, Map.of());
			throw new NotAllowed("not-the-starter", reason);
		}
		return run;
	}

	private static Update counts(Update update, ImportReport.Tally tally) {
		return update.set("rows", tally.rows())
			.set("created", tally.created())
			.set("updated", tally.updated())
			.set("unchanged", tally.unchanged())
			.set("rejected", tally.rejected());
	}

	/** Where an import stands. */
	public enum State {

		RUNNING, DONE, CANCELLED, FAILED,

		/** Its instance stopped while it ran (a restart, a crash): it will not go on. */
		INTERRUPTED

	}

	/**
	 * One import.
	 *
	 * @param id its id, 128 random bits (the {@code Handover-Import} header)
	 * @param kind what it imports ({@code employees})
	 * @param rows the data rows read so far
	 * @param cancelledBy who asked to cancel it, or null
	 * @param reason why it was cancelled, failed or was interrupted, or null
	 * @param heartbeatAt when it last wrote progress (null for an import recorded before
	 * this field)
	 */
	@Document(COLLECTION)
	public record ImportRun(@Id String id, String kind, String startedById, String startedByName, Instant startedAt,
			State state, long rows, long created, long updated, long unchanged, long rejected, String cancelledBy,
			Instant finishedAt, String reason, Instant heartbeatAt) {

		/** When it last showed life: its last progress, or its start. */
		Instant lastProgress() {
			return (this.heartbeatAt != null) ? this.heartbeatAt : this.startedAt;
		}

	}

}
