package io.handover.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chain's head (sequence number and hash) written down outside the store: a line per
 * anchor in a file of its own, authenticated with the audit key, and the same in the
 * service log. Removing the newest entries, or the whole trail, leaves an anchor that the
 * store can no longer match; and the next entry does not reuse a number an anchor has
 * seen.
 */
final class AuditAnchors {

	private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);

	private final Path file;

	private final AuditKeys keys;

	/** Without a file (the in-memory store): anchors live as long as the store does. */
	private final List<Anchor> inMemory = new ArrayList<>();

	AuditAnchors(Path file, AuditKeys keys) {
		this.file = file;
		this.keys = keys;
	}

	/** One anchored head. */
	record Anchor(long sequence, String hash, Instant at) {

		String content() {
			return this.sequence + " " + this.hash + " " + this.at;
		}

	}

	synchronized void anchor(long sequence, String hash, Instant at) {
		Anchor anchor = new Anchor(sequence, hash, at);
		if (this.file == null) {
			this.inMemory.add(anchor);
		}
		else {
			String keyId = this.keys.currentId();
			String line = anchor.content() + " " + keyId + " " + this.keys.mac(keyId, anchor.content()) + "\n";
			try {
				if (this.file.toAbsolutePath().getParent() != null) {
					Files.createDirectories(this.file.toAbsolutePath().getParent());
				}
				Files.writeString(this.file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
						StandardOpenOption.APPEND, StandardOpenOption.SYNC);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot anchor the audit trail's head in " + this.file, ex);
			}
		}
		log.info("Audit trail head anchored: entry {} with hash {}", sequence, hash);
	}

	/**
	 * The newest anchor whose authentication holds. A line that was changed is skipped
	 * (and logged): it proves nothing.
	 */
	synchronized Optional<Anchor> latest() {
		if (this.file == null) {
			return this.inMemory.isEmpty() ? Optional.empty()
					: Optional.of(this.inMemory.get(this.inMemory.size() - 1));
		}
		if (!Files.exists(this.file)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(this.file, StandardCharsets.UTF_8);
			for (int i = lines.size() - 1; i >= 0; i--) {
				Optional<Anchor> anchor = parse(lines.get(i));
				if (anchor.isPresent()) {
					return anchor;
				}
				log.warn("Audit anchor line {} of {} is not authentic; ignored", i + 1, this.file);
			}
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the audit anchors in " + this.file, ex);
		}
	}

	private Optional<Anchor> parse(String line) {
		String[] parts = line.trim().split(" ");
		if (parts.length != 5 || !this.keys.holds(parts[3])) {
			return Optional.empty();
		}
		try {
			Anchor anchor = new Anchor(Long.parseLong(parts[0]), parts[1], Instant.parse(parts[2]));
			return this.keys.mac(parts[3], anchor.content()).equals(parts[4]) ? Optional.of(anchor) : Optional.empty();
		}
		catch (RuntimeException malformed) {
			return Optional.empty();
		}
	}

}
