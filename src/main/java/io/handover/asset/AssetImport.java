package io.handover.asset;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.handover.common.Actor;
import io.handover.common.Refusal;
import io.handover.employee.Csv;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.ImportReport;
import io.handover.employee.ImportReport.Outcome;
import io.handover.employee.ImportReport.Problem;
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
 */
@Service
public class AssetImport {

	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("tag", "tag"),
			Map.entry("assettag", "tag"), Map.entry("type", "type"), Map.entry("assettype", "type"),
			Map.entry("model", "model"), Map.entry("serialnumber", "serialNumber"), Map.entry("serial", "serialNumber"),
			Map.entry("serialno", "serialNumber"), Map.entry("status", "status"), Map.entry("location", "location"),
			Map.entry("notes", "notes"), Map.entry("note", "notes"), Map.entry("assignedto", "assignedTo"),
			Map.entry("holder", "assignedTo"), Map.entry("employee", "assignedTo"));

	private static final Set<AssetStatus> IMPORTABLE = Set.of(AssetStatus.IN_STOCK, AssetStatus.RETIRED);

	private final AssetRegister register;

	private final EmployeeDirectory employees;

	AssetImport(AssetRegister register, EmployeeDirectory employees) {
		this.register = register;
		this.employees = employees;
	}

	public ImportReport importCsv(Reader csv, Actor by) {
		return Csv.read(csv, COLUMNS, Set.of("type", "serialNumber"), (row, values) -> importRow(row, values, by));
	}

	/** The same from the first sheet of an Excel workbook. */
	public ImportReport importXlsx(java.io.InputStream xlsx, Actor by) {
		return io.handover.employee.Spreadsheet.read(xlsx, COLUMNS, Set.of("type", "serialNumber"),
				(row, values) -> importRow(row, values, by));
	}

	private ImportReport.Row importRow(long row, Map<String, String> values, Actor by) {
		List<Problem> problems = new ArrayList<>();
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
		Employee holder = null;
		if (values.containsKey("assignedTo")) {
			holder = this.employees.identify(values.get("assignedTo")).orElse(null);
			if (holder == null) {
				problems.add(new Problem("assignedTo", "no employee is known as " + values.get("assignedTo")));
			}
			else if (status == AssetStatus.RETIRED) {
				problems.add(new Problem("status", "a retired asset cannot be assigned to " + holder.name()));
			}
		}
		if (!problems.isEmpty()) {
			return ImportReport.Row.rejected(row, problems);
		}
		try {
			return store(row, type, serial, tag, status, values, holder, by);
		}
		catch (Refusal refused) {
			return ImportReport.Row.rejected(row, List.of(new Problem(refused.field(), refused.getMessage())));
		}
	}

	private ImportReport.Row store(long row, String type, String serial, String tag, AssetStatus status,
			Map<String, String> values, Employee holder, Actor by) {
		for (int attempt = 0; attempt < 5; attempt++) {
			Asset known = this.register.findBySerial(type, serial);
			if (tag != null) {
				Asset tagged = this.register.findByTag(tag);
				if (tagged != null && (known == null || !tagged.id().equals(known.id()))) {
					return ImportReport.Row.rejected(row, List.of(new Problem("tag",
							"tag " + tag + " is already on " + tagged.type() + " " + tagged.serialNumber())));
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
