package io.handover.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.handover.e2e.MockTenantDirectory;
import io.handover.testing.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22: "the first page load (JavaScript, CSS) ≤ 300 KB compressed", measured on the
 * running service as a browser in Teams fetches it: the page, then every script and style
 * sheet it names, each asked for with {@code Accept-Encoding: gzip}; what counts is the
 * bytes that travel. The Playground tests' context (as {@code OperationsTests}): the
 * portal is the same in any, and one context started less keeps the suite short.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestClockConfiguration.class, MockTenantDirectory.class })
@AutoConfigureMetrics
@AutoConfigureTestRestTemplate
class PortalFirstLoadTests {

	static final int BUDGET = 300 * 1024;

	@LocalServerPort
	int port;

	@Test
	void theFirstLoadTravelsCompressedWithinThreeHundredKilobytes() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<byte[]> page = fetch(http, "/portal");
		assertThat(page.statusCode()).isEqualTo(200);
		String html = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
		if ("gzip".equals(page.headers().firstValue("Content-Encoding").orElse(null))) {
			html = new String(
					new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(page.body())).readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
		}
		List<String> assets = new ArrayList<>();
		Matcher named = Pattern.compile("(?:src|href)=\"(/portal/[^\"]+\\.(?:js|css))\"").matcher(html);
		while (named.find()) {
			assets.add(named.group(1));
		}
		assertThat(assets).as("the scripts and style sheets the page names").isNotEmpty();
		long travelled = page.body().length;
		long unpacked = html.length();
		for (String asset : assets) {
			HttpResponse<byte[]> response = fetch(http, asset);
			assertThat(response.statusCode()).as(asset).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Encoding")).as(asset).hasValue("gzip");
			travelled += response.body().length;
			unpacked += new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))
				.readAllBytes().length;
		}
		System.out.printf(java.util.Locale.ROOT, "portal first load: %s, %,d bytes compressed (%,d unpacked)%n", assets,
				travelled, unpacked);
		assertThat(travelled).isLessThanOrEqualTo(BUDGET);
	}

	private HttpResponse<byte[]> fetch(HttpClient http, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept-Encoding", "gzip")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
