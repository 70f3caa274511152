package io.handover.enrolment;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The client assertion Apple's token endpoint asks for: a JWT signed ES256 with the API
 * account's private key, {@code kid} its key id, {@code iss} and {@code sub} the client
 * id, {@code aud} Apple's token audience, and a fresh {@code jti}. Each token request
 * gets a new, short-lived one. The key never leaves this class and is never shown.
 */
final class ClientAssertion {

	/** Short: an assertion is used once, right after it is made. */
	private static final Duration LIFETIME = Duration.ofMinutes(5);

	private final String clientId;

	private final String keyId;

	private final ECPrivateKey key;

	ClientAssertion(String clientId, String keyId, String privateKeyPem) {
		this.clientId = clientId;
		this.keyId = keyId;
		this.key = parse(privateKeyPem);
	}

	String sign(Instant now) {
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(this.keyId).type(JOSEObjectType.JWT).build();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(this.clientId)
			.subject(this.clientId)
			.audience(AppleBusinessProperties.AUDIENCE)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(LIFETIME)))
			.jwtID(UUID.randomUUID().toString())
			.build();
		SignedJWT jwt = new SignedJWT(header, claims);
		try {
			jwt.sign(new ECDSASigner(this.key));
		}
		catch (JOSEException ex) {
			throw new EnrolmentFailure(0, null, "The Apple Business private key cannot sign: " + ex.getMessage(),
					"check handover.apple-business.private-key (a P-256 key)");
		}
		return jwt.serialize();
	}

	/**
	 * A P-256 private key from PEM: PKCS #8 ({@code BEGIN PRIVATE KEY}) or SEC 1
	 * ({@code BEGIN EC PRIVATE KEY}, wrapped into PKCS #8 here).
	 */
	static ECPrivateKey parse(String pem) {
		// a key pasted into an environment variable often has its line breaks written
		// as \n
		String text = pem.strip().replace("\\r", "").replace("\\n", "\n");
		boolean sec1 = text.contains("BEGIN EC PRIVATE KEY");
		String base64 = text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s+", "");
		try {
			byte[] der = Base64.getDecoder().decode(base64);
			byte[] pkcs8 = sec1 ? pkcs8(der) : der;
			return (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
		}
		catch (GeneralSecurityException | IllegalArgumentException | ClassCastException ex) {
			// never the key itself in the message
			throw new IllegalArgumentException(
					"handover.apple-business.private-key is not a PEM EC (P-256) private key: "
							+ ex.getClass().getSimpleName());
		}
	}

	/** PKCS #8 PrivateKeyInfo around a SEC 1 ECPrivateKey of curve P-256. */
	private static byte[] pkcs8(byte[] sec1) {
		byte[] algorithm = { 0x30, 0x13, 0x06, 0x07, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08,
				0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x03, 0x01, 0x07 };
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(new byte[] { 0x02, 0x01, 0x00 });
		body.writeBytes(algorithm);
		body.writeBytes(tagged(0x04, sec1));
		return tagged(0x30, body.toByteArray());
	}

	private static byte[] tagged(int tag, byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(tag);
		int length = content.length;
		if (length < 0x80) {
			out.write(length);
		}
		else if (length < 0x100) {
			out.write(0x81);
			out.write(length);
		}
		else {
			out.write(0x82);
			out.write(length >> 8);
			out.write(length & 0xff);
		}
		out.writeBytes(content);
		return out.toByteArray();
	}

	@Override
	public String toString() {
		return "ClientAssertion[" + this.clientId + ", " + this.keyId + "]";
	}

}
