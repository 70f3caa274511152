package io.handover.task;

/**
 * The seam to the application register (module {@code apps}, to come): what task
 * generation needs to know about an application key of a role profile. Until a bean of
 * this type exists, every application counts as standalone, so a leaver gets a task to
 * close each one — the safe side.
 */
public interface ApplicationCatalogue {

	/** Every application is standalone and shown by its key. */
	ApplicationCatalogue ALL_STANDALONE = new ApplicationCatalogue() {
	};

	/**
	 * Whether closing a leaver's account in this application needs a task of its own;
	 * false for applications federated to the central directory, which disabling the
	 * account already closes.
	 */
	default boolean needsOwnLeaverTask(String applicationKey) {
		return true;
	}

	/** The name shown on task cards. */
	default String displayName(String applicationKey) {
		return applicationKey;
	}

	/**
	 * The department whose task it is to close an account in this application: its owner,
	 * when that is a department; else {@code fallback} (the catalogue's).
	 */
	default String department(String applicationKey, String fallback) {
		return fallback;
	}

	/** Who owns the application and how an account is closed, for the task's notes. */
	default String leaverNotes(String applicationKey) {
		return null;
	}

}
