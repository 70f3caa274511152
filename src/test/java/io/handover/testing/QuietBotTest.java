package io.handover.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * {@link BotTest} (or {@link ApiTest}, the same configuration) without work in the
 * background: no card delivery unless a test drains it, the owed-cards catch-up only when
 * a channel is linked (its round hourly), the guard's round off. For tests that drive
 * delivery and the guard themselves and read what is owed or reached whom. One
 * configuration for all of them, so they share one Spring context rather than starting
 * one each.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@BotTest
@TestPropertySource(properties = { "handover.teams.delivery.enabled=false", "handover.teams.delivery-interval=1h",
		"handover.teams.owed-cards-interval=1h", "handover.guard.cron=-" })
public @interface QuietBotTest {

}
