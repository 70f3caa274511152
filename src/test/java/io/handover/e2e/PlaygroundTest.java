package io.handover.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.handover.testing.TestClockConfiguration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * An end-to-end test through Microsoft 365 Agents Playground: the whole application in
 * local mode on a random port with the in-memory embedded store, the test clock and the
 * Prometheus metrics (tests switch metrics export off unless asked), Microsoft Graph on
 * the {@link MockTenantDirectory}, and a {@link Playground} parameter in front of it.
 * Every e2e test uses this one configuration so Spring and the Playground start once per
 * run ({@code io.handover.system.OperationsTests} declares the same context).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestClockConfiguration.class, MockTenantDirectory.class })
@AutoConfigureMetrics
@AutoConfigureTestRestTemplate
@ExtendWith(PlaygroundExtension.class)
@Tag("e2e")
public @interface PlaygroundTest {

}
