package io.handover.teams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import com.microsoft.bot.schema.ChannelAccount;
import io.handover.common.LogSafe;
import io.handover.common.Actor;
import io.handover.common.NotFound;
import io.handover.common.Refusal;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.ticket.EmployeeRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The personal chat with a person the bot knows by their Entra object id: the stored one,
 * or a new 1:1 the bot opens in the organisation's tenant. A person who cannot be reached
 * (no Entra object id, the bot not installed in the tenant, the connector refusing the
 * chat) is a lasting condition, not a failed send: it is logged and answered with "none",
 * so that card delivery does not retry it for ever.
 */
@Component
class EmployeeChats {

	private static final Logger log = LoggerFactory.getLogger(EmployeeChats.class);

	/** At most this many roster misses are kept; past it they are all asked again. */
	static final int MISSES_KEPT = 10_000;

	private final ProactiveMessenger messenger;

	private final ConversationStore conversations;

	private final EmployeeDirectory employees;

	private final MongoTemplate mongo;

	private final String tenantId;

	private final Clock clock;

	/**
	 * How long "not on this team's roster" is trusted: {@code handover.teams.roster-ttl}.
	 */
	private final Duration rosterTtl;

	/**
	 * Sign-in names a team's roster did not have ({@code <team id>|<upn>}), and until
	 * when that answer is trusted. Without it every delivery attempt for someone on no
	 * team asked every installed team again. Forgotten for a team when members join it.
	 */
	private final Map<String, Instant> notOnRoster = new ConcurrentHashMap<>();

	EmployeeChats(ProactiveMessenger messenger, ConversationStore conversations, EmployeeDirectory employees,
			MongoTemplate mongo, @Value("${handover.employee-cards.tenant-id:}") String tenantId, Clock clock,
			StaffProperties staff) {
		this.messenger = messenger;
		this.conversations = conversations;
		this.employees = employees;
		this.mongo = mongo;
		this.tenantId = tenantId;
		this.clock = clock;
		this.rosterTtl = staff.rosterTtl();
	}

	/**
	 * The Entra object id of the ticket's person: from the ticket, else the directory.
	 */
	Optional<String> entraObjectIdOf(EmployeeRef employee) {
		if (StringUtils.hasText(employee.entraObjectId())) {
			return Optional.of(employee.entraObjectId());
		}
		return this.employees.find(employee.id()).map(Employee::entraObjectId).filter(StringUtils::hasText);
	}

	/** The chat with the ticket's person, opened when needed; empty when unreachable. */
	Optional<String> chatWith(EmployeeRef employee) {
		return reach(employee).chat();
	}

	/**
	 * The chat with the ticket's person, opened when needed, or why there is none. A
	 * person without an Entra object id is looked up by sign-in name on the rosters of
	 * the teams the bot is installed in (no Graph permission needed), and the object id
	 * found is stored on them.
	 */
	Reach reach(EmployeeRef employee) {
		Identified who = identify(employee);
		if (who.why() != null) {
			return Reach.unreachable(who.why(), who.upn());
		}
		return chatWith(who.aadObjectId(), who.userId(), employee.name());
	}

	/**
	 * Who the ticket's person is in Teams, without opening a chat: their Entra object id
	 * (stored, or found on a team roster by sign-in name and then stored), or why it is
	 * not known.
	 */
	Identified identify(EmployeeRef employee) {
		Optional<String> aad = entraObjectIdOf(employee);
		if (aad.isPresent()) {
			return new Identified(aad.get(), teamsUserIdOf(aad.get()), null, null);
		}
		String upn = upnOf(employee);
		if (upn == null) {
			log.warn("{} ({}) has neither an Entra object id nor a sign-in name: Handover cannot find them in Teams",
					LogSafe.of(employee.name()), employee.id());
			return new Identified(null, null, Unreachable.NO_SIGN_IN_NAME, null);
		}
		List<TeamRecord> teams = installedTeams();
		if (teams.isEmpty()) {
			return new Identified(null, null, Unreachable.NO_TEAM, upn);
		}
		Instant now = this.clock.instant();
		for (TeamRecord team : teams) {
			String missKey = team.id() + "|" + upn.toLowerCase(Locale.ROOT);
			Instant trustedUntil = this.notOnRoster.get(missKey);
			if (trustedUntil != null && trustedUntil.isAfter(now)) {
				continue;
			}
			Optional<ChannelAccount> member;
			try {
				member = this.messenger.member(team.id(), upn);
			}
			catch (NotFound unknownTeam) {
				continue;
			}
			catch (RuntimeException unreadable) {
				if (ConnectorFailure.of(unreadable).lasting()) {
					log.info("Could not look {} up in team {}: {}", LogSafe.of(employee.name()), team.id(),
							LogSafe.of(unreadable.getMessage()));
					continue;
				}
				throw unreadable;
			}
			if (member.isPresent() && StringUtils.hasText(member.get().getAadObjectId())) {
				String found = member.get().getAadObjectId();
				try {
					this.employees.linkAccount(employee.id(), found, upn, Actor.system("teams-roster"));
				}
				catch (Refusal conflict) {
					log.warn("{} found in Teams as {}, but {}", LogSafe.of(employee.name()), found,
							LogSafe.of(conflict.getMessage()));
					return new Identified(null, null, Unreachable.CONFLICT, upn);
				}
				log.info("Employee found in Teams: {} ({}) is {} on the roster of team {}", LogSafe.of(employee.name()),
						LogSafe.of(upn), found, team.id());
				return new Identified(found, member.get().getId() != null ? member.get().getId() : found, null, upn);
			}
			if (this.notOnRoster.size() >= MISSES_KEPT) {
				this.notOnRoster.clear();
			}
			this.notOnRoster.put(missKey, now.plus(this.rosterTtl));
		}
		log.warn("{} ({}) is on the roster of none of the {} team(s) Handover is installed in",
				LogSafe.of(employee.name()), LogSafe.of(upn), teams.size());
		return new Identified(null, null, Unreachable.NOT_IN_TEAMS, upn);
	}

	/**
	 * People joined the team: whoever its roster did not have is looked for there again
	 * at the next attempt.
	 */
	void membersJoined(String teamId) {
		String prefix = teamId + "|";
		this.notOnRoster.keySet().removeIf(key -> key.startsWith(prefix));
	}

	/**
	 * A person as Teams knows them, or why Teams does not.
	 *
	 * @param aadObjectId their Entra object id, or null
	 * @param userId their Teams user id (or the object id) for a new chat
	 * @param why null when known
	 * @param upn the sign-in name looked for
	 */
	record Identified(String aadObjectId, String userId, Unreachable why, String upn) {
	}

	/** The sign-in name on the ticket, else in the register. */
	private String upnOf(EmployeeRef employee) {
		if (StringUtils.hasText(employee.upn())) {
			return employee.upn();
		}
		return this.employees.find(employee.id()).map(Employee::upn).filter(StringUtils::hasText).orElse(null);
	}

	/** The teams the bot is installed in, the latest installed first. */
	private List<TeamRecord> installedTeams() {
		return this.mongo.find(
				Query.query(Criteria.where("installed").is(true)).with(Sort.by(Sort.Direction.DESC, "installedAt")),
				TeamRecord.class);
	}

	/**
	 * The personal chat with a person known by sign-in name, e.g. a ticket's manager:
	 * their Entra object id from the employee register, else from the roster of a team
	 * the bot is installed in. Empty when unreachable.
	 */
	Optional<String> chatWithUpn(String upn, String name) {
		return reachUpn(upn, name).chat();
	}

	/**
	 * The personal chat with a person known by sign-in name, or why there is none: as
	 * {@link #chatWithUpn}, for a caller that shows why to whoever can fix it.
	 */
	Reach reachUpn(String upn, String name) {
		Optional<String> registered = this.employees.findByUpn(upn)
			.map(Employee::entraObjectId)
			.filter(StringUtils::hasText);
		if (registered.isPresent()) {
			return chatWith(registered.get(), teamsUserIdOf(registered.get()), name);
		}
		List<TeamRecord> teams = this.mongo.find(Query.query(Criteria.where("installed").is(true)), TeamRecord.class);
		for (TeamRecord team : teams) {
			try {
				for (ChannelAccount member : this.messenger.members(team.id())) {
					if (member.getAadObjectId() != null && upn.equalsIgnoreCase(upnOf(member))) {
						return chatWith(member.getAadObjectId(),
								member.getId() != null ? member.getId() : member.getAadObjectId(), name);
					}
				}
			}
			catch (RuntimeException unreadable) {
				log.info("Could not read the roster of team {} to find {}: {}", LogSafe.of(team.id()), LogSafe.of(name),
						LogSafe.of(unreadable.getMessage()));
			}
		}
		log.warn("{} is neither in the employee register with an Entra object id nor on a team roster: "
				+ "Handover cannot open a chat with them", LogSafe.of(name));
		return Reach.unreachable(teams.isEmpty() ? Unreachable.NO_TEAM : Unreachable.NOT_IN_TEAMS, upn);
	}

	/**
	 * The personal chat with someone configured by UPN or Entra object id (an
	 * Administrator of {@code handover.access.admins}); empty when unreachable.
	 */
	Optional<String> chatWithConfigured(String upnOrObjectId) {
		if (upnOrObjectId.contains("@")) {
			return chatWithUpn(upnOrObjectId, upnOrObjectId);
		}
		// a known chat, else a new 1:1 by object id (no roster reads for someone who may
		// be on no team)
		return chatWith(upnOrObjectId, upnOrObjectId, upnOrObjectId).chat();
	}

	private static String upnOf(ChannelAccount member) {
		for (String property : new String[] { "userPrincipalName", "email" }) {
			Object value = member.getProperties().get(property);
			String text = SdkJson.text(value);
			if (text != null && text.contains("@")) {
				return text;
			}
		}
		return null;
	}

	/**
	 * The person's Teams user id, from the roster of a team the bot is installed in: the
	 * id Teams documents for a new 1:1 chat (the Agents Playground accepts no other).
	 * Else the Entra object id.
	 */
	private String teamsUserIdOf(String aadObjectId) {
		if (this.conversations.personalChatOf(aadObjectId).isPresent()) {
			return aadObjectId;
		}
		for (TeamRecord team : this.mongo.find(Query.query(Criteria.where("installed").is(true)), TeamRecord.class)) {
			try {
				for (ChannelAccount member : this.messenger.members(team.id())) {
					if (aadObjectId.equalsIgnoreCase(member.getAadObjectId()) && member.getId() != null) {
						return member.getId();
					}
				}
			}
			catch (RuntimeException unreadable) {
				log.info("Could not read the roster of team {} to find {}: {}", LogSafe.of(team.id()),
						LogSafe.of(aadObjectId), LogSafe.of(unreadable.getMessage()));
			}
		}
		return aadObjectId;
	}

	/**
	 * The chat with a person by Entra object id (and Teams id when known), or why there
	 * is none.
	 */
	Reach chatWith(String aadObjectId, String userId, String name) {
		Optional<ConversationRecord> known = this.conversations.personalChatOf(aadObjectId);
		if (known.isPresent()) {
			return Reach.chat(known.get().id());
		}
		Optional<String> tenant = tenant();
		if (tenant.isEmpty()) {
			log.warn("No Teams tenant known yet (install the bot first): cannot open a chat with {}", LogSafe.of(name));
			return Reach.unreachable(Unreachable.NO_TEAM, null);
		}
		try {
			return Reach.chat(this.messenger.openPersonalChat(tenant.get(), userId, aadObjectId, name));
		}
		catch (NotFound unknownTenant) {
			log.warn("Cannot open a chat with {}: {}", LogSafe.of(name), LogSafe.of(unknownTenant.getMessage()));
			return Reach.unreachable(Unreachable.NO_TEAM, null);
		}
		catch (RuntimeException failed) {
			if (ConnectorFailure.of(failed).lasting()) {
				log.warn("The Bot Connector refused a chat with {} ({}): {}", LogSafe.of(name), aadObjectId,
						LogSafe.of(failed.getMessage()));
				return Reach.unreachable(Unreachable.REFUSED, null);
			}
			throw failed;
		}
	}

	/** Why a person cannot be reached in Teams; each says what would fix it. */
	enum Unreachable {

		/** No Entra object id and no sign-in name on record to look them up by. */
		NO_SIGN_IN_NAME,
		/** Their sign-in name is on the roster of no team the bot is installed in. */
		NOT_IN_TEAMS,
		/** The bot is installed in no team yet (no tenant, no roster). */
		NO_TEAM,
		/** The account found in Teams is linked to someone else in the register. */
		CONFLICT,
		/**
		 * The Bot Connector refused to open the chat (e.g. the app is blocked for them).
		 */
		REFUSED;

		/** The reasons the person joining a team Handover is in can end, by name. */
		static List<String> endedByJoiningATeam() {
			return List.of(NOT_IN_TEAMS.name(), NO_TEAM.name());
		}

	}

	/**
	 * A personal chat, or why there is none.
	 *
	 * @param conversationId the chat, or null
	 * @param why null when reached
	 * @param upn the sign-in name looked for, when there was one
	 */
	record Reach(String conversationId, Unreachable why, String upn) {

		static Reach chat(String conversationId) {
			return new Reach(conversationId, null, null);
		}

		static Reach unreachable(Unreachable why, String upn) {
			return new Reach(null, why, upn);
		}

		Optional<String> chat() {
			return Optional.ofNullable(this.conversationId);
		}

	}

	/** The language a person's chat uses, English when unknown. */
	Locale localeOf(String conversationId) {
		return this.conversations.find(conversationId)
			.map(ConversationRecord::locale)
			.filter(StringUtils::hasText)
			.map(tag -> Locale.forLanguageTag(tag.replace('_', '-')))
			.orElse(Locale.ENGLISH);
	}

	/**
	 * The configured tenant, else the tenant of a team the bot is installed in (Handover
	 * serves one organisation).
	 */
	private Optional<String> tenant() {
		if (StringUtils.hasText(this.tenantId)) {
			return Optional.of(this.tenantId);
		}
		Query teams = Query.query(Criteria.where("installed").is(true).and("tenantId").ne(null))
			.with(Sort.by(Sort.Direction.DESC, "installedAt"))
			.limit(1);
		Optional<String> fromTeam = Optional.ofNullable(this.mongo.findOne(teams, TeamRecord.class))
			.map(TeamRecord::tenantId);
		if (fromTeam.isPresent()) {
			return fromTeam;
		}
		Query chats = Query
			.query(Criteria.where("tenantId").ne(null).and("removed").is(false).and("channelId").is("msteams"))
			.with(Sort.by(Sort.Direction.DESC, "lastSeen"))
			.limit(1);
		return Optional.ofNullable(this.mongo.findOne(chats, ConversationRecord.class))
			.map(ConversationRecord::tenantId);
	}

}
