package io.handover.teams;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;
import io.handover.access.Access;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.guard.GuardReview;
import io.handover.guard.ReviewCards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The offboarding guard's review card: one per leaver in every channel linked to IT,
 * posted the first time and updated in place after (see {@link PostedCards}). A review
 * that reaches no IT channel (none linked, or Teams refusing the card) is not only
 * logged: each configured Administrator, who can link a channel to IT, gets the review in
 * their personal chat with why it did not reach IT, updated in place like IT's copy, and
 * the notice goes once IT's channel has it.
 */
@Component
class GuardReviewCards implements ReviewCards {

	private static final Logger log = LoggerFactory.getLogger(GuardReviewCards.class);

	static final String DEPARTMENT = "IT";

	private final Cards cards;

	private final DepartmentChannels channels;

	private final PostedCards posted;

	private final Access access;

	private final AdministratorNotices administrators;

	GuardReviewCards(Cards cards, DepartmentChannels channels, PostedCards posted, Access access,
			AdministratorNotices administrators) {
		this.cards = cards;
		this.channels = channels;
		this.posted = posted;
		this.access = access;
		this.administrators = administrators;
	}

	@Override
	public boolean show(GuardReview review) {
		List<ChannelLink> linked = this.channels.channelsOf(DEPARTMENT);
		int reached = 0;
		boolean busy = false;
		String refused = null;
		for (ChannelLink channel : linked) {
			try {
				this.posted.show(review.ticketKey(), target(channel.id()), channel.id(),
						Replies.card(render(review, Locale.ENGLISH)));
				reached++;
			}
			catch (PostedCards.BeingPosted another) {
				busy = true;
			}
			catch (RuntimeException failed) {
				refused = failed.getMessage();
				log.warn("Guard review of {} not shown in IT's channel {}: {}", review.ticketKey(), channel.id(),
						failed.getMessage());
			}
		}
		if (reached > 0) {
			updateAdministratorCopies(review);
			return true;
		}
		if (!busy) {
			showToAdministrators(review, linked.isEmpty() ? null : refused);
		}
		return false;
	}

	/**
	 * The review with why it did not reach IT, in each configured Administrator's
	 * personal chat (posted once, updated in place).
	 * @param refused what Teams answered, or null when no channel is linked to IT
	 */
	private void showToAdministrators(GuardReview review, String refused) {
		int told = this.administrators.tellEach("the guard review of " + review.ticketKey(), (admin, chat) -> {
			Map<String, Object> undelivered = new LinkedHashMap<>();
			undelivered.put("linked", refused != null);
			if (refused != null) {
				undelivered.put("why", refused);
			}
			this.posted.show(review.ticketKey(), adminTarget(admin), chat.id(),
					Replies.card(render(review, chat.locale(), undelivered)));
		});
		if (told == 0) {
			log.warn("Guard review of {} reaches nobody: no IT channel and no Administrator in Teams",
					review.ticketKey());
		}
	}

	/** IT has the review: the Administrators' copies lose the notice. */
	private void updateAdministratorCopies(GuardReview review) {
		for (String admin : this.access.configuredAdmins()) {
			try {
				this.posted.updateIfPosted(review.ticketKey(), adminTarget(admin),
						Replies.card(render(review, Locale.ENGLISH)));
			}
			catch (RuntimeException failed) {
				log.warn("Administrator {}'s copy of the guard review of {} not updated: {}", admin, review.ticketKey(),
						failed.getMessage());
			}
		}
	}

	static String target(String channelId) {
		return "guard:" + DEPARTMENT + ":" + channelId;
	}

	static String adminTarget(String admin) {
		return "guard:admin:" + admin;
	}

	ObjectNode render(GuardReview review, Locale locale) {
		return render(review, locale, null);
	}

	private ObjectNode render(GuardReview review, Locale locale, Map<String, Object> undelivered) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("ticketKey", review.ticketKey());
		data.put("employeeName", review.employeeName());
		data.put("lastDay", review.lastDay());
		data.put("afterLastDay", review.afterLastDay());
		data.put("checkedAt", review.checkedAt());
		data.put("nothingLeftBehind", review.nothingLeftBehind());
		data.put("residues", review.residues().stream().map(GuardReviewCards::finding).toList());
		data.put("unobservable", review.unobservable().stream().map(GuardReviewCards::finding).toList());
		data.put("deferred", review.deferred().stream().map(GuardReviewCards::finding).toList());
		data.put("evidence", review.evidence());
		if (review.summary() != null) {
			data.put("summary", review.summary());
		}
		if (review.summaryMissing() != null) {
			data.put("summaryMissing", review.summaryMissing());
		}
		if (review.runbook() != null) {
			// the runbook's hour passed and it has not run: due (the guard waits for it)
			// or late (the guard opened the tasks for what it removes)
			data.put("runbook", review.runbook().text());
			data.put("runbookLate", review.runbook().late());
		}
		if (undelivered != null) {
			data.put("undelivered", undelivered);
		}
		return this.cards.render(CardName.GUARD_REVIEW, data, locale);
	}

	private static Map<String, Object> finding(GuardReview.Finding finding) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("area", finding.area());
		row.put("text", finding.text());
		row.put("department", finding.department());
		if (finding.taskId() != null) {
			row.put("taskId", finding.taskId());
			row.put("taskStatus", finding.taskStatus());
		}
		return row;
	}

}
