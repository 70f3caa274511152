package io.handover.teams;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 24, finding 5: the hosts the bot may send to, by mode. */
class ServiceUrlsTests {

	ServiceUrls production = new ServiceUrls(true, List.of());

	ServiceUrls local = new ServiceUrls(false, List.of());

	@Test
	void productionSendsToTheBotFrameworksHostsOverHttps() {
		for (String url : new String[] { "https://smba.trafficmanager.net/emea/",
				"https://smba.trafficmanager.net/teams/", "https://smba.infra.gcc.teams.microsoft.com/teams",
				"https://smba.infra.gov.teams.microsoft.us/teams", "https://smba.infra.dod.teams.microsoft.us/teams",
				"https://webchat.botframework.com/", "https://SMBA.TrafficManager.net/amer/" }) {
			assertThat(this.production.refusal(url)).as(url).isEmpty();
		}
	}

	@Test
	void productionRefusesEveryOtherHost() {
		assertThat(this.production.refusal("https://smba.trafficmanager.net.evil.example/emea/"))
			.hasValueSatisfying(reason -> assertThat(reason).contains("not a host of the Bot Framework"));
		for (String url : new String[] { "https://evilbotframework.com/", "https://botframework.com.evil.example/",
				"https://evil.example/smba.trafficmanager.net/", "https://127.0.0.1:3978/", "https://52.112.0.10/",
				"https://user@smba.trafficmanager.net/emea/", "ftp://smba.trafficmanager.net/", "not a url", "" }) {
			assertThat(this.production.refusal(url)).as(url).isPresent();
		}
		assertThat(this.production.refusal(null)).isPresent();
		assertThat(this.production.refusal("http://smba.trafficmanager.net/emea/"))
			.hasValueSatisfying(reason -> assertThat(reason).contains("not https"));
	}

	@Test
	void configuredHostsAreAddedInProduction() {
		ServiceUrls withSovereignCloud = new ServiceUrls(true, List.of(" smba.example.cn ", "127.0.0.1"));

		assertThat(withSovereignCloud.refusal("https://smba.example.cn/teams")).isEmpty();
		assertThat(withSovereignCloud.refusal("http://127.0.0.1:4321/")).isEmpty();
		assertThat(withSovereignCloud.refusal("https://evil.example/")).isPresent();
	}

	@Test
	void localModeSendsToThisMachineOnly() {
		for (String url : new String[] { "http://localhost:56150/_connector", "http://127.0.0.1:4321/",
				"http://127.8.0.1/", "http://[::1]:56150/" }) {
			assertThat(this.local.refusal(url)).as(url).isEmpty();
		}
		for (String url : new String[] { "https://smba.trafficmanager.net/emea/", "http://192.0.2.2:4321/",
				"http://localhost.evil.example/", "http://127.0.0.1.evil.example/", "http://[2001:db8::1]/" }) {
			assertThat(this.local.refusal(url)).as(url)
				.hasValueSatisfying(reason -> assertThat(reason).contains("must point to this machine"));
		}
	}

	@Test
	void aLineBreakInARefusedUrlCannotForgeALogLine() {
		assertThat(this.production.refusal("https://evil.example/\r\nINFO forged"))
			.hasValueSatisfying(reason -> assertThat(reason).doesNotContain("\n").doesNotContain("\r"));
	}

}
