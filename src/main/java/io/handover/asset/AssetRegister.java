package io.handover.asset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.handover.audit.AuditDraft;
import io.handover.audit.AuditOutbox;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.NotFound;
import io.handover.common.Refusal;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * The asset register: issues assets to employees, takes them back, records signed
 * handovers, and answers who holds what.
 *
 * <p>
 * Without transactions, the order of writes is what keeps the register honest:
 * <ul>
 * <li>Issuing writes the <b>asset first</b>, with one conditional write (insert, or
 * findAndModify on "in stock and on nobody's name"); only then the assignment document.
 * The asset is the truth about who holds it, so a crash in between leaves the asset on
 * exactly one name, and issuing again (idempotent) or any later step writes the missing
 * assignment.</li>
 * <li>Closing (receipt, loss) writes the <b>assignment first</b>, conditionally on its
 * state, then takes the asset off the name. A crash in between leaves the asset still on
 * the leaver's name — flagged as outstanding, never silently lost — and repeating the
 * call finishes the job without recording anything twice.</li>
 * </ul>
 * A damaged return stays {@link AssetStatus#RETURNED} with a note until it is repaired
 * ({@link #restock}) or written off ({@link #retire}); a good one goes straight back to
 * {@link AssetStatus#IN_STOCK}.
 */
@Service
public class AssetRegister {

	static final String ASSET = "asset";

	static final String ASSIGNMENT = "assignment";

	static final String HANDOVER = "handover";

	private static final String ASSETS = "assets";

	private static final String ASSIGNMENTS = "assignments";

	private static final String HANDOVERS = "handovers";

	private static final int ATTEMPTS = 25;

	private final MongoTemplate mongo;

	/** Each change writes its audit entry into the changed document (see AuditOutbox). */
	private final AuditOutbox audit;

	private final EmployeeDirectory employees;

	private final HolderIndex holders;

	private final LeaverIndex leavers;

	private final Clock clock;

	AssetRegister(MongoTemplate mongo, AuditOutbox audit, EmployeeDirectory employees, HolderIndex holders,
			LeaverIndex leavers, Clock clock) {
		this.mongo = mongo;
		this.audit = audit;
		this.employees = employees;
		this.holders = holders;
		this.leavers = leavers;
		this.clock = clock;
		audit.owedIn(ASSETS, null);
		audit.owedIn(ASSIGNMENTS, null);
		audit.owedIn(HANDOVERS, null);
	}

	/** Every asset on the employee's name now (issued or waiting for receipt). */
	public List<Holding> holdingsOf(String employeeId) {
		return onLoanTo(Set.of(employeeId)).stream().map(Asset::holding).toList();
	}

	/**
	 * The assets on these names, by type and tag: the holder index's candidates read in
	 * one query by {@code _id}, each checked for its holder.
	 */
	List<Asset> onLoanTo(Set<String> employeeIds) {
		Set<String> candidates = this.holders.candidates(employeeIds);
		if (candidates.isEmpty()) {
			return List.of();
		}
		List<Asset> onLoan = new ArrayList<>();
		for (Asset asset : this.mongo.find(Query.query(Criteria.where("_id").in(candidates)), Asset.class)) {
			if (asset.current() != null && employeeIds.contains(asset.current().employeeId())) {
				onLoan.add(asset);
			}
		}
		onLoan.sort(Comparator.comparing(Asset::type).thenComparing(Asset::tag));
		return onLoan;
	}

	/**
	 * The asset with this tag or serial number and who holds it.
	 * @throws Refusal {@code ambiguous-serial} when the serial number is used by assets
	 * of different types
	 */
	public Optional<AssetHolder> holderOf(String tagOrSerial) {
		if (!StringUtils.hasText(tagOrSerial)) {
			return Optional.empty();
		}
		String key = tagOrSerial.trim();
		Asset byTag = this.mongo.findOne(Query.query(Criteria.where("tag").is(tag(key))), Asset.class);
		if (byTag != null) {
			return Optional.of(byTag.holder());
		}
		List<Asset> bySerial = this.mongo.find(Query.query(Criteria.where("serialNumber").is(serial(key))),
				Asset.class);
		if (bySerial.size() > 1) {
			throw new Refusal("ambiguous-serial", "serialNumber", key + " is the serial number of "
					+ bySerial.stream().map(Asset::describe).collect(Collectors.joining(" and ")));
		}
		return bySerial.stream().findFirst().map(Asset::holder);
	}

	/** The asset by its id, e.g. to follow up a damaged return. */
	public Optional<AssetHolder> asset(String assetId) {
		return Optional.ofNullable(this.mongo.findById(assetId, Asset.class)).map(Asset::holder);
	}

	/** Assets by status and/or type (either may be null), by tag. */
	public List<AssetHolder> assets(AssetStatus status, String type, int limit) {
		Criteria criteria = new Criteria();
		if (status != null) {
			criteria = criteria.and("status").is(status);
		}
		if (StringUtils.hasText(type)) {
			criteria = criteria.and("type").is(type(type));
		}
		Query query = Query.query(criteria).with(Sort.by("tag")).limit(Math.max(1, Math.min(limit, 1000)));
		return this.mongo.find(query, Asset.class).stream().map(Asset::holder).toList();
	}

	/**
	 * Puts the asset with this serial number on the employee's name: from stock, or
	 * registered now when unknown. Issuing it again to the same employee returns the same
	 * holding.
	 * @throws Refusal {@code asset-assigned} (field {@code serialNumber}) while it is on
	 * someone else's name; {@code asset-lost}, {@code asset-retired}... when it is not in
	 * stock
	 * @throws NotFound when the employee is unknown
	 */
	public Holding issue(IssueRequest r, Actor by) {
		return issue(r, Description.NONE, by).holding();
	}

	/** Issues with the descriptive fields of an imported row, in the same write. */
	Asset issue(IssueRequest r, Description description, Actor by) {
		require(r != null, "employeeId", "An issue request is needed");
		require(StringUtils.hasText(r.employeeId()), "employeeId", "Which employee gets the asset?");
		require(StringUtils.hasText(r.type()), "type", "The asset type is needed, e.g. laptop");
		require(StringUtils.hasText(r.serialNumber()), "serialNumber", "The serial number is needed");
		Employee employee = this.employees.find(r.employeeId())
			.orElseThrow(() -> new NotFound("Employee", r.employeeId()));
		String type = type(r.type());
		String serial = serial(r.serialNumber());
		String model = blankToNull(r.model());
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Instant now = now();
			Asset.Loan loan = new Asset.Loan(new ObjectId().toHexString(), employee.id(), employee.name(), now);
			Asset known = findBySerial(type, serial);
			if (known == null) {
				String tag = description.tag() != null ? description.tag() : nextTag();
				Asset created = new Asset(new ObjectId().toHexString(), tag, type, model, serial, AssetStatus.ASSIGNED,
						description.location(), description.notes(), loan, now);
				mayHold(employee.id(), created.id());
				AuditDraft registered = audited(ASSET, created.id(), "registered", by, why(r),
						assetChanges(null, created));
				try {
					this.audit.insertOwing(created, registered);
				}
				catch (DuplicateKeyException raced) {
					// the serial was registered a moment ago, or the tag is taken: look
					// again
					if (description.tag() != null && findBySerial(type, serial) == null) {
						throw tagTaken(description.tag());
					}
					continue;
				}
				delivered(ASSETS, created.id(), registered);
				recordIssue(created, by, r);
				return created;
			}
			if (known.current() != null && employee.id().equals(known.current().employeeId())) {
				ensureAssignment(known, by, r);
				return known;
			}
			Asset issued = known.issueTo(loan, this.clock.getZone())
				.describe(description.tag(), known.model() == null ? model : null, description.location(),
						description.notes());
			AuditDraft issuedDraft = audited(ASSET, known.id(), "issued", by, why(r), assetChanges(known, issued));
			if (compareAndSet(known, issued, issuedDraft)) {
				delivered(ASSETS, known.id(), issuedDraft);
				recordIssue(issued, by, r);
				return issued;
			}
		}
		throw new IllegalStateException("Could not issue " + serial + " after " + ATTEMPTS + " attempts");
	}

	/** The employee signs that they returned the asset of this assignment. */
	public Holding returnedByEmployee(String assignmentId, Signature s) {
		return returned(assignmentId, s, actorOf(s));
	}

	/**
	 * Staff record that the employee signed the return on paper: the record and the audit
	 * entry name the staff member who recorded it, never the employee.
	 */
	public Holding recordPaperReturn(String assignmentId, Actor recordedBy, String contentShown) {
		return returned(assignmentId, Signature.onPaper(recordedBy, contentShown), recordedBy);
	}

	private Holding returned(String assignmentId, Signature s, Actor signer) {
		String contentHash = validate(s);
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Assignment assignment = assignment(assignmentId);
			if (assignment.state() == AssignmentState.RETURN_PENDING) {
				settleReturnPending(assignment, signer);
				return assignment.holding();
			}
			String recordId = new ObjectId().toHexString();
			Instant now = now();
			Assignment pending = assignment.returnedByEmployee(recordId, now);
			HandoverRecord record = this.mongo
				.insert(new HandoverRecord(recordId, HandoverRecord.Kind.RETURN, assignment.employeeId(), s.signerId(),
						signerName(s), s.channel(), now, List.of(assignment.item()), contentHash));
			Map<String, Object> changes = new LinkedHashMap<>();
			changes.putAll(AuditTrail.change("state", assignment.state(), pending.state()));
			changes.putAll(AuditTrail.change("returnRecordId", null, recordId));
			changes.putAll(AuditTrail.change("contentSha256", null, contentHash));
			AuditDraft signed = audited(ASSIGNMENT, assignment.id(), "return-signed", signer, null, changes);
			if (!compareAndSet(assignment, pending, signed)) {
				this.mongo.remove(Query.query(Criteria.where("_id").is(record.id())), HandoverRecord.class);
				continue;
			}
			delivered(ASSIGNMENTS, assignment.id(), signed);
			settleReturnPending(pending, signer);
			return pending.holding();
		}
		throw new IllegalStateException("Could not record the return of " + assignmentId);
	}

	/**
	 * Staff confirm they received the asset back. {@code good} (the default) puts it back
	 * in stock; {@code damaged} keeps it {@link AssetStatus#RETURNED} with a note until
	 * it is repaired or retired.
	 */
	public Holding confirmReceipt(String assignmentId, Actor by, String condition) {
		String normalized = Condition.of(condition);
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Assignment assignment = assignment(assignmentId);
			if (assignment.state() == AssignmentState.RETURNED) {
				settleClosed(assignment, by);
				return assignment.holding();
			}
			Assignment received = assignment.received(by, now(), normalized);
			Map<String, Object> changes = new LinkedHashMap<>();
			changes.putAll(AuditTrail.change("state", assignment.state(), received.state()));
			changes.putAll(AuditTrail.change("condition", null, normalized));
			AuditDraft receivedDraft = audited(ASSIGNMENT, assignment.id(), "received", by, null, changes);
			if (!compareAndSet(assignment, received, receivedDraft)) {
				continue;
			}
			delivered(ASSIGNMENTS, assignment.id(), receivedDraft);
			settleClosed(received, by);
			return received.holding();
		}
		throw new IllegalStateException("Could not confirm receipt of " + assignmentId);
	}

	/** The asset of this assignment is lost: off the employee's name, status LOST. */
	public void reportLost(String assignmentId, Actor by, String why) {
		require(StringUtils.hasText(why), "why", "Say how the asset was lost");
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Assignment assignment = assignment(assignmentId);
			if (assignment.state() == AssignmentState.LOST) {
				settleClosed(assignment, by);
				return;
			}
			Assignment lost = assignment.lost(by, now(), why.trim());
			AuditDraft lostDraft = audited(ASSIGNMENT, assignment.id(), "lost", by, why.trim(),
					AuditTrail.change("state", assignment.state(), lost.state()));
			if (!compareAndSet(assignment, lost, lostDraft)) {
				continue;
			}
			delivered(ASSIGNMENTS, assignment.id(), lostDraft);
			settleClosed(lost, by);
			return;
		}
		throw new IllegalStateException("Could not report " + assignmentId + " lost");
	}

	/**
	 * A joiner signs for the assets issued to them. Signing again for assets already
	 * signed for in one record returns that record.
	 */
	public HandoverRecord signReceipt(String employeeId, List<String> assignmentIds, Signature s) {
		return receipt(employeeId, assignmentIds, s, actorOf(s));
	}

	/**
	 * Staff record that the joiner signed for the assets on paper: the record and the
	 * audit entry name the staff member who recorded it, never the employee.
	 */
	public HandoverRecord recordPaperReceipt(String employeeId, List<String> assignmentIds, Actor recordedBy,
			String contentShown) {
		return receipt(employeeId, assignmentIds, Signature.onPaper(recordedBy, contentShown), recordedBy);
	}

	private HandoverRecord receipt(String employeeId, List<String> assignmentIds, Signature s, Actor signer) {
		String contentHash = validate(s);
		require(assignmentIds != null && !assignmentIds.isEmpty(), "assignmentIds", "Which assets are signed for?");
		Employee employee = this.employees.find(employeeId).orElseThrow(() -> new NotFound("Employee", employeeId));
		List<Assignment> assignments = new ArrayList<>();
		for (String id : new LinkedHashSet<>(assignmentIds)) {
			Assignment assignment = assignment(id);
			if (!assignment.employeeId().equals(employee.id())) {
				throw new Refusal("not-theirs", "assignmentIds",
						assignment.type() + " " + assignment.serialNumber() + " was not issued to " + employee.name());
			}
			assignments.add(assignment);
		}
		var earlier = assignments.stream().map(Assignment::receiptRecordId).distinct().toList();
		if (earlier.size() == 1 && earlier.get(0) != null) {
			HandoverRecord existing = this.mongo.findById(earlier.get(0), HandoverRecord.class);
			if (existing != null) {
				return existing;
			}
		}
		String recordId = new ObjectId().toHexString();
		List<Assignment> signed = assignments.stream().map((a) -> a.signedFor(recordId)).toList();
		HandoverRecord record = new HandoverRecord(recordId, HandoverRecord.Kind.RECEIPT, employee.id(), s.signerId(),
				signerName(s), s.channel(), now(), assignments.stream().map(Assignment::item).toList(), contentHash);
		Map<String, Object> changes = new LinkedHashMap<>();
		changes.putAll(AuditTrail.change("assignments", null,
				record.items().stream().map(HandoverRecord.Item::assignmentId).toList()));
		changes.putAll(AuditTrail.change("serialNumbers", null,
				record.items().stream().map(HandoverRecord.Item::serialNumber).toList()));
		changes.putAll(AuditTrail.change("contentSha256", null, contentHash));
		AuditDraft receiptSigned = audited(HANDOVER, record.id(), "receipt-signed", signer, null, changes);
		this.audit.insertOwing(record, receiptSigned);
		// when another record was linked a moment ago that link stays; this record is
		// still a true signature over what was shown (the signature's entry is the
		// record's)
		for (int i = 0; i < assignments.size(); i++) {
			compareAndSet(assignments.get(i), signed.get(i), null);
		}
		delivered(HANDOVERS, record.id(), receiptSigned);
		return record;
	}

	/** The signed handover records of an employee, oldest first. */
	public List<HandoverRecord> handoversOf(String employeeId) {
		return this.mongo.find(Query.query(Criteria.where("employeeId").is(employeeId)).with(Sort.by("signedAt")),
				HandoverRecord.class);
	}

	/**
	 * The asset and its history: its assignments (one query on the indexed
	 * {@code assetId}) and the handover records they name (one query by id).
	 */
	public Optional<AssetHistory> historyOf(String assetId) {
		Asset asset = StringUtils.hasText(assetId) ? this.mongo.findById(assetId, Asset.class) : null;
		if (asset == null) {
			return Optional.empty();
		}
		List<Assignment> assignments = this.mongo.find(
				Query.query(Criteria.where("assetId").is(asset.id())).with(Sort.by(Sort.Direction.DESC, "issuedAt")),
				Assignment.class);
		List<String> recordIds = new ArrayList<>();
		for (Assignment assignment : assignments) {
			if (assignment.receiptRecordId() != null) {
				recordIds.add(assignment.receiptRecordId());
			}
			if (assignment.returnRecordId() != null) {
				recordIds.add(assignment.returnRecordId());
			}
		}
		List<HandoverRecord> records = recordIds.isEmpty() ? List.of() : this.mongo
			.find(Query.query(Criteria.where("_id").in(recordIds)).with(Sort.by("signedAt")), HandoverRecord.class);
		List<AssetHistory.Period> periods = assignments.stream()
			.map(a -> new AssetHistory.Period(a.id(), a.employeeId(), a.employeeName(), a.state(), a.issuedAt(),
					a.issuedBy() != null ? a.issuedBy().name() : null, a.ticketKey(), a.receiptRecordId(),
					a.returnRecordId(), a.receivedAt(), a.receivedBy() != null ? a.receivedBy().name() : null,
					a.condition(), a.lostWhy()))
			.toList();
		return Optional.of(new AssetHistory(asset.holder(), periods, records));
	}

	/** A returned (repaired), wiped or found asset goes back on the shelf. */
	public AssetHolder restock(String assetId, Actor by, String why) {
		return change(assetId, by, "restocked", why, (asset) -> asset.restock(note("Back in stock", by, why)));
	}

	/** Wiped, e.g. a lost laptop wiped remotely, or a returned one before reuse. */
	public AssetHolder wipe(String assetId, Actor by, String why) {
		return change(assetId, by, "wiped", why, (asset) -> asset.wipe(note("Wiped", by, why)));
	}

	/** Out of service for good, e.g. damaged beyond repair. */
	public AssetHolder retire(String assetId, Actor by, String why) {
		require(StringUtils.hasText(why), "why", "Say why the asset is retired");
		return change(assetId, by, "retired", why, (asset) -> asset.retire(note("Retired", by, why)));
	}

	/**
	 * The asset leaves the organisation for good: disposed of, or sold (e.g. to the
	 * leaver who had it, and released from Apple Business). On someone's name, that
	 * assignment closes as {@link AssignmentState#DISPOSED} with who, when and why, and
	 * the asset comes off their name; the asset is {@link AssetStatus#RETIRED} with a
	 * note. Asked again, nothing changes.
	 * @throws NotFound when there is no such asset
	 */
	public AssetHolder dispose(String assetId, Actor by, String why) {
		require(StringUtils.hasText(why), "why", "Say why the asset leaves the organisation, e.g. sold or disposed of");
		String reason = why.strip();
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Asset asset = this.mongo.findById(assetId, Asset.class);
			if (asset == null) {
				throw new NotFound("Asset", assetId);
			}
			if (asset.status() == AssetStatus.RETIRED) {
				return asset.holder();
			}
			if (asset.current() != null) {
				Assignment assignment = assignment(asset.current().assignmentId());
				if (assignment.state() == AssignmentState.ISSUED
						|| assignment.state() == AssignmentState.RETURN_PENDING) {
					Assignment disposed = assignment.disposed(by, now(), reason);
					AuditDraft disposedDraft = audited(ASSIGNMENT, assignment.id(), "disposed", by, reason,
							AuditTrail.change("state", assignment.state(), disposed.state()));
					if (!compareAndSet(assignment, disposed, disposedDraft)) {
						continue;
					}
					delivered(ASSIGNMENTS, assignment.id(), disposedDraft);
					assignment = disposed;
				}
				settleClosed(assignment, by);
				continue;
			}
			Asset after = asset.dispose(note("Disposed of or sold", by, reason));
			AuditDraft changed = audited(ASSET, asset.id(), "disposed", by, reason, assetChanges(asset, after));
			if (compareAndSet(asset, after, changed)) {
				delivered(ASSETS, asset.id(), changed);
				return after.holder();
			}
		}
		throw new IllegalStateException("Could not dispose of " + assetId);
	}

	/**
	 * The assets that left the organisation while on the employee's name (disposed of, or
	 * sold to them), newest first.
	 */
	public List<Holding> disposedFrom(String employeeId) {
		return this.mongo
			.find(Query.query(Criteria.where("employeeId").is(employeeId).and("state").is(AssignmentState.DISPOSED))
				.with(Sort.by(Sort.Direction.DESC, "disposedAt"))
				.limit(100), Assignment.class)
			.stream()
			.map(Assignment::holding)
			.toList();
	}

	private AssetHolder change(String assetId, Actor by, String action, String why, Function<Asset, Asset> verb) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Asset asset = this.mongo.findById(assetId, Asset.class);
			if (asset == null) {
				throw new NotFound("Asset", assetId);
			}
			Asset after = verb.apply(asset);
			AuditDraft changed = audited(ASSET, asset.id(), action, by, why, assetChanges(asset, after));
			if (compareAndSet(asset, after, changed)) {
				delivered(ASSETS, asset.id(), changed);
				return after.holder();
			}
		}
		throw new IllegalStateException("Could not change " + assetId);
	}

	// --- what the import needs

	Asset findBySerial(String type, String serial) {
		return this.mongo.findOne(Query.query(Criteria.where("type").is(type).and("serialNumber").is(serial)),
				Asset.class);
	}

	Asset findByTag(String tag) {
		return this.mongo.findOne(Query.query(Criteria.where("tag").is(tag)), Asset.class);
	}

	/**
	 * Registers an asset that is on nobody's name, with the next free tag when it has
	 * none; null when the same serial number was registered meanwhile.
	 */
	Asset register(Asset asset, Actor by) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Asset candidate = asset.tag() != null ? asset : asset.describe(nextTag(), null, null, null);
			AuditDraft registered = audited(ASSET, candidate.id(), "registered", by, "import",
					assetChanges(null, candidate));
			try {
				Asset created = this.audit.insertOwing(candidate, registered);
				delivered(ASSETS, created.id(), registered);
				return created;
			}
			catch (DuplicateKeyException raced) {
				if (findBySerial(asset.type(), asset.serialNumber()) != null) {
					return null;
				}
				if (asset.tag() != null) {
					throw tagTaken(asset.tag());
				}
				// a generated tag that an import had already used: take the next one
			}
		}
		throw new IllegalStateException("No free tag for " + asset.describe());
	}

	/**
	 * The registered assets with these serial numbers, by {@link #serialKey}: one query
	 * per type, on the unique index of type and serial number.
	 */
	Map<String, Asset> findBySerials(Map<String, Set<String>> serialsByType) {
		Map<String, Asset> found = new java.util.HashMap<>();
		serialsByType.forEach((type, serials) -> {
			if (!serials.isEmpty()) {
				this.mongo
					.find(Query.query(Criteria.where("type").is(type).and("serialNumber").in(serials)), Asset.class)
					.forEach(asset -> found.put(serialKey(asset.type(), asset.serialNumber()), asset));
			}
		});
		return found;
	}

	/**
	 * The registered assets with these tags, by tag, in one query on its unique index.
	 */
	Map<String, Asset> findByTags(Set<String> tags) {
		Map<String, Asset> found = new java.util.HashMap<>();
		if (!tags.isEmpty()) {
			this.mongo.find(Query.query(Criteria.where("tag").in(tags)), Asset.class)
				.forEach(asset -> found.put(asset.tag(), asset));
		}
		return found;
	}

	static String serialKey(String type, String serial) {
		return type + "\u0000" + serial;
	}

	/** The next {@code count} free tags, reserved in one write. */
	List<String> nextTags(int count) {
		if (count <= 0) {
			return List.of();
		}
		Counter counter = this.mongo.findAndModify(Query.query(Criteria.where("_id").is("asset-tag")),
				new Update().inc("value", count), FindAndModifyOptions.options().upsert(true).returnNew(true),
				Counter.class);
		List<String> tags = new ArrayList<>(count);
		for (long value = counter.value() - count + 1; value <= counter.value(); value++) {
			tags.add(String.format("AST-%06d", value));
		}
		return tags;
	}

	/**
	 * Registers new assets that are on nobody's name (each with its tag), in one ordered
	 * insert with their audit entries, appended in one go; answers the ids stored. An
	 * asset whose serial number or tag was taken meanwhile is not stored, nor are the
	 * ones after it (the caller registers those one at a time).
	 */
	Set<String> registerAll(List<Asset> assets, Actor by) {
		if (assets.isEmpty()) {
			return Set.of();
		}
		List<AuditOutbox.Owing> owing = new ArrayList<>(assets.size());
		Map<String, List<AuditDraft>> drafts = new LinkedHashMap<>();
		for (Asset asset : assets) {
			AuditDraft registered = audited(ASSET, asset.id(), "registered", by, "import", assetChanges(null, asset));
			owing.add(new AuditOutbox.Owing(asset, List.of(registered)));
			drafts.put(asset.id(), List.of(registered));
		}
		Set<String> stored;
		try {
			this.audit.insertAllOwing(Asset.class, owing);
			stored = drafts.keySet();
		}
		catch (DuplicateKeyException | org.springframework.data.mongodb.BulkOperationException raced) {
			stored = stored(drafts);
		}
		Map<String, List<AuditDraft>> written = new LinkedHashMap<>(drafts);
		written.keySet().retainAll(stored);
		this.audit.deliverAll(ASSETS, written);
		return stored;
	}

	/**
	 * Updates the descriptive fields of assets, each only if it is still as it was read,
	 * in one bulk write with their audit entries, appended in one go; answers the ids
	 * written (the caller repeats the others one at a time).
	 */
	Set<String> redescribeAll(List<Asset> before, List<Asset> after, Actor by) {
		if (before.isEmpty()) {
			return Set.of();
		}
		org.springframework.data.mongodb.core.BulkOperations bulk = this.mongo
			.bulkOps(org.springframework.data.mongodb.core.BulkOperations.BulkMode.UNORDERED, Asset.class);
		Map<String, List<AuditDraft>> drafts = new LinkedHashMap<>();
		for (int i = 0; i < before.size(); i++) {
			Asset was = before.get(i);
			Asset now = after.get(i);
			AuditDraft updated = audited(ASSET, was.id(), "updated", by, "import", assetChanges(was, now));
			bulk.updateOne(Query.query(unchanged(was)), this.audit.owing(Stored.replacing(this.mongo, now), updated));
			drafts.put(was.id(), List.of(updated));
		}
		Set<String> written;
		try {
			written = bulk.execute().getModifiedCount() == before.size() ? drafts.keySet() : stored(drafts);
		}
		catch (DuplicateKeyException | org.springframework.data.mongodb.BulkOperationException raced) {
			written = stored(drafts);
		}
		Map<String, List<AuditDraft>> delivered = new LinkedHashMap<>(drafts);
		delivered.keySet().retainAll(written);
		this.audit.deliverAll(ASSETS, delivered);
		return written;
	}

	/** Which of these assets hold their audit draft now (were written with it). */
	private Set<String> stored(Map<String, List<AuditDraft>> drafts) {
		Query query = Query.query(Criteria.where("_id")
			.in(drafts.keySet())
			.and(AuditOutbox.FIELD + ".key")
			.in(drafts.values().stream().flatMap(List::stream).map(AuditDraft::key).toList()));
		query.fields().include("_id");
		Set<String> ids = new java.util.HashSet<>();
		this.mongo.find(query, Asset.class).forEach(asset -> ids.add(asset.id()));
		return ids;
	}

	/** Updates descriptive fields; false when the asset changed meanwhile. */
	boolean redescribe(Asset before, Asset after, Actor by) {
		AuditDraft updated = audited(ASSET, before.id(), "updated", by, "import", assetChanges(before, after));
		if (!compareAndSet(before, after, updated)) {
			return false;
		}
		delivered(ASSETS, before.id(), updated);
		return true;
	}

	Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	static String type(String type) {
		return type.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
	}

	static String serial(String serial) {
		return serial.trim().toUpperCase(Locale.ROOT);
	}

	static String tag(String tag) {
		return tag.trim().toUpperCase(Locale.ROOT);
	}

	static Refusal tagTaken(String tag) {
		return new Refusal("tag-taken", "tag", "Tag " + tag + " is already on another asset");
	}

	// --- internals

	private void recordIssue(Asset asset, Actor by, IssueRequest r) {
		Assignment assignment = Assignment.issued(asset, by, blankToNull(r.ticketKey()), blankToNull(r.taskId()));
		Map<String, Object> changes = new LinkedHashMap<>();
		changes.putAll(AuditTrail.change("state", null, AssignmentState.ISSUED));
		changes.putAll(AuditTrail.change("assetId", null, asset.id()));
		changes.putAll(AuditTrail.change("serialNumber", null, asset.serialNumber()));
		changes.putAll(AuditTrail.change("employeeId", null, asset.current().employeeId()));
		AuditDraft issued = audited(ASSIGNMENT, assignment.id(), "issued", by, why(r), changes);
		try {
			this.audit.insertOwing(assignment, issued);
		}
		catch (DuplicateKeyException already) {
			return;
		}
		delivered(ASSIGNMENTS, assignment.id(), issued);
	}

	/**
	 * Writes the assignment a crash may have left unwritten after the asset was issued.
	 */
	private void ensureAssignment(Asset asset, Actor by, IssueRequest r) {
		if (this.mongo.findById(asset.current().assignmentId(), Assignment.class) == null) {
			recordIssue(asset, by, r);
		}
	}

	/** The assignment, restored from its asset when a crash left it unwritten. */
	private Assignment assignment(String assignmentId) {
		if (!StringUtils.hasText(assignmentId)) {
			throw new Refusal("invalid", "assignmentId", "Which assignment?");
		}
		Assignment assignment = this.mongo.findById(assignmentId, Assignment.class);
		if (assignment != null) {
			return assignment;
		}
		Asset asset = this.mongo.findOne(Query.query(Criteria.where("current.assignmentId").is(assignmentId)),
				Asset.class);
		if (asset == null) {
			throw new NotFound("Assignment", assignmentId);
		}
		recordIssue(asset, Actor.system("repair"), new IssueRequest(null, null, null, null, null, null));
		return this.mongo.findById(assignmentId, Assignment.class);
	}

	/** Brings the asset in line with an assignment that is waiting for receipt. */
	private void settleReturnPending(Assignment assignment, Actor by) {
		Asset asset = this.mongo.findById(assignment.assetId(), Asset.class);
		if (asset != null && holds(asset, assignment) && asset.status() == AssetStatus.ASSIGNED) {
			Asset pending = asset.returnPending();
			AuditDraft returnPending = audited(ASSET, asset.id(), "return-pending", by, null,
					assetChanges(asset, pending));
			if (compareAndSet(asset, pending, returnPending)) {
				delivered(ASSETS, asset.id(), returnPending);
			}
		}
	}

	/**
	 * Takes the asset off the name of a closed assignment, and restocks a good return.
	 */
	private void settleClosed(Assignment assignment, Actor by) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Asset asset = this.mongo.findById(assignment.assetId(), Asset.class);
			if (asset == null) {
				return;
			}
			if (holds(asset, assignment)) {
				Asset closed = switch (assignment.state()) {
					case LOST -> asset.lose(note("Reported lost", by, assignment.lostWhy()));
					case DISPOSED -> asset.dispose(note("Disposed of or sold", by, assignment.disposedWhy()));
					default -> asset.receive(Condition.DAMAGED.equals(assignment.condition())
							? note("Returned damaged, awaiting repair", by, null) : null);
				};
				AuditDraft closedDraft = audited(ASSET, asset.id(), switch (assignment.state()) {
					case LOST -> "lost";
					case DISPOSED -> "disposed";
					default -> "received";
				}, by, assignment.state() == AssignmentState.DISPOSED ? assignment.disposedWhy() : null,
						assetChanges(asset, closed));
				if (compareAndSet(asset, closed, closedDraft)) {
					delivered(ASSETS, asset.id(), closedDraft);
				}
				continue;
			}
			if (asset.status() == AssetStatus.RETURNED && assignment.state() == AssignmentState.RETURNED
					&& Condition.GOOD.equals(assignment.condition()) && isLatest(assignment)) {
				Asset restocked = asset.restock(null);
				AuditDraft restockedDraft = audited(ASSET, asset.id(), "restocked", by, "returned in good condition",
						assetChanges(asset, restocked));
				if (compareAndSet(asset, restocked, restockedDraft)) {
					delivered(ASSETS, asset.id(), restockedDraft);
				}
				else {
					continue;
				}
			}
			return;
		}
	}

	private boolean isLatest(Assignment assignment) {
		Assignment latest = this.mongo.findOne(Query.query(Criteria.where("assetId").is(assignment.assetId()))
			.with(Sort.by(Sort.Direction.DESC, "issuedAt"))
			.limit(1), Assignment.class);
		return latest != null && latest.id().equals(assignment.id());
	}

	private static boolean holds(Asset asset, Assignment assignment) {
		return asset.current() != null && assignment.id().equals(asset.current().assignmentId());
	}

	/**
	 * Writes {@code after} only if the stored asset is still {@code before}, with the
	 * change's audit entry.
	 */
	private boolean compareAndSet(Asset before, Asset after, AuditDraft audited) {
		String holderBefore = before.current() == null ? null : before.current().employeeId();
		String holderAfter = after.current() == null ? null : after.current().employeeId();
		if (holderAfter != null && !holderAfter.equals(holderBefore)) {
			mayHold(holderAfter, after.id());
		}
		boolean written = this.mongo.findAndModify(Query.query(unchanged(before)),
				this.audit.owing(Stored.replacing(this.mongo, after), audited),
				FindAndModifyOptions.options().returnNew(true), Asset.class) != null;
		if (written && holderBefore != null && !holderBefore.equals(holderAfter)) {
			this.holders.released(holderBefore, before.id());
			this.leavers.settled(holderBefore);
		}
		return written;
	}

	/** The asset's state a compare-and-set is computed from: status and loan. */
	private static Criteria unchanged(Asset before) {
		Criteria unchanged = Criteria.where("_id").is(before.id()).and("status").is(before.status());
		return before.current() == null ? unchanged.and("current").is(null)
				: unchanged.and("current.assignmentId").is(before.current().assignmentId());
	}

	/**
	 * Before the asset goes on the employee's name: the holder index, then the leaver
	 * index if they are leaving — read after the holder index entry, since a last working
	 * day written from then on keeps the leaver index entry by itself (see
	 * {@link LeaverIndex}).
	 */
	private void mayHold(String employeeId, String assetId) {
		this.holders.mayHold(employeeId, assetId);
		Optional<LocalDate> leavingOn = this.employees.find(employeeId).map(Employee::leavingOn);
		if (leavingOn.isPresent()) {
			this.leavers.mayOwe(employeeId, leavingOn.get());
		}
	}

	/**
	 * Writes {@code after} only if the stored assignment is still {@code before}, with
	 * the change's audit entry (if it has its own).
	 */
	private boolean compareAndSet(Assignment before, Assignment after, AuditDraft audited) {
		Criteria unchanged = Criteria.where("_id")
			.is(before.id())
			.and("state")
			.is(before.state())
			.and("receiptRecordId")
			.is(before.receiptRecordId());
		Update update = Stored.replacing(this.mongo, after);
		if (audited != null) {
			this.audit.owing(update, audited);
		}
		return this.mongo.findAndModify(Query.query(unchanged), update, FindAndModifyOptions.options().returnNew(true),
				Assignment.class) != null;
	}

	/** The audit entry of a change, to be written into the changed document with it. */
	private AuditDraft audited(String subjectType, String subjectId, String action, Actor by, String why,
			Map<String, ?> changes) {
		return AuditDraft.fresh(this.clock.instant(), subjectType, subjectId, action, by, why, changes);
	}

	private void delivered(String collection, String documentId, AuditDraft draft) {
		this.audit.deliver(collection, documentId, List.of(draft));
	}

	private String nextTag() {
		Counter counter = this.mongo.findAndModify(Query.query(Criteria.where("_id").is("asset-tag")),
				new Update().inc("value", 1), FindAndModifyOptions.options().upsert(true).returnNew(true),
				Counter.class);
		return String.format("AST-%06d", counter.value());
	}

	private static Map<String, Object> assetChanges(Asset before, Asset after) {
		Map<String, Object> changes = new LinkedHashMap<>();
		put(changes, "tag", before == null ? null : before.tag(), after.tag());
		put(changes, "type", before == null ? null : before.type(), after.type());
		put(changes, "model", before == null ? null : before.model(), after.model());
		put(changes, "serialNumber", before == null ? null : before.serialNumber(), after.serialNumber());
		put(changes, "status", before == null ? null : before.status(), after.status());
		put(changes, "location", before == null ? null : before.location(), after.location());
		put(changes, "notes", before == null ? null : before.notes(), after.notes());
		put(changes, "holder", before == null || before.current() == null ? null : before.current().employeeId(),
				after.current() == null ? null : after.current().employeeId());
		put(changes, "assignmentId",
				before == null || before.current() == null ? null : before.current().assignmentId(),
				after.current() == null ? null : after.current().assignmentId());
		return changes;
	}

	private static void put(Map<String, Object> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.putAll(AuditTrail.change(field, before, after));
		}
	}

	private String note(String what, Actor by, String why) {
		return what + " on " + LocalDate.now(this.clock) + " by " + by.name() + (why != null ? ": " + why : "");
	}

	private static String why(IssueRequest r) {
		if (r.ticketKey() == null && r.taskId() == null) {
			return null;
		}
		return "ticket " + r.ticketKey() + (r.taskId() != null ? ", task " + r.taskId() : "");
	}

	private static String validate(Signature s) {
		require(s != null, "signature", "A signature is needed");
		require(StringUtils.hasText(s.signerId()), "signerId", "Who signed?");
		require(s.channel() != null, "channel", "Through which channel was it signed?");
		require(StringUtils.hasText(s.contentShown()), "contentShown", "What was shown to the signer?");
		return sha256(s.contentShown());
	}

	static String sha256(String content) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String signerName(Signature s) {
		return StringUtils.hasText(s.signerName()) ? s.signerName() : s.signerId();
	}

	private static Actor actorOf(Signature s) {
		return new Actor(s.signerId(), signerName(s), s.channel());
	}

	private static void require(boolean condition, String field, String message) {
		if (!condition) {
			throw new Refusal("invalid", field, message);
		}
	}

	private static String blankToNull(String value) {
		return StringUtils.hasText(value) ? value.trim() : null;
	}

	/** The descriptive fields an import may set while issuing. */
	record Description(String tag, String location, String notes) {

		static final Description NONE = new Description(null, null, null);

	}

	/** The state an asset is returned in. */
	static final class Condition {

		static final String GOOD = "good";

		static final String DAMAGED = "damaged";

		private Condition() {
		}

		static String of(String condition) {
			if (!StringUtils.hasText(condition)) {
				return GOOD;
			}
			String value = condition.trim().toLowerCase(Locale.ROOT);
			if (!value.equals(GOOD) && !value.equals(DAMAGED)) {
				throw new Refusal("invalid", "condition", "Condition is good or damaged, not " + condition);
			}
			return value;
		}

	}

	@org.springframework.data.mongodb.core.mapping.Document("asset_counters")
	record Counter(String id, long value) {

	}

}
