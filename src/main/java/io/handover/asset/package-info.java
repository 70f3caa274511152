/**
 * The asset register (CMDB): every company item — laptop, phone, access pass, key — with
 * its status, who holds it now, and the signed handover records of each issue and return.
 * It answers who holds what, and what leavers still hold after their last day.
 */
package io.handover.asset;
