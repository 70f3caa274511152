package io.handover.testing;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link LiveDirectoryTest} in production mode, its REST API with {@link EntraTokens}'
 * tokens. One base class so its subclasses share one Spring context (the context cache is
 * keyed on the {@code @DynamicPropertySource} methods too).
 */
public abstract class LiveDirectoryApiTest extends LiveDirectoryTest {

	protected static final EntraTokens ENTRA = EntraTokens.shared();

	@DynamicPropertySource
	static void productionApi(DynamicPropertyRegistry properties) {
		ENTRA.register(properties);
	}

}
