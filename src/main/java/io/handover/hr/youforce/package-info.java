/**
 * Visma | Raet YouForce as an HR source: persons, employments and job profiles read
 * through the IAM API with a client-credentials token for the customer's tenant, and the
 * signature check for the webhooks its subscription posts.
 */
package io.handover.hr.youforce;
