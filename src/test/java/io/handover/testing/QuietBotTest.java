package io.handover.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * {@link BotTest} without background rounds: card delivery retries and the owed-cards
 * catch-up only once an hour (a change still delivers at once), the guard's round off.
 * For tests that drive delivery and the guard themselves and count what reached whom. One
 * configuration for all of them, so they share one Spring context rather than starting
 * one each.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@BotTest
@TestPropertySource(properties = { "handover.teams.delivery-interval=1h", "handover.teams.owed-cards-interval=1h",
		"handover.guard.cron=-" })
public @interface QuietBotTest {

}
