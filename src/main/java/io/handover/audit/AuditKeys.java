package io.handover.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that authenticate audit entries (HMAC-SHA-256). The store never holds them:
 * whoever can write to the store can change an entry, but cannot compute its
 * authentication again, so {@code /api/audit/verify} finds the change.
 */
public final class AuditKeys {

	static final int MINIMUM_BYTES = 32;

	private final String currentId;

	private final Map<String, SecretKeySpec> keys;

	AuditKeys(String currentId, Map<String, byte[]> keys) {
		this.currentId = currentId;
		this.keys = new HashMap<>();
		keys.forEach((id, key) -> {
			if (key.length < MINIMUM_BYTES) {
				throw new IllegalArgumentException("The audit key '" + id + "' has " + key.length
						+ " bytes; it needs at least " + MINIMUM_BYTES + " (base64 of 32 random bytes).");
			}
			this.keys.put(id, new SecretKeySpec(key, "HmacSHA256"));
		});
		if (!this.keys.containsKey(currentId)) {
			throw new IllegalArgumentException("No audit key with id '" + currentId + "'.");
		}
	}

	/**
	 * The configured key, or one generated once into {@code file} and read from it since.
	 */
	static AuditKeys from(AuditProperties properties, Path file) {
		Map<String, byte[]> keys = new HashMap<>();
		properties.previousKeys().forEach((id, key) -> keys.put(id, decode(id, key)));
		if (properties.key() != null && !properties.key().isBlank()) {
			String id = blank(properties.keyId()) ? "configured" : properties.keyId();
			keys.put(id, decode(id, properties.key()));
			return new AuditKeys(id, keys);
		}
		byte[] key = readOrGenerate(file);
		String id = "file-" + HexFormat.of().formatHex(sha256(key), 0, 4);
		keys.put(id, key);
		return new AuditKeys(id, keys);
	}

	/** A key for this process only: for a store that lives no longer (in memory). */
	static AuditKeys ephemeral() {
		byte[] key = new byte[MINIMUM_BYTES];
		new SecureRandom().nextBytes(key);
		return new AuditKeys("ephemeral", Map.of("ephemeral", key));
	}

	String currentId() {
		return this.currentId;
	}

	boolean holds(String keyId) {
		return this.keys.containsKey(keyId);
	}

	/** The authentication of {@code content} with the key {@code keyId}, as hex. */
	String mac(String keyId, String content) {
		SecretKeySpec key = this.keys.get(keyId);
		if (key == null) {
			throw new IllegalArgumentException("No audit key with id '" + keyId + "'.");
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] readOrGenerate(Path file) {
		try {
			if (Files.exists(file)) {
				return decode(file.toString(), Files.readString(file).trim());
			}
			byte[] key = new byte[MINIMUM_BYTES];
			new SecureRandom().nextBytes(key);
			if (file.toAbsolutePath().getParent() != null) {
				Files.createDirectories(file.toAbsolutePath().getParent());
			}
			Files.writeString(file, Base64.getEncoder().encodeToString(key));
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException notPosix) {
				// Windows: the folder's permissions apply
			}
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the audit key file " + file, ex);
		}
	}

	private static byte[] decode(String id, String base64) {
		try {
			return Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("The audit key '" + id + "' is not base64.", ex);
		}
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
