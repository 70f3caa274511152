package io.handover;

import java.util.ServiceLoader;

import org.apache.commons.logging.LogFactory;
import org.apache.commons.logging.impl.Slf4jLogFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 (memory): Commons Logging, which Spring logs through, is told to use SLF4J by
 * the service file in META-INF/services. Without it, Commons Logging 1.3 first probes the
 * Log4j API (on the class path for Apache POI's spreadsheet imports), which loads about
 * 85 Log4j classes at start-up and then finds Log4j redirected to SLF4J anyway.
 */
class CommonsLoggingTests {

	@Test
	void commonsLoggingFindsItsSlf4jFactoryAsAServiceWithoutProbingLog4j() {
		assertThat(ServiceLoader.load(LogFactory.class).findFirst())
			.as("META-INF/services/org.apache.commons.logging.LogFactory")
			.get()
			.isInstanceOf(Slf4jLogFactory.class);
		assertThat(LogFactory.getFactory()).isInstanceOf(Slf4jLogFactory.class);
	}

}
