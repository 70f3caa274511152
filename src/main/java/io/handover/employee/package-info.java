/**
 * The employee directory: the people Handover works for — joiners, movers and leavers —
 * known by their UPN, Entra object id and HR employee id, with the last working day of
 * those who are leaving. Other modules find people here and never keep their own copy.
 */
package io.handover.employee;
