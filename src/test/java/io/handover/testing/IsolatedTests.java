package io.handover.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a test class whose every test makes its own team, channels and tickets: before each
 * test, what the class's earlier tests left behind stops taking part, as
 * {@link ClassIsolation} does between classes (their channel links removed, their teams
 * uninstalled, their open tickets closed). Without it every channel an earlier test
 * linked received each later test's cards, and each new channel caught up on every
 * earlier test's open tickets: a class's card traffic grew with the square of its tests
 * (TaskCardTests sent about 1,000 cards for its 16 tests, each test's own ticket a few
 * dozen). Not for a class whose tests share a team or tickets.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface IsolatedTests {

}
