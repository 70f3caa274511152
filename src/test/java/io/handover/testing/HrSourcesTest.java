package io.handover.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The whole application in local mode, as {@link BotTest}, with HR sources configured: a
 * {@link ScriptedHrSource} and Visma YouForce with its webhook's signature key (its API
 * is a closed loopback port: these tests never read it). One context for every test class
 * with this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "handover.hr.youforce.client-id=hr-sources-test",
		"handover.hr.youforce.client-secret=hr-sources-test-secret", "handover.hr.youforce.tenant-id=1234567",
		"handover.hr.youforce.base-url=http://127.0.0.1:9", "handover.hr.youforce.token-url=http://127.0.0.1:9/token",
		"handover.hr.youforce.webhook-signature-key=" + HrSourcesTest.YOUFORCE_WEBHOOK_KEY,
		"handover.hr.try-now.answer-within=3s" })
@AutoConfigureMockMvc
@Import({ TestClockConfiguration.class, HrSourcesTest.Sources.class })
public @interface HrSourcesTest {

	/** The signature key of the YouForce webhook subscription in these tests. */
	String YOUFORCE_WEBHOOK_KEY = "test-only-youforce-webhook-key";

	@TestConfiguration(proxyBeanMethods = false)
	class Sources {

		@Bean
		ScriptedHrSource scriptedHrSource() {
			return new ScriptedHrSource();
		}

	}

}
