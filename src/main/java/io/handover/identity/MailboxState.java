package io.handover.identity;

import java.util.List;

/**
 * A mailbox as far as a leaver's offboarding cares.
 *
 * @param automaticReplies the automatic replies' status: {@code disabled},
 * {@code alwaysEnabled} or {@code scheduled}
 * @param forwards every address an inbox rule forwards or redirects mail to
 */
public record MailboxState(String automaticReplies, List<Forward> forwards) {

	public MailboxState {
		forwards = forwards != null ? List.copyOf(forwards) : List.of();
	}

	public boolean automaticRepliesOn() {
		return this.automaticReplies != null && !"disabled".equalsIgnoreCase(this.automaticReplies);
	}

	/**
	 * One address an inbox rule sends mail on to.
	 *
	 * @param ruleId the rule's id
	 * @param ruleName the rule's display name
	 * @param address the e-mail address
	 */
	public record Forward(String ruleId, String ruleName, String address) {

	}

}
