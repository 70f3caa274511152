package io.handover.teams;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.guard.GuardReview;
import io.handover.guard.ReviewCards;
import org.springframework.stereotype.Component;

/**
 * The offboarding guard's review card: one per leaver in every channel linked to IT,
 * posted the first time and updated in place after (see {@link PostedCards}).
 */
@Component
class GuardReviewCards implements ReviewCards {

	static final String DEPARTMENT = "IT";

	private final Cards cards;

	private final DepartmentChannels channels;

	private final PostedCards posted;

	GuardReviewCards(Cards cards, DepartmentChannels channels, PostedCards posted) {
		this.cards = cards;
		this.channels = channels;
		this.posted = posted;
	}

	@Override
	public boolean show(GuardReview review) {
		List<ChannelLink> linked = this.channels.channelsOf(DEPARTMENT);
		for (ChannelLink channel : linked) {
			this.posted.show(review.ticketKey(), target(channel.id()), channel.id(),
					Replies.card(render(review, Locale.ENGLISH)));
		}
		return !linked.isEmpty();
	}

	static String target(String channelId) {
		return "guard:" + DEPARTMENT + ":" + channelId;
	}

	ObjectNode render(GuardReview review, Locale locale) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("ticketKey", review.ticketKey());
		data.put("employeeName", review.employeeName());
		data.put("lastDay", review.lastDay());
		data.put("afterLastDay", review.afterLastDay());
		data.put("checkedAt", review.checkedAt());
		data.put("nothingLeftBehind", review.nothingLeftBehind());
		data.put("residues", review.residues().stream().map(GuardReviewCards::finding).toList());
		data.put("unobservable", review.unobservable().stream().map(GuardReviewCards::finding).toList());
		data.put("evidence", review.evidence());
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
