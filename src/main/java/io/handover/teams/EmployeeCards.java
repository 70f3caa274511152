package io.handover.teams;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;
import io.handover.common.LogSafe;
import io.handover.asset.AssetRegister;
import io.handover.asset.AssignmentState;
import io.handover.asset.HandoverRecord;
import io.handover.asset.Holding;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.identity.Directory;
import io.handover.profile.TaskEffect;
import io.handover.task.AssetRef;
import io.handover.task.TaskStatus;
import io.handover.ticket.OwedUpdate;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketState;
import io.handover.ticket.TicketView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The cards an employee signs in their personal chat. A leaver gets the return card when
 * the ticket opens: every asset on their name, each with "I returned this". A joiner gets
 * the receipt card from their start date on: the assets issued to them with "I received
 * these". Both are posted once and updated in place as the ticket moves on.
 */
@Component
class EmployeeCards implements TicketCardDelivery {

	static final String RETURN = "return";

	static final String RECEIPT = "receipt";

	private static final Logger log = LoggerFactory.getLogger(EmployeeCards.class);

	private static final Set<String> LEAVER_EVENTS = Set.of("TicketOpened", "TicketRescheduled", "TicketCancelled",
			"TicketCompleted", "AssetReturnRecorded", "TaskCompleted", "TaskMarkedNotNeeded");

	private final Cards cards;

	private final PostedCards posted;

	private final EmployeeChats chats;

	private final AssetRegister assets;

	private final Clock clock;

	private final LocalTime receiptTime;

	private final EmployeeReachNotices reach;

	private final Directory directory;

	EmployeeCards(Cards cards, PostedCards posted, EmployeeChats chats, AssetRegister assets, Clock clock,
			@Value("${handover.employee-cards.receipt-time:08:00}") String receiptTime, EmployeeReachNotices reach,
			Directory directory) {
		this.reach = reach;
		this.directory = directory;
		this.cards = cards;
		this.posted = posted;
		this.chats = chats;
		this.assets = assets;
		this.clock = clock;
		this.receiptTime = LocalTime.parse(receiptTime);
	}

	@Override
	public void deliver(TicketView ticket, OwedUpdate update) {
		// someone joined a team Handover is in: perhaps the employee not reached
		boolean retry = ReachRetries.EVENT.equals(update.event()) && this.reach.waiting(ticket.key());
		if (ticket.kind() == TicketKind.LEAVER
				&& (retry || LEAVER_EVENTS.contains(update.event()) && concernsReturns(ticket, update))) {
			showReturnCard(ticket);
		}
		else if (ticket.kind() == TicketKind.JOINER && receiptDue(ticket)) {
			showReceiptCard(ticket);
		}
		else if (ticket.kind() == TicketKind.JOINER && (retry || "TicketOpened".equals(update.event()))) {
			checkReachable(ticket);
		}
	}

	/**
	 * A joiner's receipt card goes out on the start date; whether they can be found in
	 * Teams is known now, while there is time to fix it.
	 */
	void checkReachable(TicketView ticket) {
		if (ticket.tasks().stream().noneMatch(task -> EmployeeReachNotices.handsOver(ticket, task))
				|| this.chats.entraObjectIdOf(ticket.employee()).isPresent()) {
			return;
		}
		EmployeeChats.Identified who = this.chats.identify(ticket.employee());
		if (who.why() == EmployeeChats.Unreachable.NO_SIGN_IN_NAME && !this.directory.isDryRun()) {
			// the joiner runbook creates their account and links it before the start
			// date;
			// the receipt round says so then if it did not
			return;
		}
		if (who.why() != null) {
			this.reach.unreachable(ticket, who.why(), who.upn());
		}
		else {
			this.reach.reached(ticket);
		}
	}

	/**
	 * Posts the leaver's return card, or updates it. Nothing is posted for a closed
	 * ticket or when there is nothing to return.
	 */
	void showReturnCard(TicketView ticket) {
		Map<String, Object> data = returnData(ticket);
		boolean anything = !((List<?>) data.get("assets")).isEmpty();
		if (this.posted.find(ticket.key(), RETURN).isPresent() || !ticket.state().isActive() || !anything) {
			this.posted.find(ticket.key(), RETURN)
				.ifPresent(card -> this.posted.updateIfPosted(ticket.key(), RETURN,
						Replies.card(render(CardName.LEAVER_RETURN, data, card.conversationId()))));
			return;
		}
		EmployeeChats.Reach reached = this.chats.reach(ticket.employee());
		if (reached.chat().isEmpty()) {
			log.warn("Return card of {} not delivered: {} cannot be reached in Teams ({})", ticket.key(),
					LogSafe.of(ticket.employee().name()), reached.why());
			this.reach.unreachable(ticket, reached.why(), reached.upn());
			return;
		}
		String chat = reached.conversationId();
		this.posted.show(ticket.key(), RETURN, chat, Replies.card(render(CardName.LEAVER_RETURN, data, chat)));
		this.reach.reached(ticket);
	}

	/**
	 * Posts the joiner's receipt card, or updates it; nothing when nothing was issued.
	 */
	void showReceiptCard(TicketView ticket) {
		Map<String, Object> data = receiptData(ticket);
		if (data == null) {
			return;
		}
		Optional<PostedCard> earlier = this.posted.find(ticket.key(), RECEIPT);
		if (earlier.isPresent()) {
			this.posted.updateIfPosted(ticket.key(), RECEIPT,
					Replies.card(render(CardName.JOINER_RECEIPT, data, earlier.get().conversationId())));
			return;
		}
		EmployeeChats.Reach reached = this.chats.reach(ticket.employee());
		if (reached.chat().isEmpty()) {
			log.warn("Receipt card of {} not delivered: {} cannot be reached in Teams ({})", ticket.key(),
					LogSafe.of(ticket.employee().name()), reached.why());
			this.reach.unreachable(ticket, reached.why(), reached.upn());
			return;
		}
		String chat = reached.conversationId();
		this.posted.show(ticket.key(), RECEIPT, chat, Replies.card(render(CardName.JOINER_RECEIPT, data, chat)));
		this.reach.reached(ticket);
	}

	/** From the start date at the receipt time on, unless the ticket was cancelled. */
	boolean receiptDue(TicketView ticket) {
		return ticket.state() != TicketState.CANCELLED && ticket.date() != null
				&& !LocalDateTime.now(this.clock).isBefore(ticket.date().atTime(this.receiptTime));
	}

	LocalTime receiptTime() {
		return this.receiptTime;
	}

	ObjectNode render(CardName card, Map<String, Object> data, String conversationId) {
		Locale locale = conversationId != null ? this.chats.localeOf(conversationId) : Locale.ENGLISH;
		return this.cards.render(card, data, locale);
	}

	// --- leaver

	/**
	 * What the leaver hands in: the asset of every collect task still to do or done, and
	 * anything else on their name.
	 */
	List<ReturnItem> returnItems(TicketView ticket) {
		List<ReturnItem> items = new ArrayList<>();
		Set<String> covered = new LinkedHashSet<>();
		for (TaskView task : ticket.tasks()) {
			AssetRef asset = task.asset();
			if (task.effect() != TaskEffect.RECEIVE_ASSET || asset == null || !asset.isAssigned()
					|| task.status() == TaskStatus.CANCELLED || task.status() == TaskStatus.NOT_NEEDED) {
				continue;
			}
			covered.add(asset.assignmentId());
			items.add(new ReturnItem(asset.assetId(), asset.assignmentId(), asset.type(), asset.model(),
					asset.serialNumber(), asset.tag(), task));
		}
		if (ticket.state().isActive()) {
			for (Holding holding : this.assets.holdingsOf(ticket.employee().id())) {
				if (covered.add(holding.assignmentId())) {
					items.add(new ReturnItem(holding.assetId(), holding.assignmentId(), holding.type(), holding.model(),
							holding.serialNumber(), holding.tag(), null,
							holding.state() == AssignmentState.RETURN_PENDING));
				}
			}
		}
		return items;
	}

	Map<String, Object> returnData(TicketView ticket) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("ticket", Map.of("key", ticket.key()));
		data.put("employeeName", ticket.employee().name());
		put(data, "lastWorkingDay", ticket.date());
		List<Map<String, Object>> assets = new ArrayList<>();
		for (ReturnItem item : returnItems(ticket)) {
			Map<String, Object> asset = describe(item.assetId(), item.type(), item.model(), item.serial(), item.tag());
			TaskView task = item.task();
			if (task != null) {
				boolean confirmed = task.status() == TaskStatus.DONE;
				asset.put("returned", task.returnRecordedAt() != null || confirmed);
				put(asset, "returnedAt",
						task.returnRecordedAt() != null ? task.returnRecordedAt() : task.completedAt());
				asset.put("confirmed", confirmed);
				if (confirmed && task.completedBy() != null) {
					asset.put("confirmedBy", task.completedBy().name());
				}
			}
			else {
				asset.put("returned", item.returnPending());
			}
			assets.add(asset);
		}
		data.put("assets", assets);
		return data;
	}

	// --- joiner

	/**
	 * The receipt card's data: the assets on the joiner's name not yet signed for, or the
	 * last signed receipt; null when nothing was issued.
	 */
	Map<String, Object> receiptData(TicketView ticket) {
		String employeeId = ticket.employee().id();
		List<HandoverRecord> receipts = receiptsOf(employeeId);
		List<Holding> unsigned = unsignedHoldings(employeeId, receipts);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("ticket", Map.of("key", ticket.key()));
		data.put("employeeName", ticket.employee().name());
		if (!unsigned.isEmpty()) {
			data.put("receiptId", receiptId(ticket.key(), unsigned));
			data.put("assets",
					unsigned.stream()
						.map(h -> describe(h.assetId(), h.type(), h.model(), h.serialNumber(), h.tag()))
						.toList());
			return data;
		}
		if (receipts.isEmpty()) {
			return null;
		}
		HandoverRecord last = receipts.get(receipts.size() - 1);
		data.put("receiptId", ticket.key() + "-" + last.id());
		data.put("assets",
				last.items()
					.stream()
					.map(item -> describe(item.assetId(), item.type(), null, item.serialNumber(), item.tag()))
					.toList());
		Map<String, Object> by = new LinkedHashMap<>();
		by.put("by", last.signerName());
		put(by, "at", last.signedAt());
		data.put("signed", by);
		return data;
	}

	/** The signed receipts of a person, oldest first. */
	List<HandoverRecord> receiptsOf(String employeeId) {
		return this.assets.handoversOf(employeeId)
			.stream()
			.filter(record -> record.kind() == HandoverRecord.Kind.RECEIPT)
			.toList();
	}

	/** What is on the person's name and not signed for yet, in a stable order. */
	List<Holding> unsignedHoldings(String employeeId, List<HandoverRecord> receipts) {
		Set<String> signed = new LinkedHashSet<>();
		receipts.forEach(record -> record.items().forEach(item -> signed.add(item.assignmentId())));
		return this.assets.holdingsOf(employeeId)
			.stream()
			.filter(holding -> holding.state() == AssignmentState.ISSUED && !signed.contains(holding.assignmentId()))
			.sorted(Comparator.comparing(Holding::assignmentId))
			.toList();
	}

	/**
	 * Names exactly the set of assets shown, so a click on a card that no longer shows
	 * what is on the person's name is noticed.
	 */
	static String receiptId(String ticketKey, List<Holding> shown) {
		String ids = String.join(",", shown.stream().map(Holding::assignmentId).sorted().toList());
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(ids.getBytes(StandardCharsets.UTF_8));
			return ticketKey + "-" + HexFormat.of().formatHex(hash).substring(0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean concernsReturns(TicketView ticket, OwedUpdate update) {
		if (update.taskId() == null || "AssetReturnRecorded".equals(update.event())) {
			return true;
		}
		return ticket.tasks()
			.stream()
			.anyMatch(task -> task.id().equals(update.taskId()) && task.effect() == TaskEffect.RECEIVE_ASSET);
	}

	private static Map<String, Object> describe(String id, String type, String model, String serial, String tag) {
		Map<String, Object> asset = new LinkedHashMap<>();
		put(asset, "id", id);
		asset.put("type", type != null ? type : "");
		asset.put("model", model != null ? model : "");
		put(asset, "serial", serial);
		put(asset, "tag", tag);
		return asset;
	}

	private static void put(Map<String, Object> data, String key, Object value) {
		if (value != null) {
			data.put(key, value);
		}
	}

	/**
	 * One asset on the leaver's return card: through its collect task, or (without a
	 * task) straight from the asset register.
	 */
	record ReturnItem(String assetId, String assignmentId, String type, String model, String serial, String tag,
			TaskView task, boolean returnPending) {

		ReturnItem(String assetId, String assignmentId, String type, String model, String serial, String tag,
				TaskView task) {
			this(assetId, assignmentId, type, model, serial, tag, task, false);
		}

	}

}
