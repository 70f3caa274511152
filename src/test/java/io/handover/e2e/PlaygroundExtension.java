package io.handover.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Resolves a {@link Playground} parameter: one Playground per running Handover (per
 * Spring test context and so per server port), started on first use and stopped when the
 * test run ends.
 */
public class PlaygroundExtension implements ParameterResolver {

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Playground.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		ApplicationContext spring = SpringExtension.getApplicationContext(context);
		Integer port = spring.getEnvironment().getProperty("local.server.port", Integer.class);
		if (port == null) {
			throw new IllegalStateException("A Playground needs Handover on a real port: use @PlaygroundTest");
		}
		ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(getClass()));
		return store
			.getOrComputeIfAbsent("playground-" + port, key -> new Running(Playground.start(port)), Running.class)
			.playground();
	}

	private record Running(Playground playground) implements ExtensionContext.Store.CloseableResource {

		@Override
		public void close() {
			this.playground.close();
		}

	}

}
