package io.handover.hr.youforce;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.handover.hr.HrSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Only a call signed with the customer's subscription key, over exactly the body that
 * arrived, passes as YouForce's webhook.
 */
class YouforceWebhookSignatureTests {

	private static final String KEY = "c2lnbmF0dXJlLWtleS1vZi10aGUtc3Vic2NyaXB0aW9u";

	private final YouforceWebhookSignature signature = new YouforceWebhookSignature(KEY, "X-Signature");

	private final byte[] body = "{\"eventType\":\"EmploymentChanged\",\"personCode\":\"1004\"}"
		.getBytes(StandardCharsets.UTF_8);

	@Test
	void aBodySignedWithTheSubscriptionKeyVerifies() throws Exception {
		// Computed independently: Base64 of HMAC-SHA256 over the UTF-8 body.
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String sent = Base64.getEncoder().encodeToString(mac.doFinal(this.body));

		assertThat(this.signature.verifies(this.body, sent)).isTrue();
		assertThat(this.signature.signatureOf(this.body)).isEqualTo(sent);
	}

	@Test
	void aTamperedBodyDoesNotVerify() {
		String sent = this.signature.signatureOf(this.body);
		byte[] tampered = "{\"eventType\":\"EmploymentChanged\",\"personCode\":\"1005\"}"
			.getBytes(StandardCharsets.UTF_8);

		assertThat(this.signature.verifies(tampered, sent)).isFalse();
	}

	@Test
	void aSignatureMadeWithAnotherKeyDoesNotVerify() {
		String forged = new YouforceWebhookSignature("another-key", "X-Signature").signatureOf(this.body);

		assertThat(this.signature.verifies(this.body, forged)).isFalse();
	}

	@Test
	void aMissingOrUnreadableSignatureDoesNotVerify() {
		assertThat(this.signature.verifies(this.body, null)).isFalse();
		assertThat(this.signature.verifies(this.body, " ")).isFalse();
		assertThat(this.signature.verifies(this.body, "not base64 at all!")).isFalse();
	}

	@Test
	void withoutAKeyNothingCanBeVerified() {
		assertThatIllegalArgumentException().isThrownBy(() -> new YouforceWebhookSignature(" ", "X-Signature"));
		assertThat(this.signature.toString()).doesNotContain(KEY);
	}

	@Test
	void theVerifierAndTheSourceExistOnlyWhenConfigured() {
		ApplicationContextRunner context = new ApplicationContextRunner()
			.withUserConfiguration(Properties.class, YouforceConfiguration.class)
			.withBean(Clock.class, Clock::systemUTC);

		context.run(empty -> {
			assertThat(empty).doesNotHaveBean(HrSource.class);
			assertThat(empty).doesNotHaveBean(YouforceWebhookSignature.class);
		});
		context.withPropertyValues("handover.hr.youforce.client-id=id", "handover.hr.youforce.client-secret=s")
			.run(noTenant -> assertThat(noTenant).doesNotHaveBean(HrSource.class));
		context
			.withPropertyValues("handover.hr.youforce.client-id=id", "handover.hr.youforce.client-secret=s",
					"handover.hr.youforce.tenant-id=1234567", "handover.hr.youforce.webhook-signature-key=" + KEY)
			.run(configured -> {
				assertThat(configured.getBean(HrSource.class).system()).isEqualTo("youforce");
				assertThat(configured.getBean(YouforceWebhookSignature.class).header()).isEqualTo("X-VWD-Signature-V1");
			});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(YouforceProperties.class)
	static class Properties {

	}

}
