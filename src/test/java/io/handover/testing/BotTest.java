package io.handover.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application in local mode on the in-memory embedded store, with the test
 * clock; activities are posted through MockMvc and the bot's outgoing calls reach the
 * shared {@link ConnectorStub}. All bot tests use this one configuration so Spring reuses
 * the context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public @interface BotTest {

}
