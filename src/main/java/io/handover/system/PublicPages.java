package io.handover.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pages the Teams app manifest links to ({@code developer.websiteUrl},
 * {@code privacyUrl}, {@code termsOfUseUrl}): Teams shows these links to everyone who
 * installs the app, so they answer anyone, without a token (see
 * {@link ApiSecurityConfiguration#PUBLIC_PAGES}). The privacy statement and terms belong
 * to the organisation that runs Handover: a deployer points
 * {@code handover.pages.privacy-file} / {@code terms-file} / {@code about-file} at their
 * own HTML file, read on every request so an edit needs no restart; unset, the page
 * shipped in {@code pages/} answers. Pages, not API: kept out of the OpenAPI document.
 */
@Hidden
@RestController
class PublicPages {

	static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

	private final Page about;

	private final Page privacy;

	private final Page terms;

	PublicPages(@Value("${handover.pages.about-file:}") String about,
			@Value("${handover.pages.privacy-file:}") String privacy,
			@Value("${handover.pages.terms-file:}") String terms) {
		this.about = Page.of("about", about);
		this.privacy = Page.of("privacy", privacy);
		this.terms = Page.of("terms", terms);
	}

	@GetMapping("/")
	ResponseEntity<byte[]> about() throws IOException {
		return answer(this.about);
	}

	@GetMapping("/privacy")
	ResponseEntity<byte[]> privacy() throws IOException {
		return answer(this.privacy);
	}

	@GetMapping("/terms")
	ResponseEntity<byte[]> terms() throws IOException {
		return answer(this.terms);
	}

	private static ResponseEntity<byte[]> answer(Page page) throws IOException {
		return ResponseEntity.ok()
			.contentType(HTML)
			.cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic())
			.body(page.read());
	}

	/** The deployer's file when one is set, else the page shipped on the classpath. */
	record Page(String name, Path file) {

		static Page of(String name, String file) {
			if (!StringUtils.hasText(file)) {
				return new Page(name, null);
			}
			Path path = Path.of(file.trim());
			// A page named in the configuration that cannot be read would answer 500 to
			// everyone who opens the app's links: refuse to start instead, saying which.
			if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
				throw new IllegalStateException("handover.pages." + name + "-file names " + path.toAbsolutePath()
						+ ", which is not a readable file");
			}
			return new Page(name, path);
		}

		byte[] read() throws IOException {
			if (this.file != null) {
				return Files.readAllBytes(this.file);
			}
			try (InputStream in = new ClassPathResource("pages/" + this.name + ".html").getInputStream()) {
				return in.readAllBytes();
			}
		}

	}

}
