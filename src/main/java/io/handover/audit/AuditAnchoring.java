package io.handover.audit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Anchors the chain's head outside the store every {@code handover.audit.anchor-every}
 * (10 minutes) and at shutdown, so at most the entries of the last interval could be
 * removed unnoticed. Each instance anchors in its own file.
 */
@Component
class AuditAnchoring {

	private static final Logger log = LoggerFactory.getLogger(AuditAnchoring.class);

	private final AuditTrail trail;

	AuditAnchoring(AuditTrail trail) {
		this.trail = trail;
	}

	@Scheduled(fixedDelayString = "${handover.audit.anchor-every:PT10M}",
			initialDelayString = "${handover.audit.anchor-every:PT10M}")
	void everyInterval() {
		anchor();
	}

	@PreDestroy
	void atShutdown() {
		anchor();
	}

	private void anchor() {
		try {
			this.trail.anchorHead();
		}
		catch (RuntimeException ex) {
			// the store may be gone already; the next start anchors again
			log.warn("Could not anchor the audit trail's head: {}", ex.toString());
		}
	}

}
