package io.handover.teams;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.bot.schema.Activity;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * The first card someone sees without having typed anything (issue 19): in a team's
 * General channel when Handover is installed there (how to link the department channels),
 * and in a personal chat when it is opened (what a manager can do, in their language).
 * Each is shown once per team or chat, however often Teams reports the installation.
 */
@Component
class Welcomes {

	private final MongoTemplate mongo;

	private final Cards cards;

	private final DepartmentChannels channels;

	private final Clock clock;

	private final CommandExamples examples;

	Welcomes(MongoTemplate mongo, Cards cards, DepartmentChannels channels, Clock clock, CommandExamples examples) {
		this.examples = examples;
		this.mongo = mongo;
		this.cards = cards;
		this.channels = channels;
		this.clock = clock;
	}

	/** The welcome for a team, or null when the team was welcomed before. */
	Activity team(String teamId, Locale locale) {
		if (!firstTime("team:" + teamId)) {
			return null;
		}
		List<String> unlinked = this.channels.departmentKeys()
			.stream()
			.filter(department -> this.channels.channelsOf(department).isEmpty())
			.toList();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("unlinked", unlinked);
		return Replies.card(this.cards.render(CardName.WELCOME_TEAM, data, locale));
	}

	/** The welcome for a personal chat, or null when the chat was welcomed before. */
	Activity personal(String conversationId, Locale locale) {
		if (!firstTime("personal:" + conversationId)) {
			return null;
		}
		return Replies.card(this.cards.render(CardName.WELCOME_PERSONAL, this.examples.data(locale), locale));
	}

	private boolean firstTime(String key) {
		try {
			this.mongo.insert(new Welcome(key, this.clock.instant()));
			return true;
		}
		catch (DuplicateKeyException welcomedBefore) {
			return false;
		}
	}

	@Document("welcomes")
	record Welcome(@Id String id, Instant at) {
	}

}
