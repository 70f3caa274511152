package io.handover.system;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import com.mongodb.ServerAddress;
import com.mongodb.UnixServerAddress;

/**
 * What the embedded store's refusal tests and the security probes (issue 24, finding 1a)
 * look at from outside: the TCP ports this process listens on, and what another user of
 * the machine gets when connecting to a Unix domain socket. Linux.
 */
final class ProcessSockets {

	private ProcessSockets() {
	}

	/**
	 * Goes on when {@code available}; otherwise the test is skipped on a developer's
	 * machine and fails when {@code CI=true}, where a missing tool must not pass as a
	 * skipped test (.ci/run installs what these tests need).
	 */
	static void require(boolean available, String needs) {
		if (available) {
			return;
		}
		if ("true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("This test " + needs + ", which this CI machine lacks");
		}
		org.junit.jupiter.api.Assumptions.abort(needs);
	}

	/** Whether this process's sockets can be read (/proc: Linux). */
	static boolean readable() {
		return Files.isDirectory(Path.of("/proc/self/fd")) && Files.exists(Path.of("/proc/net/tcp"));
	}

	/**
	 * The TCP ports this process listens on: its socket inodes (/proc/self/fd) in the
	 * kernel's TCP tables in state LISTEN (0A).
	 */
	static Set<Integer> listeningTcpPorts() throws IOException {
		Set<String> inodes = new HashSet<>();
		try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
			for (Path descriptor : descriptors) {
				try {
					String target = Files.readSymbolicLink(descriptor).toString();
					if (target.startsWith("socket:[")) {
						inodes.add(target.substring("socket:[".length(), target.length() - 1));
					}
				}
				catch (IOException closedMeanwhile) {
					// a descriptor closed while listing is no listener
				}
			}
		}
		Set<Integer> ports = new TreeSet<>();
		for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			Path path = Path.of(table);
			if (!Files.exists(path)) {
				continue;
			}
			List<String> lines = Files.readAllLines(path);
			for (String line : lines.subList(1, lines.size())) {
				String[] fields = line.trim().split("\\s+");
				if (fields[3].equals("0A") && inodes.contains(fields[9])) {
					ports.add(Integer.parseInt(fields[1].substring(fields[1].indexOf(':') + 1), 16));
				}
			}
		}
		return ports;
	}

	/**
	 * Whether this process can act as user nobody (uid 65534) to try a connection: it
	 * runs as root, with setpriv and python3.
	 */
	static boolean canActAsNobody() {
		return "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/setpriv"))
				&& Files.isExecutable(Path.of("/usr/bin/python3"));
	}

	/**
	 * What user nobody gets when connecting to the socket: {@code connected}, or the
	 * Python error's name ({@code PermissionError}, {@code FileNotFoundError}).
	 */
	static String connectAsNobody(Path socket) throws IOException, InterruptedException {
		String script = "import socket, sys\n" + "s = socket.socket(socket.AF_UNIX)\n" + "try:\n"
				+ "    s.connect(sys.argv[1]); print('connected')\n"
				+ "except Exception as e:\n    print(type(e).__name__)\n";
		Process process = new ProcessBuilder("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
				"/usr/bin/python3", "-c", script, socket.toString())
			.redirectErrorStream(true)
			.start();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("connecting as nobody to " + socket + " did not finish in 30 s");
		}
		return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
	}

	/** A connection string for the driver's server address: socket or host and port. */
	static String uri(ServerAddress address) {
		return address instanceof UnixServerAddress
				? "mongodb://" + URLEncoder.encode(address.getHost(), StandardCharsets.UTF_8)
				: "mongodb://" + address.getHost() + ":" + address.getPort();
	}

}
