package io.handover.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Schedules (card delivery, reminders, the runbook) run unless switched off, e.g. in a
 * test that drives them by hand.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "handover.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {

}
