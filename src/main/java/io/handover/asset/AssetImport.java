package io.handover.asset;

import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.handover.common.Actor;
import io.handover.common.Refusal;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.imports.BatchedImport;
import io.handover.imports.Csv;
import io.handover.imports.ImportReport;
import io.handover.imports.ImportReport.Outcome;
import io.handover.imports.ImportReport.Problem;
import io.handover.imports.ImportRuns;
import io.handover.imports.Spreadsheet;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;

/**
 * Imports assets from CSV: columns {@code tag, type, model, serialNumber, status,
 * location, notes, assignedTo}; {@code type} and {@code serialNumber} are required.
 *
 * <p>
 * A row is matched to a registered asset by type and serial number, so importing the same
 * file again creates nothing new. For a new asset, {@code status} may be {@code IN_STOCK}
 * (the default) or {@code RETIRED}; a known asset keeps its status (status changes go
 * through the register's verbs) and only its descriptive fields change.
 * {@code assignedTo} (UPN, HR employee id, Entra object id or Handover id) issues the
 * asset to that employee in the same write. Each row is validated completely before it
 * writes anything, and writes one asset document, so a rejected row changes nothing.
 * <p>
 * The file is read as a stream and written {@value BatchedImport#BATCH} rows at a time
 * ({@link BatchedImport}, as the employee import): per batch one look-up of the known
 * assets by serial number per type, one by tag and one per identity of the holders, one
 * reservation of the tags to generate, one insert of the new assets and one bulk update
 * of the changed ones, each with its audit entries appended in one go; so the time grows
 * with the file, not with the register. Rows that issue an asset to someone, and rows
 * that name a serial number or tag an earlier row of the batch named, are written one at
 * a time after the batch (in the file's order, so the file reads as if row by row), as is
 * a row whose batched write met a change made meanwhile.
 */
@Service
public class AssetImport {

	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("tag", "tag"),
			Map.entry("assettag", "tag"), Map.entry("type", "type"), Map.entry("assettype", "type"),
			Map.entry("model", "model"), Map.entry("serialnumber", "serialNumber"), Map.entry("serial", "serialNumber"),
			Map.entry("serialno", "serialNumber"), Map.entry("status", "status"), Map.entry("location", "location"),
			Map.entry("notes", "notes"), Map.entry("note", "notes"), Map.entry("assignedto", "assignedTo"),
			Map.entry("holder", "assignedTo"), Map.entry("employee", "assignedTo"));

	private static final Set<String> REQUIRED = Set.of("type", "serialNumber");

	private static final Set<AssetStatus> IMPORTABLE = Set.of(AssetStatus.IN_STOCK, AssetStatus.RETIRED);

	private final AssetRegister register;

	private final EmployeeDirectory employees;

	private final ImportRuns runs;

	AssetImport(AssetRegister register, EmployeeDirectory employees, ImportRuns runs) {
		this.register = register;
		this.employees = employees;
		this.runs = runs;
	}

	/** Imports a (small) file and answers the report with every row. */
	public ImportReport importCsv(Reader csv, Actor by) {
		return batches(by).report((rows) -> Csv.stream(csv, COLUMNS, REQUIRED, rows));
	}

	/**
	 * Imports a file of any size under its record in {@link ImportRuns} (progress and
	 * cancel), handing each row's result to {@code results} as its batch is done.
	 */
	public BatchedImport.Ended importCsv(Reader csv, Actor by, String runId, BatchedImport.Results results) {
		return batches(by).run((rows) -> Csv.stream(csv, COLUMNS, REQUIRED, rows), runId, results);
	}

	/** The same from the first sheet of an Excel workbook, in the same batches. */
	public ImportReport importXlsx(java.io.InputStream xlsx, Actor by) {
		return batches(by).report((rows) -> Spreadsheet.stream(xlsx, COLUMNS, REQUIRED, rows));
	}

	private BatchedImport batches(Actor by) {
		return new BatchedImport("Asset import", AssetImport::check, (rows) -> write(rows, by), this.runs);
	}

	/** A row's values, cleaned; null when the row is rejected for them. */
	private record Parsed(long row, String type, String serial, String tag, AssetStatus status, String holderKey,
			Map<String, String> values) {

		String serialKey() {
			return AssetRegister.serialKey(this.type, this.serial);
		}

	}

	/** What is wrong with the row by itself (no look-up), or null. */
	private static ImportReport.Row check(long row, Map<String, String> values) {
		List<Problem> problems = new ArrayList<>();
		parse(row, values, problems);
		return problems.isEmpty() ? null : ImportReport.Row.rejected(row, problems);
	}

	private static Parsed parse(long row, Map<String, String> values, List<Problem> problems) {
		String type = values.containsKey("type") ? AssetRegister.type(values.get("type")) : null;
		String serial = values.containsKey("serialNumber") ? AssetRegister.serial(values.get("serialNumber")) : null;
		String tag = values.containsKey("tag") ? AssetRegister.tag(values.get("tag")) : null;
		if (type == null) {
			problems.add(new Problem("type", "the asset type is needed, e.g. laptop"));
		}
		else if (!type.matches("[a-z0-9][a-z0-9-]{0,59}")) {
			problems.add(new Problem("type", values.get("type") + " is not a type (letters, digits and dashes)"));
		}
		if (serial == null) {
			problems.add(new Problem("serialNumber", "the serial number is needed"));
		}
		else if (serial.length() > 100) {
			problems.add(new Problem("serialNumber", "is longer than 100 characters"));
		}
		if (tag != null && tag.length() > 40) {
			problems.add(new Problem("tag", "is longer than 40 characters"));
		}
		AssetStatus status = status(values.get("status"), problems);
		String holderKey = values.containsKey("assignedTo") ? values.get("assignedTo").trim() : null;
		return new Parsed(row, type, serial, tag, status, holderKey, values);
	}

	/** A batch of checked rows: looked up and written together, see the class comment. */
	private List<ImportReport.Row> write(List<BatchedImport.Accepted> accepted, Actor by) {
		int size = accepted.size();
		Parsed[] rows = new Parsed[size];
		Map<String, Set<String>> serialsByType = new LinkedHashMap<>();
		Set<String> tags = new LinkedHashSet<>();
		Set<String> holderKeys = new LinkedHashSet<>();
		for (int i = 0; i < size; i++) {
			Parsed p = parse(accepted.get(i).row(), accepted.get(i).values(), new ArrayList<>());
			rows[i] = p;
			serialsByType.computeIfAbsent(p.type(), t -> new LinkedHashSet<>()).add(p.serial());
			if (p.tag() != null) {
				tags.add(p.tag());
			}
			if (p.holderKey() != null) {
				holderKeys.add(p.holderKey());
			}
		}
		Map<String, Asset> known = this.register.findBySerials(serialsByType);
		Map<String, Asset> tagged = this.register.findByTags(tags);
		Map<String, Employee> holders = this.employees.identifyAll(holderKeys);

		ImportReport.Row[] results = new ImportReport.Row[size];
		Employee[] holderOf = new Employee[size];
		java.util.TreeSet<Integer> oneByOne = new java.util.TreeSet<>();
		Set<String> claimed = new java.util.HashSet<>();
		List<Integer> inserts = new ArrayList<>();
		List<Integer> updates = new ArrayList<>();
		List<Asset> updatedBefore = new ArrayList<>();
		List<Asset> updatedAfter = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			Parsed p = rows[i];
			List<String> keys = new ArrayList<>(List.of("serial:" + p.serialKey()));
			if (p.tag() != null) {
				keys.add("tag:" + p.tag());
			}
			boolean again = keys.stream().anyMatch(claimed::contains);
			claimed.addAll(keys);
			Employee holder = null;
			if (p.holderKey() != null) {
				holder = holders.get(p.holderKey());
				if (holder == null) {
					results[i] = ImportReport.Row.rejected(p.row(), List
						.of(new Problem("assignedTo", "no employee is known as " + p.values().get("assignedTo"))));
					continue;
				}
				if (p.status() == AssetStatus.RETIRED) {
					results[i] = ImportReport.Row.rejected(p.row(),
							List.of(new Problem("status", "a retired asset cannot be assigned to " + holder.name())));
					continue;
				}
				holderOf[i] = holder;
			}
			if (again) {
				// an earlier row of this batch named the same asset or tag: after it
				oneByOne.add(i);
				continue;
			}
			Asset asset = known.get(p.serialKey());
			if (p.tag() != null) {
				Asset withTag = tagged.get(p.tag());
				if (withTag != null && (asset == null || !withTag.id().equals(asset.id()))) {
					results[i] = tagTaken(p.row(), p.tag(), withTag);
					continue;
				}
			}
			if (holder != null && (asset == null || asset.current() == null
					|| !holder.id().equals(asset.current().employeeId()))) {
				oneByOne.add(i);
				continue;
			}
			if (asset == null) {
				inserts.add(i);
				continue;
			}
			Asset described = asset.describe(p.tag(), p.values().get("model"), p.values().get("location"),
					p.values().get("notes"));
			if (sameDescription(asset, described)) {
				results[i] = ImportReport.Row.done(p.row(), Outcome.UNCHANGED, asset.id());
			}
			else {
				updates.add(i);
				updatedBefore.add(asset);
				updatedAfter.add(described);
			}
		}

		List<String> generated = new ArrayList<>(
				this.register.nextTags((int) inserts.stream().filter(i -> rows[i].tag() == null).count()));
		List<Asset> fresh = new ArrayList<>(inserts.size());
		Instant now = this.register.now();
		for (int i : inserts) {
			Parsed p = rows[i];
			// the id is given before the insert: the asset's audit entry, written with
			// it,
			// names it
			fresh.add(new Asset(new ObjectId().toHexString(), p.tag() != null ? p.tag() : generated.remove(0), p.type(),
					p.values().get("model"), p.serial(), p.status() != null ? p.status() : AssetStatus.IN_STOCK,
					p.values().get("location"), p.values().get("notes"), null, now));
		}
		Set<String> stored = this.register.registerAll(fresh, by);
		for (int k = 0; k < inserts.size(); k++) {
			int i = inserts.get(k);
			if (stored.contains(fresh.get(k).id())) {
				results[i] = ImportReport.Row.done(rows[i].row(), Outcome.CREATED, fresh.get(k).id());
			}
			else {
				oneByOne.add(i);
			}
		}
		Set<String> updated = this.register.redescribeAll(updatedBefore, updatedAfter, by);
		for (int k = 0; k < updates.size(); k++) {
			int i = updates.get(k);
			if (updated.contains(updatedBefore.get(k).id())) {
				results[i] = ImportReport.Row.done(rows[i].row(), Outcome.UPDATED, updatedBefore.get(k).id());
			}
			else {
				oneByOne.add(i);
			}
		}
		for (int i : oneByOne) {
			Parsed p = rows[i];
			try {
				results[i] = store(p.row(), p.type(), p.serial(), p.tag(), p.status(), p.values(), holderOf[i], by);
			}
			catch (Refusal refused) {
				results[i] = ImportReport.Row.rejected(p.row(),
						List.of(new Problem(refused.field(), refused.getMessage())));
			}
		}
		return java.util.Arrays.asList(results);
	}

	private static ImportReport.Row tagTaken(long row, String tag, Asset tagged) {
		return ImportReport.Row.rejected(row, List
			.of(new Problem("tag", "tag " + tag + " is already on " + tagged.type() + " " + tagged.serialNumber())));
	}

	private ImportReport.Row store(long row, String type, String serial, String tag, AssetStatus status,
			Map<String, String> values, Employee holder, Actor by) {
		for (int attempt = 0; attempt < 5; attempt++) {
			Asset known = this.register.findBySerial(type, serial);
			if (tag != null) {
				Asset tagged = this.register.findByTag(tag);
				if (tagged != null && (known == null || !tagged.id().equals(known.id()))) {
					return tagTaken(row, tag, tagged);
				}
			}
			if (holder != null && (known == null || known.current() == null
					|| !holder.id().equals(known.current().employeeId()))) {
				// issuing writes the description in the same single-document write
				Asset issued = this.register.issue(
						new IssueRequest(holder.id(), type, values.get("model"), serial, null, null),
						new AssetRegister.Description(tag, values.get("location"), values.get("notes")), by);
				return ImportReport.Row.done(row, known == null ? Outcome.CREATED : Outcome.UPDATED, issued.id());
			}
			if (known == null) {
				// the id is given before the insert: the asset's audit entry, written
				// with
				// it, names it
				Asset created = this.register.register(new Asset(new ObjectId().toHexString(), tag, type,
						values.get("model"), serial, status != null ? status : AssetStatus.IN_STOCK,
						values.get("location"), values.get("notes"), null, this.register.now()), by);
				if (created != null) {
					return ImportReport.Row.done(row, Outcome.CREATED, created.id());
				}
				continue;
			}
			Asset described = known.describe(tag, values.get("model"), values.get("location"), values.get("notes"));
			if (sameDescription(known, described)) {
				return ImportReport.Row.done(row, Outcome.UNCHANGED, known.id());
			}
			if (this.register.redescribe(known, described, by)) {
				return ImportReport.Row.done(row, Outcome.UPDATED, known.id());
			}
		}
		throw new Refusal("busy", null, "the asset kept changing while it was imported; import the row again");
	}

	private static boolean sameDescription(Asset a, Asset b) {
		return Objects.equals(a.tag(), b.tag()) && Objects.equals(a.model(), b.model())
				&& Objects.equals(a.location(), b.location()) && Objects.equals(a.notes(), b.notes());
	}

	private static AssetStatus status(String value, List<Problem> problems) {
		if (value == null) {
			return null;
		}
		String name = value.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
		AssetStatus status;
		try {
			status = AssetStatus.valueOf(name);
		}
		catch (IllegalArgumentException unknown) {
			problems.add(new Problem("status", value + " is not a status; one of "
					+ Arrays.stream(AssetStatus.values()).map(Enum::name).collect(Collectors.joining(", "))));
			return null;
		}
		if (!IMPORTABLE.contains(status)) {
			problems.add(new Problem("status", "an imported asset is IN_STOCK or RETIRED (or give assignedTo); "
					+ status + " is reached through the register"));
			return null;
		}
		return status;
	}

}
