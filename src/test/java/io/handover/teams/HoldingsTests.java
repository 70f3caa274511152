package io.handover.teams;

import java.util.UUID;

import tools.jackson.databind.JsonNode;
import io.handover.asset.AssetRegister;
import io.handover.asset.AssetStatus;
import io.handover.asset.AssignmentState;
import io.handover.asset.Holding;
import io.handover.asset.IssueRequest;
import io.handover.common.Actor;
import io.handover.common.Refusal;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.TeamsActivity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.teams.IntakeChat.text;
import static io.handover.teams.IntakeChat.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * J6: {@code what does Jan Bakker have?} shows IT, FM and HR staff the assets on a
 * person's name; anyone else is refused.
 */
@BotTest
class HoldingsTests {

	static final String TEAM = "19:holdings-fm-team@thread.tacv2";

	static final Actor IT = Actor.system("test");

	@Autowired
	MockMvc mvc;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	AssetRegister assets;

	ConnectorStub connector = ConnectorStub.shared();

	IntakeChat chat;

	String jan;

	String laptop;

	@BeforeEach
	void setUp() throws Exception {
		this.connector.reset();
		BotConversation bot = new BotConversation(this.mvc, this.connector);
		this.chat = new IntakeChat(bot, this.connector);
		IntakeChat.linkStaff(bot, this.connector, TEAM, "FM",
				new Member("29:holdings-fatima", "aad-holdings-fatima", "Fatima El Amrani", "fatima@contoso.example"));
		this.jan = unique("Jan Bakker");
		String id = this.employees
			.register(new NewEmployee(this.jan, AnnouncementTests.upn(this.jan), null, null, null), IT)
			.id();
		this.laptop = "SN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.assets.issue(new IssueRequest(id, "laptop", "laptop-standard", this.laptop, null, null), IT);
		this.assets.issue(new IssueRequest(id, "phone", "phone-standard", "PH-" + this.laptop, null, null), IT);
	}

	@Test
	void staffSeeTheAssetsOnAPersonsName() throws Exception {
		JsonNode card = this.chat.say(fromStaff("what does " + this.jan + " have?"));

		assertThat(text(card)).contains("Assets on the name of " + this.jan, "laptop: laptop-standard", this.laptop,
				"phone: phone-standard", "Assigned");
	}

	@Test
	void inDutchToo() throws Exception {
		JsonNode card = this.chat.say(fromStaff("wat heeft " + this.jan + "?").locale("nl-NL"));

		assertThat(text(card)).contains(this.jan, this.laptop);
	}

	@Test
	void aLaptopSoldToThePersonIsShownApartAsNoLongerTheOrganisations() throws Exception {
		String laptopId = this.assets.holderOf(this.laptop).orElseThrow().assetId();
		String holder = this.assets.holderOf(this.laptop).orElseThrow().employeeId();

		this.assets.dispose(laptopId, IT, "sold to " + this.jan);

		assertThat(this.assets.holdingsOf(holder)).extracting(Holding::serialNumber)
			.containsExactly("PH-" + this.laptop);
		assertThat(this.assets.disposedFrom(holder)).singleElement()
			.satisfies(holding -> assertThat(holding.state()).isEqualTo(AssignmentState.DISPOSED));
		JsonNode card = this.chat.say(fromStaff("what does " + this.jan + " have?"));
		String shown = text(card);
		assertThat(shown).contains("phone: phone-standard", "Assigned", "No longer the organisation's",
				"laptop: laptop-standard (Disposed of or sold)");
		assertThat(shown.indexOf("laptop: laptop-standard"))
			.isGreaterThan(shown.indexOf("No longer the organisation's"));
		assertThat(this.assets.asset(laptopId).orElseThrow().status()).isEqualTo(AssetStatus.RETIRED);
		// disposing of it again changes nothing; nor can it still be reported lost
		this.assets.dispose(laptopId, IT, "sold");
		assertThat(this.assets.disposedFrom(holder)).hasSize(1);
		String assignment = this.assets.disposedFrom(holder).get(0).assignmentId();
		assertThatThrownBy(() -> this.assets.reportLost(assignment, IT, "on the train")).isInstanceOf(Refusal.class)
			.hasMessageContaining("already disposed");
	}

	@Test
	void aDisposalWithoutAReasonIsRefusedAndChangesNothing() {
		String laptopId = this.assets.holderOf(this.laptop).orElseThrow().assetId();

		assertThatThrownBy(() -> this.assets.dispose(laptopId, IT, " ")).isInstanceOf(Refusal.class)
			.hasMessageContaining("Say why");

		assertThat(this.assets.holderOf(this.laptop).orElseThrow().status()).isEqualTo(AssetStatus.ASSIGNED);
	}

	@Test
	void someoneWhoIsNotStaffIsRefused() throws Exception {
		JsonNode card = this.chat.say("what does " + this.jan + " have?");

		assertThat(text(card)).contains("Not allowed", "Only IT, FM and HR staff").doesNotContain(this.laptop);
	}

	@Test
	void aNameNobodyHasGetsTheClosestNames() throws Exception {
		String typo = this.jan.replace("Bakker", "Bakkr");

		JsonNode card = this.chat.say(fromStaff("what does " + typo + " have?"));

		assertThat(text(card)).contains("No one called " + typo, "Did you mean", this.jan).doesNotContain(this.laptop);
	}

	@Test
	void aNameTwoPeopleShareAsksForTheEmailAddress() throws Exception {
		String other = "jan.two." + UUID.randomUUID().toString().substring(0, 6) + "@contoso.example";
		this.employees.register(new NewEmployee(this.jan, other, null, null, null), IT);

		JsonNode card = this.chat.say(fromStaff("what does " + this.jan + " have?"));
		assertThat(text(card)).contains("2 people are called", other).doesNotContain(this.laptop);

		JsonNode byEmail = this.chat.say(fromStaff("what does " + AnnouncementTests.upn(this.jan) + " have?"));
		assertThat(text(byEmail)).contains(this.laptop);
	}

	private static TeamsActivity fromStaff(String text) {
		return TeamsActivity.personalMessage(text)
			.conversation("a:personal-holdings-fatima")
			.from("29:holdings-fatima", "aad-holdings-fatima", "Fatima El Amrani");
	}

}
