package io.handover.cards;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The reference tooling for the card tests: Node.js with the npm packages pinned in
 * {@code src/test/node/package-lock.json}, installed by {@code npm ci} into
 * {@code target/node-tools}, and Debian's Chromium. Without them the tests are skipped
 * locally but fail in CI ({@code CI=true}), so a missing tool never passes silently.
 */
final class NodeTools {

	static final Path SOURCE = Paths.get("src/test/node");

	static final Path HOME = Paths.get("target/node-tools");

	static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

	private static final List<String> FILES = List.of("package.json", "package-lock.json", "expand.cjs", "render.cjs");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static boolean installed;

	private NodeTools() {
	}

	/** Node and the npm packages, installed once per build. */
	static synchronized void requireNode() {
		require(commandWorks("node", "--version"), "Node.js ('node' on the PATH) is needed for the card tests");
		require(commandWorks("npm", "--version"), "npm is needed to install the card test tools");
		if (installed) {
			return;
		}
		try {
			Files.createDirectories(HOME);
			Path lockCopy = HOME.resolve("node_modules/.handover-lock.json");
			boolean upToDate = Files.exists(lockCopy)
					&& Files.mismatch(lockCopy, SOURCE.resolve("package-lock.json")) == -1;
			for (String file : FILES) {
				Files.copy(SOURCE.resolve(file), HOME.resolve(file), StandardCopyOption.REPLACE_EXISTING);
			}
			if (!upToDate) {
				Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline")
					.directory(HOME.toFile())
					.redirectErrorStream(true)
					.start();
				String log = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
					fail("npm ci in " + HOME + " failed:\n" + log);
				}
				Files.copy(SOURCE.resolve("package-lock.json"), lockCopy, StandardCopyOption.REPLACE_EXISTING);
			}
			installed = true;
		}
		catch (IOException ex) {
			fail("Cannot install the card test tools: " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			fail("Interrupted while installing the card test tools");
		}
	}

	static void requireChromium() {
		require(Files.isExecutable(Paths.get(CHROMIUM)),
				"Chromium (" + CHROMIUM + ", Debian package 'chromium') is needed to render cards");
	}

	/**
	 * Runs one script of the tools with a JSON batch on stdin and returns its JSON
	 * answer.
	 */
	static JsonNode run(String script, Object input) {
		try {
			Process node = new ProcessBuilder("node", script).directory(HOME.toFile()).start();
			CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> readAll(node.getErrorStream()));
			CompletableFuture<byte[]> stdout = CompletableFuture.supplyAsync(() -> readAll(node.getInputStream()));
			try (OutputStream in = node.getOutputStream()) {
				JSON.writeValue(in, input);
			}
			if (!node.waitFor(5, TimeUnit.MINUTES)) {
				node.destroyForcibly();
				fail("node " + script + " did not finish within 5 minutes");
			}
			String errors = new String(stderr.get(), StandardCharsets.UTF_8);
			if (node.exitValue() != 0) {
				fail("node " + script + " failed (" + node.exitValue() + "):\n" + errors);
			}
			return JSON.readTree(stdout.get());
		}
		catch (Exception ex) {
			throw new IllegalStateException("Running node " + script + " failed", ex);
		}
	}

	private static byte[] readAll(InputStream in) {
		try (in) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			in.transferTo(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			return new byte[0];
		}
	}

	private static void require(boolean present, String message) {
		if (present) {
			return;
		}
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			fail(message + " (CI=true: the test fails instead of skipping)");
		}
		assumeTrue(false, message + " — skipped outside CI");
	}

	private static boolean commandWorks(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
