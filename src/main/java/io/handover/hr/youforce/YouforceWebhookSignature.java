package io.handover.hr.youforce;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Whether a webhook call really comes from the customer's YouForce subscription: Visma's
 * webhook dispatcher signs each call with the subscription's signature key, as the Base64
 * of the HMAC-SHA256 of the UTF-8 body, in a header. Only the raw body as received
 * verifies (a re-serialised JSON does not), and the comparison takes the same time
 * however much of the signature matches.
 */
public final class YouforceWebhookSignature {

	private static final String HMAC = "HmacSHA256";

	private final SecretKeySpec key;

	private final String header;

	/**
	 * @param signatureKey the subscription's signature key, as the Developer Portal shows
	 * it
	 * @param header the header the signature arrives in
	 */
	public YouforceWebhookSignature(String signatureKey, String header) {
		if (signatureKey == null || signatureKey.isBlank()) {
			throw new IllegalArgumentException("A webhook signature key is needed to verify YouForce's webhooks");
		}
		this.key = new SecretKeySpec(signatureKey.getBytes(StandardCharsets.UTF_8), HMAC);
		this.header = header;
	}

	/** The header a caller reads the signature from. */
	public String header() {
		return this.header;
	}

	/**
	 * Whether the signature is this subscription's for exactly this body.
	 * @param body the request body as received, byte for byte
	 * @param signature the header's value; null or blank never verifies
	 * @return true only for a matching signature
	 */
	public boolean verifies(byte[] body, String signature) {
		if (body == null || signature == null || signature.isBlank()) {
			return false;
		}
		byte[] claimed;
		try {
			claimed = Base64.getDecoder().decode(signature.strip());
		}
		catch (IllegalArgumentException notBase64) {
			return false;
		}
		return MessageDigest.isEqual(sign(body), claimed);
	}

	/** The signature of a body, as YouForce would send it (tests, the emulator). */
	public String signatureOf(byte[] body) {
		return Base64.getEncoder().encodeToString(sign(body));
	}

	private byte[] sign(byte[] body) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(this.key);
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	/** Keeps the key out of logs. */
	@Override
	public String toString() {
		return "YouforceWebhookSignature[header=" + this.header + "]";
	}

}
