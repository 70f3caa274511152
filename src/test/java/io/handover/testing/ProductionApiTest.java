package io.handover.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application in production mode with {@link EntraTokens}' issuer, audience and
 * JWK set, the REST API reached through MockMvc. A base class rather than each class
 * declaring the same: Spring keys its context cache on the {@code @DynamicPropertySource}
 * methods too, so only one method, inherited by all, lets them share one context. In this
 * deployment an Administrator allowed external mailbox delegates (TicketAuthorityApiTests
 * has a leaver's mailbox go to a partner; the refusal without that setting is in
 * LeaverTicketTests): declared here so that class shares the context too.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = "handover.access.external-delegates=true")
public abstract class ProductionApiTest {

	protected static final EntraTokens ENTRA = EntraTokens.shared();

	@DynamicPropertySource
	static void productionApi(DynamicPropertyRegistry properties) {
		ENTRA.register(properties);
	}

}
