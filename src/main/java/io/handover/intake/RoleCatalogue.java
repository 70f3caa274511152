package io.handover.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.handover.profile.ProfileManagement;
import io.handover.profile.RoleProfile;
import org.springframework.stereotype.Component;

/**
 * The role profiles as the intake reads them, kept for a short while: a manager's
 * announcement is read on every message, and the profiles change rarely (an edit shows
 * within {@link #FRESH}).
 */
@Component
class RoleCatalogue {

	static final Duration FRESH = Duration.ofSeconds(30);

	private final ProfileManagement profiles;

	private volatile Snapshot snapshot;

	RoleCatalogue(ProfileManagement profiles) {
		this.profiles = profiles;
	}

	Snapshot current() {
		Snapshot known = this.snapshot;
		long now = System.nanoTime();
		if (known == null || now - known.readAt() > FRESH.toNanos()) {
			known = Snapshot.of(this.profiles.all(), now);
			this.snapshot = known;
		}
		return known;
	}

	/** Forgets what was read, e.g. after a test changed a profile. */
	void forget() {
		this.snapshot = null;
	}

	/**
	 * The profiles once read: names for the parser, choices for the form (by title, the
	 * default profile last), titles by key.
	 */
	record Snapshot(List<RoleName> names, List<RoleChoice> choices, Map<String, String> titles, long readAt) {

		static Snapshot of(List<RoleProfile> profiles, long readAt) {
			List<RoleName> names = new ArrayList<>();
			Map<String, String> titles = new LinkedHashMap<>();
			for (RoleProfile profile : profiles) {
				List<String> words = new ArrayList<>();
				words.add(profile.key());
				words.add(profile.title());
				words.addAll(profile.aliases());
				names.add(new RoleName(profile.key(), List.copyOf(words)));
				titles.put(profile.key(), profile.title());
			}
			List<RoleChoice> choices = profiles.stream()
				.sorted(Comparator.comparing((RoleProfile p) -> RoleProfile.DEFAULT.equals(p.key()))
					.thenComparing(RoleProfile::title, String.CASE_INSENSITIVE_ORDER))
				.map(p -> new RoleChoice(p.key(), p.title()))
				.toList();
			return new Snapshot(List.copyOf(names), choices, Map.copyOf(titles), readAt);
		}

		/**
		 * The profile key the words name: a key as the form sends it, or a name or alias.
		 */
		Optional<String> keyOf(String words) {
			if (words == null || words.isBlank()) {
				return Optional.empty();
			}
			String trimmed = words.trim();
			if (this.titles.containsKey(trimmed)) {
				return Optional.of(trimmed);
			}
			return RoleWords.match(trimmed, this.names, true);
		}

		String titleOf(String key) {
			return key == null ? null : this.titles.getOrDefault(key, key);
		}

	}

}
