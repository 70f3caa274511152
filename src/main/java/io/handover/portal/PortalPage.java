package io.handover.portal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tab's page: {@code /portal} (the manifest's {@code contentUrl} and
 * {@code websiteUrl}) answers the front end the build put into {@code static/portal/}
 * (its scripts and styles are served from there as static resources);
 * {@code /portal/session.json} tells the page how to sign in. Both are open in production
 * (the data they lead to needs a token); in local mode, like everything, loopback only.
 */
@Hidden
@RestController
class PortalPage {

	static final String INDEX = "static/portal/index.html";

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final PortalViewer viewer;

	PortalPage(PortalViewer viewer) {
		this.viewer = viewer;
	}

	@GetMapping({ "/portal", "/portal/" })
	ResponseEntity<byte[]> page() throws IOException {
		ClassPathResource index = new ClassPathResource(INDEX);
		if (!index.exists()) {
			// a build without the front end (an IDE that compiled Java only) says so
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.TEXT_PLAIN)
				.body(("The portal's front end is not built: run ./mvnw process-resources (it needs Node.js and npm), "
						+ "see docs/portal.md.")
					.getBytes(StandardCharsets.UTF_8));
		}
		try (InputStream in = index.getInputStream()) {
			return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noCache()).body(in.readAllBytes());
		}
	}

	/**
	 * How the page signs in: {@code teams} (Teams SSO; outside Teams it says how to open
	 * it there), or {@code local} with the trial people it may view as.
	 */
	@GetMapping(path = "/portal/session.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> session() {
		List<PortalProperties.TrialPerson> people = this.viewer.trialPeople();
		Map<String, Object> session = this.viewer.production() ? Map.of("mode", "teams")
				: Map.of("mode", "local", "trialPeople", people);
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(session);
	}

}
