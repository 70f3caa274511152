package io.handover.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The Node.js tools the tests run (Teams manifest schema validation, Microsoft 365 Agents
 * Playground, Playwright), installed from the committed
 * {@code src/test/node/package.json} and {@code package-lock.json} into
 * {@code target/node-tools} with {@code npm ci}, once per lock file. A missing Node.js,
 * npm or Chromium skips the test on a developer's machine and fails it in CI
 * ({@code CI=true}), where a skipped end-to-end test would hide a broken product.
 */
public final class NodeTools {

	private static final Path SOURCE = Path.of("src", "test", "node");

	private static final Path HOME = Path.of("target", "node-tools");

	private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);

	private static NodeTools installed;

	private final Path home;

	private NodeTools(Path home) {
		this.home = home;
	}

	/**
	 * The tools, installed if needed; skips (locally) or fails (CI) the calling test when
	 * Node.js or npm is missing.
	 */
	public static synchronized NodeTools installed() {
		if (installed == null) {
			require("node", "Node.js (Debian: apt-get install nodejs npm)");
			require("npm", "npm (Debian: apt-get install npm)");
			installed = install();
		}
		return installed;
	}

	/** Debian's Chromium for Playwright; skips (locally) or fails (CI) when missing. */
	public static Path chromium() {
		Optional<Path> chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
			.map(Path::of)
			.filter(Files::isExecutable)
			.findFirst();
		if (chromium.isEmpty()) {
			missing("Chromium (Debian: apt-get install chromium)");
		}
		return chromium.get();
	}

	public static boolean inCi() {
		String ci = System.getenv("CI");
		return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
	}

	public Path home() {
		return this.home;
	}

	/** A script from {@code src/test/node}, copied beside the installed packages. */
	public Path script(String name) {
		return this.home.resolve(name);
	}

	/** A command line that runs {@code node} on one of the scripts. */
	public List<String> node(String script, String... args) {
		List<String> command = new ArrayList<>(List.of("node", script(script).toString()));
		command.addAll(List.of(args));
		return command;
	}

	/** The entry point of an installed package's binary, run with {@code node}. */
	public Path packageFile(String packageName, String file) {
		return this.home.resolve("node_modules").resolve(packageName).resolve(file);
	}

	/** Runs a command in the tools folder and returns its exit code and output. */
	public Result run(List<String> command, Duration timeout) {
		try {
			Path output = Files.createTempFile("node-tools", ".log");
			Process process = new ProcessBuilder(command).directory(this.home.toFile())
				.redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout);
			}
			String text = Files.readString(output);
			Files.deleteIfExists(output);
			return new Result(process.exitValue(), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public record Result(int exitCode, String output) {
	}

	private static NodeTools install() {
		try {
			Files.createDirectories(HOME);
			// One Maven build may run several test JVMs; only one installs at a time.
			try (FileChannel channel = FileChannel.open(HOME.resolve(".lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
				try (Stream<Path> files = Files.list(SOURCE)) {
					for (Path file : files.filter(Files::isRegularFile).toList()) {
						// only a changed script is replaced: another test JVM may be
						// running it
						Path copy = HOME.resolve(file.getFileName());
						if (!Files.exists(copy) || Files.mismatch(file, copy) != -1) {
							Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
						}
					}
				}
				String wanted = sha256(HOME.resolve("package-lock.json"));
				Path stamp = HOME.resolve("node_modules").resolve(".handover-installed");
				if (!Files.exists(stamp) || !Files.readString(stamp).equals(wanted)) {
					NodeTools tools = new NodeTools(HOME.toAbsolutePath());
					// --prefer-offline: once npm's cache holds the packages, no network
					// is
					// needed.
					Result result = tools.run(List.of("npm", "ci", "--prefer-offline", "--no-audit", "--no-fund"),
							INSTALL_TIMEOUT);
					if (result.exitCode() != 0) {
						throw new AssertionError("npm ci in " + HOME + " failed:\n" + result.output());
					}
					Files.writeString(stamp, wanted);
				}
			}
			return new NodeTools(HOME.toAbsolutePath());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void require(String command, String what) {
		if (!onPath(command)) {
			missing(what);
		}
	}

	private static boolean onPath(String command) {
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		return Stream.of(path.split(java.io.File.pathSeparator))
			.map(folder -> Path.of(folder, command))
			.anyMatch(Files::isExecutable);
	}

	private static void missing(String what) {
		String message = what + " is needed by this test and is not installed";
		if (inCi()) {
			Assertions.fail(message + " (CI=true: a missing tool fails the build; .ci/run installs it)");
		}
		Assumptions.abort(message + ": skipped outside CI");
	}

	private static String sha256(Path file) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(Files.readString(file).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
