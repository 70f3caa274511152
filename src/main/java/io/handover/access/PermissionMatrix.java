package io.handover.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Who may make Handover do what, through which channel: the one table docs/access.md
 * shows (generated from here, {@link #markdown()}) and the permission matrix tests check
 * against the running service, cell by cell. Changing a rule means changing this table,
 * the code that enforces it, and docs/access.md together.
 * <p>
 * Actors: an Administrator, the staff of IT, FM and HR, a Manager, and anyone else (a
 * valid token without a Handover role; in Teams a person in no department, e.g. the
 * member of a team whose channel link waits for an Administrator). In the API the roles
 * come from the token ({@link Roles}); in Teams from configuration, the department's
 * Entra group or an approved team.
 */
public final class PermissionMatrix {

	/** Who acts. */
	public enum Who {

		ADMIN("Admin"), IT("IT staff"), FM("FM staff"), HR("HR staff"), MANAGER("Manager"), OTHER("Anyone else");

		private final String title;

		Who(String title) {
			this.title = title;
		}

		public String title() {
			return this.title;
		}

	}

	/** Through which channel. */
	public enum Via {

		API("REST API"), TEAMS("Teams");

		private final String title;

		Via(String title) {
			this.title = title;
		}

		public String title() {
			return this.title;
		}

	}

	/** The answer a cell gives. */
	public enum Kind {

		/** Done at once. */
		YES,
		/** Refused (403 in the API, the refusal card in Teams), audited. */
		NO,
		/** Accepted as a request that someone else confirms or approves first. */
		REQUEST,
		/** Allowed under the condition the cell names (checked by the domain). */
		ONLY

	}

	/** One cell: the kind of answer and how docs/access.md says it. */
	public record Cell(Kind kind, String text) {

		static Cell of(String text) {
			return switch (text) {
				case "yes" -> new Cell(Kind.YES, text);
				case "no" -> new Cell(Kind.NO, text);
				default -> text.startsWith("request") ? new Cell(Kind.REQUEST, text) : new Cell(Kind.ONLY, text);
			};
		}

	}

	/**
	 * One action through one channel.
	 *
	 * @param action what is done, in docs/access.md's words
	 * @param via the channel
	 * @param how the endpoint or card
	 * @param cells the answer per actor
	 * @param provedBy the test that checks the row against the running service
	 */
	public record Rule(String action, Via via, String how, Map<Who, Cell> cells, String provedBy) {

		public Cell cell(Who who) {
			return this.cells.get(who);
		}

	}

	/** The test that checks a row's every cell through the API with tokens per role. */
	public static final String API_MATRIX = "PermissionMatrixApiTests";

	/** The test that checks a row's cells through Teams activities and card clicks. */
	public static final String TEAMS_MATRIX = "PermissionMatrixTeamsTests";

	private static final List<Rule> RULES = List.of(
			rule("Announce a starter", Via.API, "POST /api/tickets", API_MATRIX, "yes", "request", "request", "yes",
					"own new report if they manage people; others a request", "no"),
			rule("Announce a leaver", Via.API, "POST /api/tickets", API_MATRIX, "yes", "request", "request", "yes",
					"own reports; others a request", "no"),
			rule("Cancel a ticket", Via.API, "POST /api/tickets/{key}/cancel", API_MATRIX, "yes", "no", "no", "yes",
					"own reports", "no"),
			rule("Edit a role profile", Via.API, "PUT /api/profiles/{key}", API_MATRIX, "yes", "no", "no", "no", "no",
					"no"),
			rule("Edit the application register", Via.API, "PUT /api/apps/{key}", API_MATRIX, "yes", "no", "no", "no",
					"no", "no"),
			rule("Claim an IT task", Via.API, "POST /api/tasks/{id}/claim", API_MATRIX, "yes", "yes", "no", "no", "no",
					"no"),
			rule("Complete an IT task", Via.API, "POST /api/tasks/{id}/complete", API_MATRIX, "yes", "yes", "no", "no",
					"no", "no"),
			rule("Complete an FM task", Via.API, "POST /api/tasks/{id}/complete", API_MATRIX, "yes", "no", "yes", "no",
					"no", "no"),
			rule("Approve a remote wipe", Via.API, "POST /api/tasks/{id}/remote-wipe-approval", API_MATRIX, "no",
					"a second IT person", "no", "no", "no", "no"),
			rule("Ask to release a leaver's Apple device", Via.API,
					"POST /api/tickets/{key}/apple-devices/{serial}/release", "RunbookApiAuthorisationTests", "no",
					"yes", "no", "no", "no", "no"),
			rule("Approve an Apple device's release", Via.API, "POST /api/tasks/{id}/apple-release-approval",
					"RunbookApiAuthorisationTests", "no", "a second IT person", "no", "no", "no", "no"),
			rule("Retry an Apple Business step", Via.API, "POST /api/tasks/{id}/apple-business-retry",
					"RunbookApiAuthorisationTests", "yes", "yes", "no", "no", "no", "no"),
			rule("Create a Temporary Access Pass", Via.API, "POST /api/tickets/{key}/temporary-access-pass", API_MATRIX,
					"ticket by HR or manager of record", "ticket by HR or manager of record", "no", "no", "no", "no"),
			rule("Record a paper signature (IT task)", Via.API, "POST /api/tasks/{id}/return", API_MATRIX,
					"in own name", "in own name", "no", "no", "no", "no"),
			rule("Read the audit trail", Via.API, "GET /api/audit", API_MATRIX, "yes", "no", "no", "no", "no", "no"),
			rule("Map an HR job to a role profile", Via.API, "PUT /api/hr/job-profiles/{job}", API_MATRIX, "yes", "no",
					"no", "yes", "no", "no"),
			rule("Read the HR sources' last syncs", Via.API, "GET /api/hr/sources", API_MATRIX, "yes", "no", "no",
					"yes", "no", "no"),
			rule("Read an HR source now", Via.API, "POST /api/hr/sources/{system}/try-now", API_MATRIX,
					"a configured source", "no", "no", "a configured source", "no", "no"),
			rule("Ask the offboarding guard to check a leaver", Via.API, "POST /api/leavers/{id}/check",
					"GuardApiAuthorisationTests", "yes", "yes", "no", "no", "no", "no"),
			rule("See the overview", Via.API, "GET /api/portal/overview", API_MATRIX, "every ticket", "IT's tasks",
					"FM's tasks", "every ticket", "own reports", "no"),
			rule("See a ticket's page", Via.API, "GET /api/portal/tickets/{key}", API_MATRIX, "yes",
					"tickets with IT tasks", "tickets with FM tasks", "yes", "own reports", "no"),
			rule("See the department queues", Via.API, "GET /api/portal/queues", API_MATRIX, "every department",
					"IT's queue", "FM's queue", "every department", "own reports' tasks", "no"),
			rule("Search the register", Via.API, "GET /api/portal/register", API_MATRIX, "yes", "yes", "yes", "yes",
					"own reports, no assets", "no"),
			rule("See a person's page", Via.API, "GET /api/portal/people/{id}", API_MATRIX, "yes", "yes", "yes", "yes",
					"own reports, no assets", "no"),
			rule("See an asset's history", Via.API, "GET /api/portal/assets/{key}", API_MATRIX, "yes", "yes", "yes",
					"yes", "no", "no"),
			rule("See the outstanding assets of past leavers", Via.API, "GET /api/portal/outstanding", API_MATRIX,
					"yes", "yes", "yes", "yes", "own reports", "no"),
			rule("See the admin page", Via.API, "GET /api/portal/admin", API_MATRIX, "yes", "no", "no",
					"HR sources and job table", "no", "no"),
			rule("Announce a starter", Via.TEAMS, "personal chat", "TicketRequestTests", "yes", "request", "request",
					"yes", "own new report if they manage people; others a request", "request"),
			rule("Announce a leaver", Via.TEAMS, "personal chat", "TicketRequestTests", "yes", "request", "request",
					"yes", "own reports; others a request", "request"),
			rule("Confirm an announcement request", Via.TEAMS, "request card", "TicketRequestTests", "yes", "no", "no",
					"yes", "own reports", "no"),
			rule("Link a channel to a department", Via.TEAMS, "@Handover link IT", TEAMS_MATRIX, "yes",
					"request an Admin approves", "request an Admin approves", "request an Admin approves",
					"request an Admin approves", "request an Admin approves"),
			rule("Approve a channel link", Via.TEAMS, "link request card", TEAMS_MATRIX, "yes", "no", "no", "no", "no",
					"no"),
			rule("Claim an IT task", Via.TEAMS, "IT's task card", TEAMS_MATRIX, "no", "yes", "no", "no", "no", "no"),
			rule("Complete an IT task", Via.TEAMS, "IT's task card", TEAMS_MATRIX, "no", "yes", "no", "no", "no", "no"),
			rule("Approve a remote wipe", Via.TEAMS, "IT's task card", "WipeApprovalTests", "no", "a second IT person",
					"no", "no", "no", "no"),
			rule("Ask to release a leaver's Apple device", Via.TEAMS, "IT's task card", "AppleReleaseApprovalTests",
					"no", "yes", "no", "no", "no", "no"),
			rule("Approve an Apple device's release", Via.TEAMS, "IT's task card", "AppleReleaseApprovalTests", "no",
					"a second IT person", "no", "no", "no", "no"),
			rule("Retry an Apple Business step", Via.TEAMS, "IT's task card", "AppleRetryCardTests", "no", "yes", "no",
					"no", "no", "no"),
			rule("Reveal a Temporary Access Pass", Via.TEAMS, "manager's personal card", "AccessPassCardTests", "no",
					"no", "no", "no", "manager of record", "no"),
			rule("See the HR sources and read one now", Via.TEAMS, "@Handover hr sources", "HrSourcesCardTests", "yes",
					"no", "no", "yes", "no", "no"),
			rule("Ask the offboarding guard to check a leaver", Via.TEAMS, "@Handover check Jan Bakker",
					"GuardCheckTests", "yes", "yes", "no", "no", "no", "no"));

	private PermissionMatrix() {
	}

	/** Every rule, in docs/access.md's order. */
	public static List<Rule> rules() {
		return RULES;
	}

	/** The table as docs/access.md shows it (GitHub Markdown). */
	public static String markdown() {
		StringBuilder table = new StringBuilder("| action | via | endpoint / card |");
		for (Who who : Who.values()) {
			table.append(' ').append(who.title()).append(" |");
		}
		table.append(" proved by |\n|---|---|---|");
		table.append("---|".repeat(Who.values().length)).append("---|\n");
		for (Rule rule : RULES) {
			table.append("| ")
				.append(rule.action())
				.append(" | ")
				.append(rule.via().title())
				.append(" | `")
				.append(rule.how())
				.append("` |");
			for (Who who : Who.values()) {
				table.append(' ').append(rule.cell(who).text()).append(" |");
			}
			table.append(' ').append(rule.provedBy()).append(" |\n");
		}
		return table.toString();
	}

	private static Rule rule(String action, Via via, String how, String provedBy, String... cells) {
		if (cells.length != Who.values().length) {
			throw new IllegalArgumentException(action + ": one cell per actor");
		}
		Map<Who, Cell> byWho = new EnumMap<>(Who.class);
		List<String> texts = new ArrayList<>(List.of(cells));
		for (Who who : Who.values()) {
			byWho.put(who, Cell.of(texts.get(who.ordinal())));
		}
		return new Rule(action, via, how, Collections.unmodifiableMap(byWho), provedBy);
	}

}
