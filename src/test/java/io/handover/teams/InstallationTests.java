package io.handover.teams;

import java.util.List;

import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.TeamsActivity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator installs Handover in a team: the bot remembers the team and its
 * channels so departments can link them; removing it marks them removed (history is
 * kept).
 */
@BotTest
class InstallationTests {

	static final String TEAM = "19:install-team@thread.tacv2";

	static final String FACILITIES = "19:facilities@thread.tacv2";

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	@BeforeEach
	void setUp() {
		this.connector.reset();
		this.mongo.remove(Query.query(Criteria.where("teamId").is(TEAM)), ConversationRecord.class);
		this.mongo.remove(Query.query(Criteria.where("_id").is(TEAM)), TeamRecord.class);
		this.connector.channels(TEAM,
				List.of(new ConnectorStub.Channel(TEAM, null), new ConnectorStub.Channel(FACILITIES, "Facilities")));
		this.bot = new BotConversation(this.mvc, this.connector);
	}

	@Test
	void installingTheBotInATeamStoresTheTeamAndItsChannels() throws Exception {
		this.bot.send(TeamsActivity.botAddedToTeam().team(TEAM, "Operations"));

		TeamRecord team = this.mongo.findById(TEAM, TeamRecord.class);
		assertThat(team).isNotNull();
		assertThat(team.installed()).isTrue();
		assertThat(team.name()).isEqualTo("Operations");
		assertThat(team.tenantId()).isEqualTo(TeamsActivity.TENANT);
		assertThat(team.channels()).extracting(TeamRecord.Channel::name).containsExactly("General", "Facilities");
		ConversationRecord facilities = this.mongo.findById(FACILITIES, ConversationRecord.class);
		assertThat(facilities).isNotNull();
		assertThat(facilities.kind()).isEqualTo(ConversationRecord.Kind.CHANNEL);
		assertThat(facilities.teamId()).isEqualTo(TEAM);
		assertThat(facilities.serviceUrl()).isEqualTo(this.connector.serviceUrl());
		assertThat(facilities.removed()).isFalse();
	}

	@Test
	void uninstallingMarksTheTeamAndItsChannelsRemoved() throws Exception {
		this.bot.send(TeamsActivity.botAddedToTeam().team(TEAM, "Operations"));

		this.bot.send(TeamsActivity.botRemovedFromTeam().team(TEAM, "Operations"));

		TeamRecord team = this.mongo.findById(TEAM, TeamRecord.class);
		assertThat(team.installed()).isFalse();
		assertThat(team.removedAt()).isNotNull();
		assertThat(this.mongo.find(Query.query(Criteria.where("teamId").is(TEAM)), ConversationRecord.class))
			.isNotEmpty()
			.allMatch(ConversationRecord::removed);
	}

	@Test
	void theInstallationUpdateEventsDoTheSame() throws Exception {
		this.bot.send(TeamsActivity.teamInstallation("add").team(TEAM, "Operations"));
		assertThat(this.mongo.findById(TEAM, TeamRecord.class).installed()).isTrue();

		this.bot.send(TeamsActivity.teamInstallation("remove").team(TEAM, "Operations"));
		assertThat(this.mongo.findById(TEAM, TeamRecord.class).installed()).isFalse();
	}

	@Test
	void installingTwiceKeepsOneTeam() throws Exception {
		this.bot.send(TeamsActivity.botAddedToTeam().team(TEAM, "Operations"));
		this.bot.send(TeamsActivity.teamInstallation("add").team(TEAM, "Operations"));

		assertThat(this.mongo.count(Query.query(Criteria.where("_id").is(TEAM)), TeamRecord.class)).isEqualTo(1);
		assertThat(this.mongo.count(Query.query(Criteria.where("teamId").is(TEAM)), ConversationRecord.class))
			.isEqualTo(2);
	}

	@Test
	void aPersonalChatIsRememberedWithTheUsersEntraId() throws Exception {
		this.bot.send(TeamsActivity.personalMessage("help")
			.conversation("a:personal-anna")
			.from("29:anna", "aad-anna", "Anna de Vries"));

		ConversationRecord chat = this.mongo.findById("a:personal-anna", ConversationRecord.class);
		assertThat(chat.kind()).isEqualTo(ConversationRecord.Kind.PERSONAL);
		assertThat(chat.userAadObjectId()).isEqualTo("aad-anna");
		assertThat(chat.userName()).isEqualTo("Anna de Vries");
		assertThat(chat.tenantId()).isEqualTo(TeamsActivity.TENANT);
	}

}
