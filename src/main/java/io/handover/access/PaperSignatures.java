package io.handover.access;

import io.handover.common.NotAllowed;

import java.util.Map;

import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import org.springframework.stereotype.Component;

/**
 * Signatures through the API are never given on behalf of an employee: staff may only
 * record that the employee signed on paper, and the record then names the staff member. A
 * request whose {@code signerId} names anyone but the caller is refused and audited.
 */
@Component
public class PaperSignatures {

	private final AuditTrail audit;

	PaperSignatures(AuditTrail audit) {
		this.audit = audit;
	}

	/**
	 * @param signerId who the request says signs: must be the caller (object id or UPN)
	 * @throws NotAllowed when it names someone else, or the caller is not verified
	 */
	public void requireCallerSigns(Actor caller, String signerId, String subjectType, String subjectId) {
		if (caller != null && caller.isVerifiedPerson() && caller.isNamedBy(signerId)) {
			return;
		}
		String reason = "A signature cannot be given for someone else through the API (signerId " + signerId
				+ " is not the caller). The employee signs on their own Teams card; staff may record a paper "
				+ "signature with their own id as signerId, and the record then says 'recorded by <you>, signed on paper'.";
		this.audit.record(subjectType, subjectId, "refused", caller, reason,
				Map.of("signerId", new Object[] { null, signerId }));
		throw new NotAllowed("signature-for-someone-else", reason);
	}

}
