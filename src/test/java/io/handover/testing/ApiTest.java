package io.handover.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * An integration test of the REST API in local mode: the whole application on the
 * in-memory embedded store (reached over the wire), MockMvc from loopback, the test
 * clock. Every test class with this annotation shares one cached Spring context, so tests
 * must use their own names and serial numbers rather than wipe the store.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public @interface ApiTest {

}
