package io.handover.employee;

import io.handover.common.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person to register. At least one of {@code upn}, {@code entraObjectId} and
 * {@code hrEmployeeId} identifies them; the others may be null.
 *
 * @param name display name, e.g. "Anna de Vries"
 * @param upn user principal name (e-mail style), compared without case
 * @param entraObjectId the Entra ID object id when known
 * @param hrEmployeeId the id in the HR system when known
 * @param managerUpn the UPN of their manager when known
 */
public record NewEmployee(
		@NotBlank @Size(max = Limits.NAME) @Pattern(regexp = Limits.NAME_PATTERN,
				message = Limits.NAME_PATTERN_REFUSAL) String name,
		@Size(max = Limits.UPN) String upn, @Size(max = Limits.ID) String entraObjectId,
		@Size(max = Limits.ID) String hrEmployeeId, @Size(max = Limits.UPN) String managerUpn) {

}
