package io.handover.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.handover.testing.ConnectorStub;
import io.handover.testing.TeamsActivity;

/**
 * A team of its own for one test: Handover installed, a General channel linked to IT and
 * a Facilities channel linked to FM and HR by an Administrator, and a roster of
 * department staff. Unique ids, so tests sharing the store don't see each other's
 * channels.
 */
final class TeamSetup {

	/** Configured in {@code handover.access.admins} of the test configuration. */
	static final ConnectorStub.Member ADMIN = new ConnectorStub.Member("29:ada-admin", "aad-ada-admin", "Ada Admin",
			"ada.admin@contoso.example");

	final String teamId;

	final String general;

	final String facilities;

	/** The team's id in Graph. */
	final String aadGroupId = UUID.randomUUID().toString();

	final List<ConnectorStub.Member> staff = new ArrayList<>();

	private final Sender bot;

	private final ConnectorStub connector;

	TeamSetup(BotConversation bot, ConnectorStub connector) {
		this(bot::send, connector);
	}

	TeamSetup(Sender bot, ConnectorStub connector) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.teamId = "19:team-" + suffix + "@thread.tacv2";
		this.general = this.teamId;
		this.facilities = "19:facilities-" + suffix + "@thread.tacv2";
		this.bot = bot;
		this.connector = connector;
	}

	/**
	 * Installs the bot, sets the roster and links General → IT, Facilities → FM and HR.
	 */
	TeamSetup withStaff(ConnectorStub.Member... members) throws Exception {
		installedWith(members);
		link(this.general, "IT");
		link(this.facilities, "FM");
		link(this.facilities, "HR");
		return this;
	}

	/** Installs the bot in the team with this roster; links nothing. */
	TeamSetup installedWith(ConnectorStub.Member... members) throws Exception {
		this.staff.addAll(List.of(members));
		this.connector.channels(this.teamId, List.of(new ConnectorStub.Channel(this.general, null),
				new ConnectorStub.Channel(this.facilities, "Facilities")));
		this.connector.roster(this.teamId, this.staff);
		this.bot.send(TeamsActivity.botAddedToTeam().team(this.teamId, "Operations " + this.teamId, this.aadGroupId));
		return this;
	}

	/**
	 * An Administrator links the channel (approved at once): only an approved link gives
	 * a channel cards and its team's members staff rights.
	 */
	void link(String channel, String department) throws Exception {
		this.bot.send(asAdmin(inChannel(channel, "link " + department)));
	}

	/** The same activity sent by the Administrator configured for the tests. */
	static TeamsActivity asAdmin(TeamsActivity activity) {
		return activity.from(ADMIN.id(), ADMIN.aadObjectId(), ADMIN.name());
	}

	/** A message mentioning the bot in one of this team's channels. */
	TeamsActivity inChannel(String channel, String text) {
		TeamsActivity message = TeamsActivity.channelMessage(text).team(this.teamId, "Operations");
		message.node().withObjectProperty("channelData").putObject("channel").put("id", channel);
		message.conversation(channel + ";messageid=" + UUID.randomUUID());
		return message;
	}

	/** How activities reach the bot: MockMvc, or real HTTP to a running application. */
	@FunctionalInterface
	interface Sender {

		void send(TeamsActivity activity) throws Exception;

	}

	static ConnectorStub.Member member(String name) {
		// digits too: two names that differ only in a number (a hex suffix) are two
		// people
		String id = name.toLowerCase().replaceAll("[^a-z0-9]+", "-");
		return new ConnectorStub.Member("29:" + id, "aad-" + id, name, id + "@contoso.example");
	}

}
