package io.handover.teams;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.handover.guard.GuardReview;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard's review card when the leaver runbook's hour passed and it has not run: IT
 * sees "runbook due, not run yet" while the guard waits for it, and that the runbook is
 * late, in Attention, once the guard stopped waiting — nothing fails silently.
 */
class GuardReviewRunbookCardTests {

	static GuardReview review(GuardReview.RunbookDue runbook) {
		GuardReview plain = GuardReviewSummaryCardTests.review(null, null);
		return new GuardReview(plain.ticketKey(), plain.employeeName(), plain.lastDay(), plain.afterLastDay(),
				plain.checkedAt(), plain.residues(), plain.unobservable(), plain.deferred(), plain.evidence(),
				plain.opened(), plain.closed(), null, null, runbook);
	}

	static JsonNode blockWith(ObjectNode card, String text) {
		for (JsonNode element : card.get("body")) {
			if (element.path("text").asString("").contains(text)) {
				return element;
			}
		}
		return null;
	}

	static final Instant DUE = Instant.parse("2026-12-01T16:00:00Z");

	@Test
	void aLateRunbookIsShownInAttentionAndADueOneAsItIs() {
		ObjectNode plain = GuardReviewSummaryCardTests.REVIEW_CARDS.render(review(null), Locale.ENGLISH);
		ObjectNode due = GuardReviewSummaryCardTests.REVIEW_CARDS.render(review(new GuardReview.RunbookDue(DUE,
				DUE.plusSeconds(1800), false, "Runbook due, not run yet: the leaver runbook was due at 1 Dec 17:00.")),
				Locale.ENGLISH);
		ObjectNode late = GuardReviewSummaryCardTests.REVIEW_CARDS.render(review(new GuardReview.RunbookDue(DUE,
				DUE.plusSeconds(1800), true, "The runbook is late: the leaver runbook was due at 1 Dec 17:00.")),
				Locale.ENGLISH);

		assertThat(plain.toString()).doesNotContain("Runbook due", "runbook is late");
		JsonNode dueBlock = blockWith(due, "Runbook due, not run yet");
		JsonNode lateBlock = blockWith(late, "The runbook is late");
		assertThat(dueBlock != null && !dueBlock.has("color")).as("shown, as it is").isTrue();
		assertThat(lateBlock != null ? lateBlock.path("color").asString() : null).isEqualTo("Attention");
		assertThat(((tools.jackson.databind.node.ArrayNode) late.get("body")).size())
			.isEqualTo(((tools.jackson.databind.node.ArrayNode) plain.get("body")).size() + 1);
		assertThat(List.of(due, late)).allSatisfy(card -> assertThat(card.toString()).contains("Disable the account"));
	}

}
