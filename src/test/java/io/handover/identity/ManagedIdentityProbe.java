package io.handover.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Looks Anna up through Graph signed in with a managed identity, in a process whose
 * environment holds App Service's identity endpoint; prints what it found.
 */
final class ManagedIdentityProbe {

	private ManagedIdentityProbe() {
	}

	public static void main(String[] args) {
		GraphProperties settings = new GraphProperties("contoso-tenant", "bot-app-id", null, null, null, args[0], null,
				null, null, 0, Duration.ofSeconds(1), GraphProperties.MANAGED_IDENTITY);
		try {
			System.out.println(GraphConfiguration.graphDirectory(settings)
				.findAccount("anna@example.com")
				.map(account -> "found " + account.id())
				.orElse("not found"));
		}
		catch (DirectoryFailure failure) {
			System.out.println("failed: " + failure.describe());
		}
		System.exit(0);
	}

	/** Runs the probe with App Service's two variables and answers its last line. */
	static String run(String graphBaseUrl, String identityEndpoint, String identityHeader) {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), ManagedIdentityProbe.class.getName(), graphBaseUrl)
			.redirectErrorStream(true);
		builder.environment().put("IDENTITY_ENDPOINT", identityEndpoint);
		builder.environment().put("IDENTITY_HEADER", identityHeader);
		builder.environment().remove("JAVA_TOOL_OPTIONS");
		try {
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("the probe did not finish: " + output);
			}
			List<String> lines = output.lines().filter(line -> !line.isBlank()).toList();
			return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
