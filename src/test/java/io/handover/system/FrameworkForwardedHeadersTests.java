package io.handover.system;

import io.handover.testing.TestClockConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The loopback rule with forwarded-header handling by Spring's ForwardedHeaderFilter.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.forward-headers-strategy=framework", "server.tomcat.remoteip.internal-proxies=.*" })
@Import(TestClockConfiguration.class)
class FrameworkForwardedHeadersTests extends ForwardedHeadersLoopback {

}
