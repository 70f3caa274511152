package io.handover.teams;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import io.handover.access.PermissionMatrix;
import io.handover.access.PermissionMatrix.Kind;
import io.handover.access.PermissionMatrix.Rule;
import io.handover.access.PermissionMatrix.Via;
import io.handover.access.PermissionMatrix.Who;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.task.TaskStatus;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.TeamsActivity;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The permission matrix ({@link PermissionMatrix}), every Teams cell it names this test
 * for, checked through real activities and card clicks: IT, FM and HR staff are members
 * of teams whose channels an Administrator linked to their department, the Manager is in
 * no department's team, anyone else is in a team whose link only waits for approval.
 */
@BotTest
class PermissionMatrixTeamsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DepartmentChannels channels;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TaskManagement tasks;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	/** Each actor, with the channel of the team they are in (none for the Manager). */
	Map<Who, Member> people = new EnumMap<>(Who.class);

	TeamSetup itTeam;

	@BeforeEach
	void people() throws Exception {
		this.bot = new BotConversation(this.mvc, this.connector);
		String suffix = UUID.randomUUID().toString().substring(0, 4);
		this.people.put(Who.ADMIN, TeamSetup.ADMIN);
		for (Who who : List.of(Who.IT, Who.FM, Who.HR, Who.MANAGER, Who.OTHER)) {
			this.people.put(who, TeamSetup.member("Matrix " + who.name() + " " + suffix));
		}
		this.itTeam = new TeamSetup(this.bot, this.connector).installedWith(this.people.get(Who.IT));
		this.itTeam.link(this.itTeam.general, "IT");
		TeamSetup fm = new TeamSetup(this.bot, this.connector).installedWith(this.people.get(Who.FM));
		fm.link(fm.general, "FM");
		TeamSetup hr = new TeamSetup(this.bot, this.connector).installedWith(this.people.get(Who.HR));
		hr.link(hr.general, "HR");
		TeamSetup pending = new TeamSetup(this.bot, this.connector).installedWith(this.people.get(Who.OTHER));
		this.bot.send(as(Who.OTHER, pending.inChannel(pending.general, "link IT")));
	}

	static Stream<Arguments> cells() {
		List<Arguments> cells = new ArrayList<>();
		for (Rule rule : PermissionMatrix.rules()) {
			if (rule.via() == Via.TEAMS && rule.provedBy().equals(PermissionMatrix.TEAMS_MATRIX)) {
				for (Who who : Who.values()) {
					cells.add(Arguments.of(rule.action(), who, rule));
				}
			}
		}
		return cells.stream();
	}

	@ParameterizedTest(name = "{0} by {1}")
	@MethodSource("cells")
	void teamsAnswersAsTheMatrixSays(String action, Who who, Rule rule) throws Exception {
		Kind expected = rule.cell(who).kind();
		switch (action) {
			case "Link a channel to a department" -> {
				// a team of someone else: the Administrator's link must not make them
				// staff
				TeamSetup team = new TeamSetup(this.bot, this.connector)
					.installedWith(TeamSetup.member("Bystander " + UUID.randomUUID().toString().substring(0, 4)));
				this.bot.send(as(who, team.inChannel(team.general, "link IT")));
				ChannelLink link = this.channels.find(team.general);
				if (expected == Kind.YES) {
					assertThat(link.departments()).containsExactly("IT");
				}
				else {
					assertThat(expected).isEqualTo(Kind.REQUEST);
					assertThat(link.departments()).isEmpty();
					assertThat(link.request("IT")).isPresent();
				}
			}
			case "Approve a channel link" -> {
				TeamSetup team = new TeamSetup(this.bot, this.connector).installedWith(this.people.get(Who.OTHER));
				this.bot.send(as(Who.OTHER, team.inChannel(team.general, "link IT")));
				TeamsActivity click = TeamsActivity
					.cardAction(LinkRequestActions.APPROVE, Map.of("channelId", team.general, "departmentKey", "IT"))
					.from(this.people.get(who).id(), this.people.get(who).aadObjectId(), this.people.get(who).name());
				click.node()
					.withObjectProperty("conversation")
					.put("conversationType", "channel")
					.put("id", team.general);
				JsonNode answer = this.bot.invoke(click);
				if (expected == Kind.YES) {
					assertThat(this.channels.find(team.general).departments()).containsExactly("IT");
				}
				else {
					assertThat(HelpTests.cardText(answer.path("value"))).contains("Only an Administrator");
					assertThat(this.channels.find(team.general).departments()).isEmpty();
				}
			}
			case "Claim an IT task", "Complete an IT task" -> {
				TaskView task = openItTask();
				String verb = action.startsWith("Claim") ? "task.claim" : "task.done";
				JsonNode answer = this.bot.invoke(click(verb, task, who));
				String card = HelpTests.cardText(answer.path("value"));
				if (expected == Kind.YES) {
					assertThat(card).doesNotContain("Only IT staff");
					assertThat(this.tasks.get(task.id()).status()).isIn(TaskStatus.CLAIMED, TaskStatus.DONE);
				}
				else {
					assertThat(card).contains("Only IT staff");
					assertThat(this.tasks.get(task.id()).status()).isEqualTo(TaskStatus.OPEN);
				}
			}
			default -> throw new IllegalStateException("No Teams check for the matrix row '" + action + "'");
		}
	}

	private TeamsActivity as(Who who, TeamsActivity activity) {
		Member member = this.people.get(who);
		return activity.from(member.id(), member.aadObjectId(), member.name());
	}

	/** A click on IT's card, in the channel an Administrator linked to IT. */
	private TeamsActivity click(String verb, TaskView task, Who who) {
		Member member = this.people.get(who);
		TeamsActivity click = TeamsActivity
			.cardAction(verb, Map.of("taskId", task.id(), "ticketKey", task.ticketKey(), "departmentKey", "IT"))
			.from(member.id(), member.aadObjectId(), member.name());
		click.node()
			.withObjectProperty("conversation")
			.put("conversationType", "channel")
			.put("id", this.itTeam.general);
		return click;
	}

	/** An open IT task that needs no input and waits for nothing. */
	private TaskView openItTask() {
		String name = "Matrix Anna " + UUID.randomUUID().toString().substring(0, 6);
		NewTicket request = new NewTicket(TicketKind.JOINER,
				new NewTicket.Person(null, name, name.toLowerCase().replace(' ', '.') + "@contoso.example", null, null),
				new ManagerRef("maria.jansen@contoso.example", "Maria Jansen"), "account-manager", null,
				LocalDate.of(2027, 1, 11), WorkLocation.OFFICE, null, null, null);
		TicketView ticket = this.tickets.open(request, new Actor("aad-maria", "Maria Jansen", Channel.TEAMS), null);
		return ticket.tasks()
			.stream()
			.filter(t -> t.department().equals("IT") && t.status() == TaskStatus.OPEN && t.inputsNeeded().isEmpty()
					&& t.waitingFor().isEmpty())
			.findFirst()
			.orElseThrow(() -> new AssertionError("The joiner has no IT task that needs nothing: " + ticket.tasks()));
	}

}
