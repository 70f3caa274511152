package io.handover.teams;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.handover.ticket.ManagerChange;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.OwedUpdate;
import io.handover.ticket.TicketView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * When a ticket names another manager (HR changed the employee's manager), both managers
 * are told in their personal chat: the new one that the ticket's approvals, notices and
 * returned assets now come to them, the old one that they no longer do. One card each per
 * change, posted once (a repeated delivery updates it). A manager who cannot be reached
 * in Teams is recorded first and then shown, with why, to those who can fix it: on the
 * ticket's status card, posted in every channel linked to HR, and on the HR sources card
 * (session 18). Each later delivery of the ticket tries them again, and so does their
 * joining a team Handover is in ({@link ReachRetries}); once they are reached (or the
 * ticket closes) the notice goes and HR's status cards are updated without it.
 */
@Component
class ManagerChangeNotices implements TicketCardDelivery {

	private static final Logger log = LoggerFactory.getLogger(ManagerChangeNotices.class);

	static final String EVENT = "TicketManagerChanged";

	/** Where HR sees the ticket's status card, per channel linked to HR. */
	static final String HR_STATUS = "hr-status:";

	private final PostedCards posted;

	private final EmployeeChats chats;

	private final Notices notices;

	private final UnreachableManagers unreachable;

	private final TicketStatusCards statusCards;

	private final DepartmentChannels channels;

	ManagerChangeNotices(PostedCards posted, EmployeeChats chats, Notices notices, UnreachableManagers unreachable,
			TicketStatusCards statusCards, DepartmentChannels channels) {
		this.posted = posted;
		this.chats = chats;
		this.notices = notices;
		this.unreachable = unreachable;
		this.statusCards = statusCards;
		this.channels = channels;
	}

	@Override
	public void deliver(TicketView ticket, OwedUpdate update) {
		if (!EVENT.equals(update.event()) || ticket.managerChanges() == null) {
			retry(ticket);
			return;
		}
		for (ManagerChange change : ticket.managerChanges()) {
			if (change.at().equals(update.at())) {
				tell(ticket, change);
			}
		}
	}

	/** The managers not reached before are tried again; a closed ticket drops them. */
	private void retry(TicketView ticket) {
		for (UnreachableManagers.Unreachable before : this.unreachable.of(ticket.key())) {
			Optional<ManagerChange> change = ticket.managerChanges() == null ? Optional.empty()
					: ticket.managerChanges().stream().filter(c -> c.at().equals(before.changeAt())).findFirst();
			if (!ticket.state().isActive() || change.isEmpty()) {
				reached(ticket, before.role());
			}
			else if (before.role() == UnreachableManagers.Role.NEW) {
				tellNew(ticket, change.get());
			}
			else {
				tellFormer(ticket, change.get());
			}
		}
	}

	private void tell(TicketView ticket, ManagerChange change) {
		tellNew(ticket, change);
		tellFormer(ticket, change);
	}

	private void tellNew(TicketView ticket, ManagerChange change) {
		String person = ticket.employee().name();
		String kind = ticket.kind().name().toLowerCase(Locale.ROOT);
		EmployeeChats.Reach reach = reach(change.to());
		if (reach.chat().isEmpty()) {
			unreachable(ticket, UnreachableManagers.Role.NEW, change, change.to(), reach);
			return;
		}
		String chat = reach.chat().get();
		Locale locale = this.chats.localeOf(chat);
		this.posted.show(ticket.key(), target(change) + ":new", chat, Replies.card(this.notices.message(
				Notices.say(locale, "You are now the manager on " + ticket.key(),
						"U bent nu de manager van " + ticket.key()),
				Notices.say(locale,
						change.why() + ": " + ticket.key() + " (" + kind + ", " + person
								+ ") now names you. Its approvals, notices and returned assets come to you; "
								+ "ask \"status " + ticket.key() + "\" for where it stands.",
						change.why() + ": " + ticket.key() + " (" + person + ") noemt nu u als manager. "
								+ "Goedkeuringen, meldingen en ingeleverde spullen komen nu bij u; vraag \"status "
								+ ticket.key() + "\" voor de stand van zaken."),
				"good", locale)));
		reached(ticket, UnreachableManagers.Role.NEW);
	}

	private void tellFormer(TicketView ticket, ManagerChange change) {
		if (change.from() == null) {
			reached(ticket, UnreachableManagers.Role.FORMER);
			return;
		}
		String person = ticket.employee().name();
		String kind = ticket.kind().name().toLowerCase(Locale.ROOT);
		String newName = name(change.to());
		EmployeeChats.Reach reach = reach(change.from());
		if (reach.chat().isEmpty()) {
			unreachable(ticket, UnreachableManagers.Role.FORMER, change, change.from(), reach);
			return;
		}
		String chat = reach.chat().get();
		Locale locale = this.chats.localeOf(chat);
		this.posted.show(ticket.key(), target(change) + ":old", chat,
				Replies.card(this.notices.message(
						Notices.say(locale, ticket.key() + " now goes to " + newName,
								ticket.key() + " gaat nu naar " + newName),
						Notices.say(locale,
								change.why() + ": " + ticket.key() + " (" + kind + ", " + person + ") now names "
										+ newName + " as manager. Its approvals and notices no longer come to you.",
								change.why() + ": " + ticket.key() + " (" + person + ") noemt nu " + newName
										+ " als manager. Goedkeuringen en meldingen komen niet meer bij u."),
						"default", locale)));
		reached(ticket, UnreachableManagers.Role.FORMER);
	}

	private static String target(ManagerChange change) {
		return "manager-change:" + change.at().toEpochMilli();
	}

	/**
	 * Recorded first, then shown to HR; when showing fails the record is taken back, so
	 * the retry of this delivery shows it again.
	 */
	private void unreachable(TicketView ticket, UnreachableManagers.Role role, ManagerChange change, ManagerRef manager,
			EmployeeChats.Reach reach) {
		EmployeeChats.Unreachable why = reach.why() != null ? reach.why() : EmployeeChats.Unreachable.NO_SIGN_IN_NAME;
		if (!this.unreachable.record(ticket.key(), role, manager, why, change.at())) {
			return;
		}
		log.warn("The {} manager {} of {} cannot be reached in Teams to tell them ({}); shown to HR",
				role.name().toLowerCase(Locale.ROOT), manager.upn(), ticket.key(), why);
		try {
			showToHr(ticket, true);
		}
		catch (RuntimeException failed) {
			this.unreachable.reached(ticket.key(), role);
			throw failed;
		}
	}

	/** The manager was reached (or there is no one to tell): HR's notice goes. */
	private void reached(TicketView ticket, UnreachableManagers.Role role) {
		if (this.unreachable.reached(ticket.key(), role)) {
			log.info("The {} manager of {} is reached in Teams (or no longer to be told)",
					role.name().toLowerCase(Locale.ROOT), ticket.key());
			showToHr(ticket, false);
		}
	}

	/**
	 * The ticket's status card in every channel linked to HR: posted when a manager
	 * cannot be reached, updated when they are.
	 */
	private void showToHr(TicketView ticket, boolean post) {
		List<ChannelLink> linked = this.channels.channelsOf(HrSourceAlertCards.DEPARTMENT);
		if (linked.isEmpty() && post) {
			log.error("No channel is linked to HR to show that a manager of {} cannot be reached in Teams: "
					+ "link a channel to HR; the HR sources card shows it meanwhile", ticket.key());
		}
		for (ChannelLink channel : linked) {
			var card = Replies.card(this.statusCards.render(ticket, Locale.ENGLISH));
			if (post) {
				this.posted.show(ticket.key(), HR_STATUS + channel.id(), channel.id(), card);
			}
			else {
				this.posted.updateIfPosted(ticket.key(), HR_STATUS + channel.id(), card);
			}
		}
	}

	private EmployeeChats.Reach reach(ManagerRef manager) {
		if (manager == null || !StringUtils.hasText(manager.upn())) {
			return EmployeeChats.Reach.unreachable(EmployeeChats.Unreachable.NO_SIGN_IN_NAME, null);
		}
		return this.chats.reachUpn(manager.upn(), name(manager));
	}

	private static String name(ManagerRef manager) {
		return StringUtils.hasText(manager.name()) ? manager.name() : manager.upn();
	}

}
