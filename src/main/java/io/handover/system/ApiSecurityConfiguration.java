package io.handover.system;

import java.util.Map;

import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.LogSafe;
import io.handover.imports.ImportRuns;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static io.handover.system.ApiRoles.ADMIN;
import static io.handover.system.ApiRoles.FM;
import static io.handover.system.ApiRoles.HR;
import static io.handover.system.ApiRoles.IT;
import static io.handover.system.ApiRoles.MANAGER;

/**
 * Who may call what.
 * <ul>
 * <li>Always: {@code /api/messages} is open (the bot endpoint checks Bot Framework tokens
 * itself), as are {@code /actuator/health}, {@code /error} and the manifest's pages
 * ({@link #PUBLIC_PAGES}: GET {@code /}, {@code /privacy}, {@code /terms}; in production
 * also the portal's page and scripts, {@link #PORTAL}, which Teams, Outlook and the
 * Microsoft 365 app may frame). No CSRF: the API is stateless and takes no cookies.</li>
 * <li>Local mode (no {@code MicrosoftAppId}): everything else answers loopback callers
 * only (127.0.0.0/8, ::1); anyone else gets 403.</li>
 * <li>Production: an Entra ID bearer token for Handover's API; its {@code roles} claim
 * decides, see {@link #production}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ApiSecurityConfiguration.class);

	/**
	 * The manifest's website, privacy and terms links: open to anyone, see PublicPages.
	 */
	static final String[] PUBLIC_PAGES = { "/", "/privacy", "/terms" };

	private static final String HR_EVENTS = "/api/hr/events";

	/** Issue 21: YouForce's webhook, signed with the subscription's key. */
	private static final String YOUFORCE_EVENTS = "/api/hr/youforce/events";

	/**
	 * The portal's page, scripts and sign-in hint (module portal): open, like the
	 * manifest's other pages; its data comes from {@code /api/portal/**} with a token.
	 */
	static final String[] PORTAL = { "/portal", "/portal/", "/portal/**" };

	/**
	 * Where the portal may be framed: Teams, Outlook and the Microsoft 365 app
	 * (Microsoft's list of tab hosts, "Prerequisites" of the tab requirements); every
	 * other page may not be framed at all.
	 */
	static final String PORTAL_FRAME_ANCESTORS = "frame-ancestors 'self' https://*.cloud.microsoft "
			+ "https://teams.microsoft.com https://*.teams.microsoft.com https://*.microsoft365.com https://*.office.com "
			+ "https://outlook.office.com https://outlook.office365.com https://outlook-sdf.office.com "
			+ "https://outlook-sdf.office365.com";

	private static final String[] DOCS = { "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, Environment environment, ObjectProvider<JwtDecoder> decoder,
			ObjectProvider<AuditTrail> audit) throws Exception {
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable());
		RequestMatcher portal = PathPatternRequestMatcher.pathPattern("/portal/**");
		http.headers((headers) -> headers.frameOptions((frame) -> frame.disable())
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(portal),
					new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(portal,
					new StaticHeadersWriter("Content-Security-Policy", PORTAL_FRAME_ANCESTORS))));
		if (ProductionMode.isOn(environment)) {
			return production(http, decoder.getObject(), audit);
		}
		return local(http);
	}

	private SecurityFilterChain local(HttpSecurity http) throws Exception {
		AuthorizationManager<RequestAuthorizationContext> loopback = (authentication,
				context) -> new AuthorizationDecision(isLoopback(context.getRequest()));
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/api/messages", "/actuator/health/**", "/actuator/health", "/error")
			.permitAll()
			// issue 21: HR systems sign their events; the signature is the credential
			.requestMatchers(HttpMethod.POST, HR_EVENTS, YOUFORCE_EVENTS)
			.permitAll()
			.requestMatchers(HttpMethod.GET, PUBLIC_PAGES)
			.permitAll()
			.anyRequest()
			.access(loopback));
		return http.build();
	}

	/**
	 * Production roles:
	 * <table>
	 * <tr>
	 * <th>endpoint</th>
	 * <th>roles</th>
	 * </tr>
	 * <tr>
	 * <td>GET /api/employees/**</td>
	 * <td>Admin, IT, FM, HR, Manager</td>
	 * </tr>
	 * <tr>
	 * <td>POST/PUT/DELETE /api/employees/** (incl. import)</td>
	 * <td>Admin, HR</td>
	 * </tr>
	 * <tr>
	 * <td>GET /api/assets/**</td>
	 * <td>Admin, IT, FM, HR</td>
	 * </tr>
	 * <tr>
	 * <td>POST /api/assets/** (incl. import)</td>
	 * <td>Admin, IT, FM</td>
	 * </tr>
	 * <tr>
	 * <td>/api/audit/**</td>
	 * <td>Admin</td>
	 * </tr>
	 * <tr>
	 * <td>GET /api/people/{id}/export</td>
	 * <td>Admin, HR</td>
	 * </tr>
	 * <tr>
	 * <td>GET/DELETE /api/imports/{id}</td>
	 * <td>any Handover role, then the import's starter or Admin (checked by
	 * {@code imports.ImportRuns})</td>
	 * </tr>
	 * <tr>
	 * <td>/actuator/** but health</td>
	 * <td>Admin (GET /actuator/prometheus also Metrics, the scrape credential)</td>
	 * </tr>
	 * <tr>
	 * <td>GET /api/apps/**</td>
	 * <td>Admin, IT</td>
	 * </tr>
	 * <tr>
	 * <td>PUT/DELETE /api/apps/**, PUT /api/profiles/**, any change to
	 * /api/departments</td>
	 * <td>Admin</td>
	 * </tr>
	 * <tr>
	 * <td>POST /api/tickets/{key}/cancel, /reschedule</td>
	 * <td>Admin, HR, Manager</td>
	 * </tr>
	 * <tr>
	 * <td>POST /api/tickets/{key}/leaver-runbook,
	 * /api/tickets/{key}/temporary-access-pass, /api/leavers/{id}/check,
	 * /api/tasks/{id}/apple-business-retry</td>
	 * <td>Admin, IT</td>
	 * </tr>
	 * <tr>
	 * <td>POST /api/tasks/{id}/remote-wipe-approval,
	 * /api/tickets/{key}/leaver-runbook-approval, /api/tasks/{id}/apple-release-approval,
	 * /api/tickets/{key}/apple-devices/{serial}/release</td>
	 * <td>IT</td>
	 * </tr>
	 * <tr>
	 * <td>POST /api/hr/events, /api/hr/youforce/events (the HMAC signature is the
	 * credential)</td>
	 * <td>open</td>
	 * </tr>
	 * <tr>
	 * <td>any other /api/hr/** (sources, job profiles)</td>
	 * <td>Admin, HR</td>
	 * </tr>
	 * <tr>
	 * <td>any other /api/** (task transitions then check the task's department, see
	 * {@code ticket.TaskPermissions})</td>
	 * <td>any Handover role</td>
	 * </tr>
	 * </table>
	 */
	private SecurityFilterChain production(HttpSecurity http, JwtDecoder decoder, ObjectProvider<AuditTrail> audit)
			throws Exception {
		JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
		roles.setAuthoritiesClaimName("roles");
		roles.setAuthorityPrefix("");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(roles);
		http.oauth2ResourceServer(
				(server) -> server.jwt((jwt) -> jwt.decoder(decoder).jwtAuthenticationConverter(converter))
					.authenticationEntryPoint(notAuthenticated()))
			.exceptionHandling((handling) -> handling.accessDeniedHandler(refusedRole(audit))
				.authenticationEntryPoint(notAuthenticated()))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/api/messages", "/actuator/health/**", "/actuator/health", "/error")
				.permitAll()
				.requestMatchers(DOCS)
				.permitAll()
				.requestMatchers(HttpMethod.GET, PUBLIC_PAGES)
				.permitAll()
				// issue 21: an HR system signs its events with the shared secret (HMAC);
				// the signature is its credential, checked by the webhook itself
				.requestMatchers(HttpMethod.POST, HR_EVENTS, YOUFORCE_EVENTS)
				.permitAll()
				// issue 21: the HR sources' state and the job to profile table
				.requestMatchers("/api/hr", "/api/hr/**")
				.hasAnyAuthority(ADMIN, HR)
				.requestMatchers(HttpMethod.GET, PORTAL)
				.permitAll()
				// issue 24: the rest of the actuator (info, metrics, the list of
				// endpoints)
				// is for Administrators; Prometheus may scrape with its own credential
				.requestMatchers(HttpMethod.GET, "/actuator/prometheus")
				.hasAnyAuthority(ADMIN, ApiRoles.METRICS)
				.requestMatchers("/actuator", "/actuator/**")
				.hasAuthority(ADMIN)
				.requestMatchers(HttpMethod.GET, "/api/employees", "/api/employees/**")
				.hasAnyAuthority(ADMIN, IT, FM, HR, MANAGER)
				.requestMatchers("/api/employees", "/api/employees/**")
				.hasAnyAuthority(ADMIN, HR)
				.requestMatchers(HttpMethod.GET, "/api/assets", "/api/assets/**")
				.hasAnyAuthority(ADMIN, IT, FM, HR)
				.requestMatchers("/api/assets", "/api/assets/**")
				.hasAnyAuthority(ADMIN, IT, FM)
				.requestMatchers("/api/audit", "/api/audit/**")
				.hasAuthority(ADMIN)
				// issue 24: what Handover holds about one person, for an access request
				.requestMatchers(HttpMethod.GET, "/api/people/*/export")
				.hasAnyAuthority(ADMIN, HR)
				.requestMatchers("/api/people", "/api/people/**")
				.denyAll()
				// issue 16: the application register and the role profiles decide which
				// accounts, groups and licences the runbooks grant and take: Admin only.
				// IT reads the register (it deactivates standalone accounts by it);
				// every role reads profiles (an announcement names one).
				.requestMatchers(HttpMethod.GET, "/api/apps", "/api/apps/**")
				.hasAnyAuthority(ADMIN, IT)
				.requestMatchers("/api/apps", "/api/apps/**")
				.hasAuthority(ADMIN)
				.requestMatchers(HttpMethod.GET, "/api/profiles", "/api/profiles/**", "/api/departments",
						"/api/departments/**")
				.hasAnyAuthority(ApiRoles.ALL)
				.requestMatchers("/api/profiles", "/api/profiles/**", "/api/departments", "/api/departments/**")
				.hasAuthority(ADMIN)
				// issue 16: cancelling or moving a ticket is HR's, an Admin's or (for
				// their own reports, checked by the ticket) a Manager's
				.requestMatchers(HttpMethod.POST, "/api/tickets/*/cancel", "/api/tickets/*/reschedule")
				.hasAnyAuthority(ADMIN, HR, MANAGER)
				.requestMatchers(HttpMethod.POST, "/api/tickets/*/leaver-runbook",
						"/api/tickets/*/temporary-access-pass", "/api/leavers/*/check",
						"/api/tasks/*/apple-business-retry")
				.hasAnyAuthority(ADMIN, IT)
				.requestMatchers(HttpMethod.POST, "/api/tasks/*/remote-wipe-approval",
						"/api/tickets/*/leaver-runbook-approval", "/api/tasks/*/apple-release-approval",
						"/api/tickets/*/apple-devices/*/release")
				.hasAuthority(IT)
				.requestMatchers("/api/**")
				.hasAnyAuthority(ApiRoles.ALL)
				.anyRequest()
				.authenticated());
		return http.build();
	}

	/**
	 * No token, or one Handover does not accept: 401 with the standard
	 * {@code WWW-Authenticate} header and the reason as problem details, logged. Not
	 * audited: anyone can send these, and the trail is append-only.
	 */
	private static AuthenticationEntryPoint notAuthenticated() {
		BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
		return (request, response, failure) -> {
			bearer.commence(request, response, failure);
			String reason = request.getHeader(HttpHeaders.AUTHORIZATION) == null
					? "The request carries no bearer token; Handover's API needs an Entra ID access token."
					: "The bearer token is not accepted: " + failure.getMessage();
			log.warn("Refused {} {} from {} with 401: {}", LogSafe.of(request.getMethod()),
					LogSafe.of(request.getRequestURI()), PeerAddress.of(request), LogSafe.of(failure.getMessage()));
			Map<String, Object> problem = FilterProblems.problem(HttpStatus.UNAUTHORIZED, "Not authenticated", reason);
			problem.put("code", "not-authenticated");
			FilterProblems.writeNamingCharset(response, problem);
		};
	}

	/**
	 * A valid token without a role this endpoint needs: 403 with the reason as problem
	 * details, and an audit entry naming the caller (every refusal is audited).
	 */
	private static AccessDeniedHandler refusedRole(ObjectProvider<AuditTrail> audit) {
		return (request, response, denied) -> {
			Actor caller = ApiCaller.current();
			String endpoint = request.getMethod() + " " + request.getRequestURI();
			String reason = "None of the caller's Handover roles " + caller.roles().stream().sorted().toList()
					+ " may call " + endpoint + ".";
			AuditTrail trail = audit.getIfAvailable();
			if (trail != null) {
				trail.record("api", endpoint, "refused", caller, reason, Map.of());
			}
			Map<String, Object> problem = FilterProblems.problem(HttpStatus.FORBIDDEN, "Not permitted", reason);
			problem.put("code", "role-missing");
			FilterProblems.writeNamingCharset(response, problem);
		};
	}

	/**
	 * Spring Security's firewall refuses URLs with encoded slashes, backslashes,
	 * semicolons, percent signs or control characters, and headers with control
	 * characters, with a bare 400; this says why, as every other refusal of the API does.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, rejected) -> {
			boolean header = rejected.getMessage() != null && rejected.getMessage().contains("header");
			FilterProblems
				.writeNamingCharset(response, FilterProblems.problem(HttpStatus.BAD_REQUEST, "Malformed request", header
						? "A header of the request contains characters Handover does not accept (a control character)."
						: "The request URL contains characters Handover does not accept in a path "
								+ "(an encoded slash, a backslash, a semicolon, a percent sign or a control character)."));
		};
	}

	/** The TCP peer, never an address rewritten from forwarded headers. */
	static boolean isLoopback(HttpServletRequest request) {
		return PeerAddress.isLoopback(request);
	}

}
