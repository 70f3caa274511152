package io.handover.testing;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Assumptions;

/**
 * An HTTP server on this machine's non-loopback address: to the bot, another machine. It
 * counts the requests that reach it, so a test can show that none did.
 */
public final class OtherHost implements AutoCloseable {

	private final HttpServer server;

	private final String address;

	private final AtomicInteger requests = new AtomicInteger();

	private OtherHost(InetAddress address) throws IOException {
		this.address = address.getHostAddress();
		this.server = HttpServer.create(new InetSocketAddress(address, 0), 0);
		this.server.createContext("/", (exchange) -> {
			this.requests.incrementAndGet();
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		this.server.start();
	}

	/**
	 * Starts one; without a non-loopback address the test is skipped, or fails when
	 * {@code CI=true}.
	 */
	public static OtherHost start() {
		try {
			return new OtherHost(requiredAddress());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** This machine's address as another machine would call it, e.g. 192.0.2.2. */
	public String address() {
		return this.address;
	}

	public String url() {
		return "http://" + this.address + ":" + this.server.getAddress().getPort() + "/";
	}

	public int requests() {
		return this.requests.get();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * This machine's non-loopback address; without one the test is skipped, or fails when
	 * {@code CI=true} (CI machines have a network interface, a laptop offline may not).
	 */
	public static InetAddress requiredAddress() {
		InetAddress address = nonLoopbackAddress().orElse(null);
		if (address == null) {
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException("This test needs a non-loopback network address");
			}
			Assumptions.abort("no non-loopback network address on this machine");
		}
		return address;
	}

	private static Optional<InetAddress> nonLoopbackAddress() {
		try {
			for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
				if (!nic.isUp() || nic.isLoopback()) {
					continue;
				}
				for (InetAddress address : Collections.list(nic.getInetAddresses())) {
					if (address instanceof Inet4Address && !address.isLoopbackAddress()
							&& !address.isLinkLocalAddress()) {
						return Optional.of(address);
					}
				}
			}
		}
		catch (SocketException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

}
