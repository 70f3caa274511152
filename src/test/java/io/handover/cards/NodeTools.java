package io.handover.cards;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.fail;

/**
 * The reference tooling for the card tests, on the project's one Node installation
 * ({@link io.handover.e2e.NodeTools}: npm packages pinned in {@code src/test/node},
 * installed into {@code target/node-tools}; a missing tool skips locally and fails in
 * CI). The card scripts take a JSON batch on stdin and answer JSON, so one Node process
 * serves a whole test class.
 */
final class NodeTools {

	private static final ObjectMapper JSON = new ObjectMapper();

	private NodeTools() {
	}

	static Path requireNode() {
		return io.handover.e2e.NodeTools.installed().home();
	}

	static Path requireChromium() {
		return io.handover.e2e.NodeTools.chromium();
	}

	/** Runs one script with a JSON batch on stdin and returns its JSON answer. */
	static JsonNode run(String script, Object input) {
		try {
			Process node = new ProcessBuilder("node", script).directory(requireNode().toFile()).start();
			// Own threads, not the common pool: on two cores that pool has one thread,
			// and
			// when something else holds it node blocks on a full pipe and never finishes.
			CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> readAll(node.getErrorStream()),
					NodeTools::reader);
			CompletableFuture<byte[]> stdout = CompletableFuture.supplyAsync(() -> readAll(node.getInputStream()),
					NodeTools::reader);
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

	private static void reader(Runnable read) {
		Thread thread = new Thread(read, "node-output");
		thread.setDaemon(true);
		thread.start();
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

}
