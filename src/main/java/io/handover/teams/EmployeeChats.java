package io.handover.teams;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import com.microsoft.bot.restclient.RestException;
import com.microsoft.bot.schema.ChannelAccount;
import io.handover.common.LogSafe;
import io.handover.common.NotFound;
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

	private final ProactiveMessenger messenger;

	private final ConversationStore conversations;

	private final EmployeeDirectory employees;

	private final MongoTemplate mongo;

	private final String tenantId;

	EmployeeChats(ProactiveMessenger messenger, ConversationStore conversations, EmployeeDirectory employees,
			MongoTemplate mongo, @Value("${handover.employee-cards.tenant-id:}") String tenantId) {
		this.messenger = messenger;
		this.conversations = conversations;
		this.employees = employees;
		this.mongo = mongo;
		this.tenantId = tenantId;
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
		Optional<String> aad = entraObjectIdOf(employee);
		if (aad.isEmpty()) {
			log.warn("{} ({}) has no Entra object id: Handover cannot open a chat with them",
					LogSafe.of(employee.name()), employee.id());
			return Optional.empty();
		}
		return chatWith(aad.get(), teamsUserIdOf(aad.get()), employee.name());
	}

	/**
	 * The personal chat with a person known by sign-in name, e.g. a ticket's manager:
	 * their Entra object id from the employee register, else from the roster of a team
	 * the bot is installed in. Empty when unreachable.
	 */
	Optional<String> chatWithUpn(String upn, String name) {
		Optional<String> registered = this.employees.findByUpn(upn)
			.map(Employee::entraObjectId)
			.filter(StringUtils::hasText);
		if (registered.isPresent()) {
			return chatWith(registered.get(), teamsUserIdOf(registered.get()), name);
		}
		for (TeamRecord team : this.mongo.find(Query.query(Criteria.where("installed").is(true)), TeamRecord.class)) {
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
		return Optional.empty();
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
	 * The chat with a person by Entra object id (and Teams id when known); empty when
	 * unreachable.
	 */
	Optional<String> chatWith(String aadObjectId, String userId, String name) {
		Optional<ConversationRecord> known = this.conversations.personalChatOf(aadObjectId);
		if (known.isPresent()) {
			return Optional.of(known.get().id());
		}
		Optional<String> tenant = tenant();
		if (tenant.isEmpty()) {
			log.warn("No Teams tenant known yet (install the bot first): cannot open a chat with {}", LogSafe.of(name));
			return Optional.empty();
		}
		try {
			return Optional.of(this.messenger.openPersonalChat(tenant.get(), userId, aadObjectId, name));
		}
		catch (NotFound unknownTenant) {
			log.warn("Cannot open a chat with {}: {}", LogSafe.of(name), LogSafe.of(unknownTenant.getMessage()));
			return Optional.empty();
		}
		catch (RuntimeException failed) {
			if (isLasting(failed)) {
				log.warn("The Bot Connector refused a chat with {} ({}): {}", LogSafe.of(name), LogSafe.of(aadObjectId),
						LogSafe.of(failed.getMessage()));
				return Optional.empty();
			}
			throw failed;
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

	/**
	 * 4xx other than throttling and timeouts: the connector will answer the same next
	 * time.
	 */
	static boolean isLasting(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ServiceUrls.ServiceUrlRefused) {
				return true;
			}
			if (cause instanceof RestException rest && rest.response() != null) {
				int status = rest.response().code();
				return status >= 400 && status < 500 && status != 408 && status != 412 && status != 429;
			}
			if (!(cause instanceof CompletionException) && cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
