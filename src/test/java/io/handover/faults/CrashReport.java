package io.handover.faults;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The figures of a crash run, as issue 8 asks for them: requests sent, successes, kills,
 * cards owed and delivered, duplicates, refusals, losses; {@code findings} names each
 * problem.
 */
record CrashReport(CrashRun.Settings settings, Duration took, long requestsSent, long successes, long refusals,
		long serverErrors, long unanswered, int kills, int ticketsConfirmed, int doneConfirmed, long cardsOwed,
		long cardsDelivered, long duplicatePosts, long losses, long duplicateTickets, long tasksMovedTwice,
		long auditGaps, boolean auditChainIntact, int connectorStretches, long connectorRefusals, long strangerClicks,
		long unauthorisedChanges, int windowKills, long channelReadBacks, List<String> findings) {

	String table() {
		StringBuilder table = new StringBuilder();
		table.append(String.format(Locale.ROOT,
				"%d announcements, %d card actions, %d workers, %d kills and %d connector stretches planned, took %d s%n%n",
				this.settings.announcements(), this.settings.cardActions(), this.settings.workers(),
				this.settings.kills(), this.settings.connectorStretches(), this.took.toSeconds()));
		table.append("| figure | value |\n|---|---:|\n");
		row(table, "requests sent (incl. redeliveries)", this.requestsSent);
		row(table, "requests unanswered (connection refused/reset by a kill)", this.unanswered);
		row(table, "successes (ticket confirmed / Done answered)", this.successes);
		row(table, "  of which tickets confirmed", this.ticketsConfirmed);
		row(table, "  of which Done confirmed", this.doneConfirmed);
		row(table, "refusals", this.refusals);
		row(table, "5xx answers", this.serverErrors);
		row(table, "kills (SIGKILL) and restarts", this.kills);
		row(table, "  of which after Teams took a card post, before the service learnt its id", this.windowKills);
		row(table, "channel read-backs through Graph (before posting a card again)", this.channelReadBacks);
		row(table, "connector stretches (503 / 429 with Retry-After)", this.connectorStretches);
		row(table, "connector calls refused in them", this.connectorRefusals);
		row(table, "cards owed", this.cardsOwed);
		row(table, "cards delivered", this.cardsDelivered);
		row(table, "duplicate card posts", this.duplicatePosts);
		row(table, "duplicate tickets", this.duplicateTickets);
		row(table, "tasks moved twice (audit)", this.tasksMovedTwice);
		row(table, "done tasks without audit entry", this.auditGaps);
		row(table, "losses (confirmed, not in the store)", this.losses);
		row(table, "Done clicks by someone outside the team", this.strangerClicks);
		row(table, "changes they made (audit, besides the refusal)", this.unauthorisedChanges);
		table.append("| audit chain (/api/audit/verify) | ")
			.append(this.auditChainIntact ? "intact" : "BROKEN")
			.append(" |\n");
		if (!this.findings.isEmpty()) {
			table.append("\nFindings:\n");
			this.findings.stream().limit(40).forEach(finding -> table.append("- ").append(finding).append('\n'));
			if (this.findings.size() > 40) {
				table.append("- … and ").append(this.findings.size() - 40).append(" more\n");
			}
		}
		return table.toString();
	}

	private static void row(StringBuilder table, String figure, long value) {
		table.append("| ").append(figure).append(" | ").append(value).append(" |\n");
	}

}
