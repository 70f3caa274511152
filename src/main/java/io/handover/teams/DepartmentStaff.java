package io.handover.teams;

import io.handover.common.LogSafe;
import io.handover.access.DepartmentMembership;
import io.handover.common.Actor;
import io.handover.identity.Directory;
import io.handover.profile.Departments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.microsoft.bot.schema.ChannelAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Who may act on a department's cards: the people configured for it
 * ({@code handover.teams.staff.<DEPT>.members}), the members of its Entra group
 * ({@code members-group} of the department), and the members of a team holding a channel
 * an Administrator linked to it (read from the Bot Connector and cached for a while). A
 * channel someone only asked to link counts for nothing.
 */
@Component
class DepartmentStaff implements DepartmentMembership {

	private static final Logger log = LoggerFactory.getLogger(DepartmentStaff.class);

	/** Teams refreshes a card automatically for at most 60 users. */
	static final int REFRESH_LIMIT = 60;

	private final StaffProperties properties;

	private final DepartmentChannels channels;

	private final ProactiveMessenger messenger;

	private final Clock clock;

	/** How long a team whose members could not be read is not asked again. */
	static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(15);

	private final Map<String, Roster> rosters = new ConcurrentHashMap<>();

	/** One lock per team: one read of its members at a time. */
	private final Map<String, Object> reading = new ConcurrentHashMap<>();

	/** When reading a team's members last failed (System.nanoTime). */
	private final Map<String, Long> failedAt = new ConcurrentHashMap<>();

	/**
	 * Moves on each time a team's roster is forgotten: a read that began before (it may
	 * not hold the member who just joined) is answered but not kept.
	 */
	private final Map<String, Long> forgotten = new ConcurrentHashMap<>();

	private final Duration retryAfterFailure;

	/** Whether a person is in a department's Entra group, by group and object id. */
	private final Map<String, GroupAnswer> groupAnswers = new ConcurrentHashMap<>();

	private static final int GROUP_ANSWERS = 10_000;

	private final Departments departments;

	private final Directory directory;

	@Autowired
	DepartmentStaff(StaffProperties properties, DepartmentChannels channels, ProactiveMessenger messenger, Clock clock,
			Departments departments, Directory directory) {
		this(properties, channels, messenger, clock, RETRY_AFTER_FAILURE, departments, directory);
	}

	DepartmentStaff(StaffProperties properties, DepartmentChannels channels, ProactiveMessenger messenger, Clock clock,
			Duration retryAfterFailure, Departments departments, Directory directory) {
		this.departments = departments;
		this.directory = directory;
		this.properties = properties;
		this.channels = channels;
		this.messenger = messenger;
		this.clock = clock;
		this.retryAfterFailure = retryAfterFailure;
	}

	/**
	 * Whether the Teams user belongs to the department: the question of
	 * {@link #isMember(String, Actor)} for the person behind the Teams user, with the UPN
	 * their entry on the department's team roster carries (for UPN-configured staff). A
	 * Teams user without an Entra object id is unverified: nobody's staff.
	 */
	boolean isMember(String department, ChatUser user) {
		String objectId = user != null ? user.aadObjectId() : null;
		if (objectId == null || objectId.isBlank() || !objectId.equals(objectId.strip())) {
			// Teams never pads an id: a padded one is forged, not the person it resembles
			return false;
		}
		return isMember(department, user.actor(upnOnRoster(department, user)));
	}

	/** The UPN (or e-mail) the user's entry on the department's team roster carries. */
	private String upnOnRoster(String department, ChatUser user) {
		for (ChannelAccount member : teamMembersOf(department)) {
			if (same(member, user)) {
				String upn = lower(member.getProperties().get("userPrincipalName"));
				if (upn == null) {
					upn = lower(member.getProperties().get("email"));
				}
				if (upn != null && upn.contains("@")) {
					return upn;
				}
			}
		}
		return null;
	}

	/**
	 * The same question for a verified person from any channel: configured by object id
	 * or UPN, or in the roster of a team holding the department's channel by object id.
	 */
	@Override
	public boolean isMember(String department, Actor actor) {
		if (actor == null || !actor.isVerifiedPerson()) {
			return false;
		}
		StaffProperties.Staff staff = this.properties.of(department);
		if (staff.members().stream().anyMatch(actor::isNamedBy)) {
			return true;
		}
		if (inMembersGroup(department, actor.id())) {
			return true;
		}
		if (!staff.teamMembers()) {
			return false;
		}
		if (teamMembersOf(department).stream().anyMatch(member -> actor.isNamedBy(member.getAadObjectId()))) {
			return true;
		}
		if (!unreadTeamsOf(department).isEmpty()) {
			throw new RosterUnavailable(department);
		}
		return false;
	}

	/**
	 * Whether the person is in the department's Entra group ({@code members-group}),
	 * asked of the directory once per roster TTL per person. A dry run knows no groups.
	 * When the directory cannot answer, membership is unknown (not "no").
	 */
	private boolean inMembersGroup(String department, String objectId) {
		String group = this.departments.membersGroup(department).orElse(null);
		if (group == null) {
			return false;
		}
		String key = group + "|" + objectId.toLowerCase(Locale.ROOT);
		GroupAnswer known = this.groupAnswers.get(key);
		if (known != null && known.until().isAfter(this.clock.instant())) {
			return known.member();
		}
		boolean member;
		try {
			member = this.directory.isMemberOfGroup(objectId, group);
		}
		catch (RuntimeException ex) {
			log.warn("Could not ask the directory whether {} is in the {} group {}", LogSafe.of(objectId), department,
					LogSafe.of(group), ex);
			throw new RosterUnavailable(department);
		}
		if (this.groupAnswers.size() > GROUP_ANSWERS) {
			this.groupAnswers.clear();
		}
		this.groupAnswers.put(key, new GroupAnswer(member, this.clock.instant().plus(this.properties.rosterTtl())));
		return member;
	}

	/** Teams of the department whose members could not be read and were never read. */
	private List<String> unreadTeamsOf(String department) {
		List<String> unread = new ArrayList<>();
		for (ChannelLink link : this.channels.channelsOf(department)) {
			String teamId = link.teamId() != null ? link.teamId() : link.id();
			if (!this.rosters.containsKey(teamId)) {
				unread.add(teamId);
			}
		}
		return unread;
	}

	/**
	 * Whether the person belongs to any department (IT, FM, HR staff may look up
	 * holdings).
	 */
	boolean isStaff(ChatUser user) {
		RosterUnavailable unknown = null;
		for (String department : this.channels.departmentKeys()) {
			try {
				if (isMember(department, user)) {
					return true;
				}
			}
			catch (RosterUnavailable ex) {
				unknown = ex;
			}
		}
		if (unknown != null) {
			throw unknown;
		}
		return false;
	}

	/**
	 * The Teams user ids whose copy of the department's card refreshes itself (at most
	 * 60).
	 */
	List<String> refreshUserIds(String department) {
		Set<String> ids = new LinkedHashSet<>();
		for (ChannelAccount member : teamMembersOf(department)) {
			if (member.getId() != null) {
				ids.add(member.getId());
			}
		}
		return new ArrayList<>(ids).subList(0, Math.min(ids.size(), REFRESH_LIMIT));
	}

	/** Forgets cached rosters, e.g. after a member joined a team. */
	void forget(String teamId) {
		// one step with the reader's keeping (both in compute on the same key)
		this.rosters.compute(teamId, (id, cached) -> {
			this.forgotten.merge(id, 1L, Long::sum);
			return null;
		});
		this.failedAt.remove(teamId);
	}

	private List<ChannelAccount> teamMembersOf(String department) {
		List<ChannelAccount> members = new ArrayList<>();
		for (ChannelLink link : this.channels.channelsOf(department)) {
			members.addAll(roster(link.teamId() != null ? link.teamId() : link.id()));
		}
		return members;
	}

	/**
	 * A team's members, read once per TTL. Clicks that find the list stale together wait
	 * for one read instead of each asking Teams: roster reads count against the same
	 * per-conversation rate limit as the department cards posted there, so a crowd of
	 * reads would queue behind each other and the cards. After a failed read the team is
	 * not asked again for a while, so Teams being down costs one wait, not one per click.
	 */
	private List<ChannelAccount> roster(String teamId) {
		Roster cached = this.rosters.get(teamId);
		if (fresh(cached)) {
			return cached.members();
		}
		synchronized (this.reading.computeIfAbsent(teamId, id -> new Object())) {
			cached = this.rosters.get(teamId);
			if (fresh(cached) || failedRecently(teamId)) {
				return cached != null ? cached.members() : List.of();
			}
			long generation = this.forgotten.getOrDefault(teamId, 0L);
			try {
				List<ChannelAccount> members = List.copyOf(this.messenger.members(teamId));
				Roster read = new Roster(members, this.clock.instant());
				this.rosters.compute(teamId,
						(id, kept) -> this.forgotten.getOrDefault(id, 0L) == generation ? read : kept);
				this.failedAt.remove(teamId);
				return members;
			}
			catch (RuntimeException ex) {
				this.failedAt.put(teamId, System.nanoTime());
				log.warn("Could not read the members of team {}; using what was read before", LogSafe.of(teamId), ex);
				return cached != null ? cached.members() : List.of();
			}
		}
	}

	private boolean fresh(Roster cached) {
		return cached != null && cached.readAt().plus(this.properties.rosterTtl()).isAfter(this.clock.instant());
	}

	private boolean failedRecently(String teamId) {
		Long failed = this.failedAt.get(teamId);
		return failed != null && System.nanoTime() - failed < this.retryAfterFailure.toNanos();
	}

	/**
	 * The members of a department's team could not be read from Teams (and never were):
	 * whether someone belongs to it is unknown for now.
	 */
	static final class RosterUnavailable extends RuntimeException {

		RosterUnavailable(String department) {
			super("Teams did not tell who is in the " + department
					+ " team just now, so Handover cannot check that you may do this. Please try again in a minute.");
		}

	}

	private static boolean same(ChannelAccount member, ChatUser user) {
		return user.aadObjectId() != null && user.aadObjectId().equalsIgnoreCase(member.getAadObjectId());
	}

	private static String lower(Object value) {
		String text = SdkJson.text(value);
		return text != null ? text.toLowerCase(Locale.ROOT) : null;
	}

	private record Roster(List<ChannelAccount> members, Instant readAt) {
	}

	private record GroupAnswer(boolean member, Instant until) {
	}

}
