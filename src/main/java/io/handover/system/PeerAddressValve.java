package io.handover.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Records the socket's peer address ({@link Request#getPeerAddr()}, which Tomcat never
 * rewrites from forwarded headers) as a request attribute for {@link PeerAddress}.
 */
final class PeerAddressValve extends ValveBase {

	PeerAddressValve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		request.setAttribute(PeerAddress.ATTRIBUTE, request.getPeerAddr());
		getNext().invoke(request, response);
	}

	/** Installs the valve on Handover's one web application context. */
	@Component
	static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextValves(new PeerAddressValve());
		}

	}

}
