package io.handover.intake;

import java.time.LocalDate;

import io.handover.ticket.TicketKind;

/**
 * What a manager filled in (or what their words prefilled): every answer as written, so
 * the form can show it back unchanged next to an error. Blank means not answered.
 *
 * @param kind joiner, leaver or mover
 * @param employeeName the person; for a leaver or mover a name or e-mail address from the
 * employee register
 * @param role a joiner's role or a mover's new role: a profile key, title or alias
 * @param currentRole a mover's current role
 * @param date {@code 2026-12-07}, or words such as {@code 7 December}
 * @param workLocation {@code OFFICE}, {@code REMOTE} or {@code HYBRID} (a joiner)
 * @param shippingAddress where a remote joiner's equipment goes
 * @param deviceRetrieval {@code IN_PERSON}, {@code COURIER} or {@code REMOTE_WIPE} (a
 * leaver)
 * @param delegate name or e-mail address of who gets a leaver's mailbox; blank: the
 * manager
 * @param manager name or e-mail address of the manager; blank: the person announcing
 */
public record AnnouncementForm(TicketKind kind, String employeeName, String role, String currentRole, String date,
		String workLocation, String shippingAddress, String deviceRetrieval, String delegate, String manager) {

	/** An empty form of this kind. */
	public static AnnouncementForm empty(TicketKind kind) {
		return new AnnouncementForm(kind, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * The form prefilled with what the words said; the manager is the person who wrote
	 * them unless the form says otherwise.
	 */
	public static AnnouncementForm of(Announcement announcement, TicketKind kind, String managerName) {
		String role = announcement.roleKey() != null ? announcement.roleKey() : announcement.roleWords();
		LocalDate date = announcement.date();
		// a mover's current role, when the words name it ("from support to sales")
		String current = kind == TicketKind.MOVER ? announcement.currentRoleKey() : null;
		return new AnnouncementForm(kind, announcement.employeeName(), kind == TicketKind.LEAVER ? null : role, current,
				date != null ? date.toString() : null,
				announcement.workLocation() != null ? announcement.workLocation().name() : null, null, null, null,
				managerName);
	}

	/** The ticket kind an announcement names, or null when the words named none. */
	public static TicketKind kindOf(Announcement announcement) {
		if (announcement.kind() == null) {
			return null;
		}
		return switch (announcement.kind()) {
			case STARTER -> TicketKind.JOINER;
			case LEAVER -> TicketKind.LEAVER;
			case ROLE_CHANGE -> TicketKind.MOVER;
		};
	}

	/**
	 * This form with the later answers filled in: each answer given later replaces this
	 * one, what was not answered again stays (e.g. an e-mail reply answering only the
	 * questions asked).
	 */
	public AnnouncementForm withAnswers(AnnouncementForm later) {
		return new AnnouncementForm(this.kind, either(later.employeeName, this.employeeName),
				either(later.role, this.role), either(later.currentRole, this.currentRole),
				either(later.date, this.date), either(later.workLocation, this.workLocation),
				either(later.shippingAddress, this.shippingAddress),
				either(later.deviceRetrieval, this.deviceRetrieval), either(later.delegate, this.delegate),
				either(later.manager, this.manager));
	}

	private static String either(String later, String earlier) {
		return later != null && !later.isBlank() ? later : earlier;
	}

	/** This form with the current role (a mover's) replaced. */
	public AnnouncementForm withCurrentRole(String currentRole) {
		return new AnnouncementForm(this.kind, this.employeeName, this.role, currentRole, this.date, this.workLocation,
				this.shippingAddress, this.deviceRetrieval, this.delegate, this.manager);
	}

	public AnnouncementForm withManager(String name) {
		return new AnnouncementForm(this.kind, this.employeeName, this.role, this.currentRole, this.date,
				this.workLocation, this.shippingAddress, this.deviceRetrieval, this.delegate, name);
	}

}
