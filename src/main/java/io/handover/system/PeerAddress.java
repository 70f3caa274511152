package io.handover.system;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The address at the other end of the TCP connection, for the local-mode "this machine
 * only" rule. {@link HttpServletRequest#getRemoteAddr()} is not it: with
 * {@code server.forward-headers-strategy} on (set explicitly, or because Spring Boot
 * detects a cloud platform) Tomcat's RemoteIpValve or Spring's ForwardedHeaderFilter
 * rewrite it from {@code X-Forwarded-For}/{@code Forwarded}, which anyone can send.
 * {@link PeerAddressValve} records the socket's peer before any of that runs.
 */
public final class PeerAddress {

	/** Set by {@link PeerAddressValve}; a client cannot set request attributes. */
	static final String ATTRIBUTE = PeerAddress.class.getName();

	private PeerAddress() {
	}

	/** The TCP peer's address as an IP literal. */
	public static String of(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof String peer) {
			return peer;
		}
		// Without the valve (MockMvc has no socket): the innermost request's address,
		// beneath any wrapper that rewrote it from forwarded headers.
		ServletRequest inner = request;
		while (inner instanceof ServletRequestWrapper wrapper) {
			inner = wrapper.getRequest();
		}
		return inner.getRemoteAddr();
	}

	/** Whether the TCP peer is this machine (127.0.0.0/8 or ::1). */
	public static boolean isLoopback(HttpServletRequest request) {
		return isLoopbackLiteral(of(request));
	}

	/** Only IP literals count: a host name is never resolved, nor trusted. */
	public static boolean isLoopbackLiteral(String address) {
		if (address == null || !address.matches("[0-9a-fA-F:.%\\[\\]]+")) {
			return false;
		}
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
