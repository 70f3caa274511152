package io.handover.system;

import io.handover.testing.TestClockConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The loopback rule with forwarded-header handling by Tomcat (RemoteIpValve, trusting any
 * proxy: the worst case).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.forward-headers-strategy=native", "server.tomcat.remoteip.internal-proxies=.*" })
@Import(TestClockConfiguration.class)
class NativeForwardedHeadersTests extends ForwardedHeadersLoopback {

}
