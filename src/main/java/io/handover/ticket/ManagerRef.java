package io.handover.ticket;

import io.handover.common.Limits;
import jakarta.validation.constraints.Size;

/** The manager of the person a ticket is for. */
public record ManagerRef(@Size(max = Limits.UPN) String upn, @Size(max = Limits.NAME) String name) {

}
