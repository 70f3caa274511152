package io.handover.asset;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import io.handover.common.Refusal;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A company item. The asset document is the single source of truth for who holds it: it
 * carries its current {@link Loan}, and every change is a compare-and-set on status and
 * loan, so no crash or race can put it on two names at once. Transitions are pure: each
 * verb returns the asset as it should be afterwards, or refuses.
 */
@Document("assets")
@CompoundIndex(name = "serial_per_type", def = "{'type': 1, 'serialNumber': 1}", unique = true)
final class Asset {

	@Id
	private final String id;

	@Indexed(unique = true)
	private final String tag;

	private final String type;

	private final String model;

	private final String serialNumber;

	@Indexed
	private final AssetStatus status;

	private final String location;

	private final String notes;

	/** On whose name it is now; null unless ASSIGNED or RETURN_PENDING. */
	private final Loan current;

	private final Instant registeredAt;

	@PersistenceCreator
	Asset(String id, String tag, String type, String model, String serialNumber, AssetStatus status, String location,
			String notes, Loan current, Instant registeredAt) {
		this.id = id;
		this.tag = tag;
		this.type = type;
		this.model = model;
		this.serialNumber = serialNumber;
		this.status = status;
		this.location = location;
		this.notes = notes;
		this.current = current;
		this.registeredAt = registeredAt;
	}

	/**
	 * Who holds the asset, copied onto it so that the question needs one document.
	 * {@code current.employeeId} is indexed.
	 */
	record Loan(String assignmentId, @Indexed String employeeId, String employeeName, Instant since) {

	}

	/**
	 * Puts the asset on a name. Refuses while it is on someone's name, naming them and
	 * the day (in {@code zone}) they got it.
	 */
	Asset issueTo(Loan loan, ZoneId zone) {
		if (this.current != null) {
			throw new Refusal("asset-assigned", "serialNumber", this.serialNumber + " is already assigned to "
					+ this.current.employeeName() + " since " + LocalDate.ofInstant(this.current.since(), zone));
		}
		requireStatus("issue", EnumSet.of(AssetStatus.IN_STOCK), "serialNumber");
		return with(AssetStatus.ASSIGNED, loan, this.notes);
	}

	/** The holder signed that they returned it. */
	Asset returnPending() {
		requireStatus("mark returned", EnumSet.of(AssetStatus.ASSIGNED));
		return with(AssetStatus.RETURN_PENDING, this.current, this.notes);
	}

	/** Staff have it in hand: off the holder's name, not yet back in stock. */
	Asset receive(String note) {
		requireStatus("receive", EnumSet.of(AssetStatus.ASSIGNED, AssetStatus.RETURN_PENDING));
		return with(AssetStatus.RETURNED, null, appended(note));
	}

	Asset lose(String note) {
		requireStatus("report lost", EnumSet.of(AssetStatus.ASSIGNED, AssetStatus.RETURN_PENDING));
		return with(AssetStatus.LOST, null, appended(note));
	}

	/** Wiped, e.g. remotely after a loss, or before it is reused. */
	Asset wipe(String note) {
		requireStatus("wipe", EnumSet.of(AssetStatus.RETURNED, AssetStatus.LOST));
		return with(AssetStatus.WIPED, null, appended(note));
	}

	/** Back on the shelf: received in good order, repaired, wiped, or found again. */
	Asset restock(String note) {
		requireStatus("put back in stock", EnumSet.of(AssetStatus.RETURNED, AssetStatus.WIPED, AssetStatus.LOST));
		return with(AssetStatus.IN_STOCK, null, appended(note));
	}

	Asset retire(String note) {
		requireStatus("retire",
				EnumSet.of(AssetStatus.IN_STOCK, AssetStatus.RETURNED, AssetStatus.WIPED, AssetStatus.LOST));
		return with(AssetStatus.RETIRED, null, appended(note));
	}

	/** Descriptive fields only; status and holder change through the verbs. */
	/**
	 * Leaves the organisation for good (disposed of, or sold): off anyone's name,
	 * retired.
	 */
	Asset dispose(String note) {
		requireStatus("dispose of", EnumSet.of(AssetStatus.ASSIGNED, AssetStatus.RETURN_PENDING, AssetStatus.IN_STOCK,
				AssetStatus.RETURNED, AssetStatus.WIPED, AssetStatus.LOST));
		return with(AssetStatus.RETIRED, null, appended(note));
	}

	Asset describe(String tag, String model, String location, String notes) {
		return new Asset(this.id, tag != null ? tag : this.tag, this.type, model != null ? model : this.model,
				this.serialNumber, this.status, location != null ? location : this.location,
				notes != null ? notes : this.notes, this.current, this.registeredAt);
	}

	private void requireStatus(String action, Set<AssetStatus> allowed) {
		requireStatus(action, allowed, "status");
	}

	private void requireStatus(String action, Set<AssetStatus> allowed, String field) {
		if (!allowed.contains(this.status)) {
			throw new Refusal("asset-" + this.status.name().toLowerCase(Locale.ROOT).replace('_', '-'), field,
					"Cannot " + action + " " + describe() + ": it is " + this.status);
		}
	}

	private String appended(String note) {
		if (note == null || note.isBlank()) {
			return this.notes;
		}
		return this.notes == null || this.notes.isBlank() ? note : this.notes + "\n" + note;
	}

	private Asset with(AssetStatus status, Loan current, String notes) {
		return new Asset(this.id, this.tag, this.type, this.model, this.serialNumber, status, this.location, notes,
				current, this.registeredAt);
	}

	String describe() {
		return this.type + " " + this.serialNumber + " (" + this.tag + ")";
	}

	String id() {
		return this.id;
	}

	String tag() {
		return this.tag;
	}

	String type() {
		return this.type;
	}

	String model() {
		return this.model;
	}

	String serialNumber() {
		return this.serialNumber;
	}

	AssetStatus status() {
		return this.status;
	}

	String location() {
		return this.location;
	}

	String notes() {
		return this.notes;
	}

	Loan current() {
		return this.current;
	}

	Instant registeredAt() {
		return this.registeredAt;
	}

	AssetHolder holder() {
		return new AssetHolder(this.id, this.tag, this.type, this.model, this.serialNumber, this.status, this.location,
				this.current != null ? this.current.employeeId() : null,
				this.current != null ? this.current.employeeName() : null,
				this.current != null ? this.current.assignmentId() : null,
				this.current != null ? this.current.since() : null);
	}

	/** The holding this asset represents for its current holder; null when not held. */
	Holding holding() {
		if (this.current == null) {
			return null;
		}
		AssignmentState state = this.status == AssetStatus.RETURN_PENDING ? AssignmentState.RETURN_PENDING
				: AssignmentState.ISSUED;
		return new Holding(this.current.assignmentId(), this.id, this.tag, this.type, this.model, this.serialNumber,
				state);
	}

}
