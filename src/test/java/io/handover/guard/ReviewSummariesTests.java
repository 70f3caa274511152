package io.handover.guard;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.handover.access.Roles;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.language.LanguageModel;
import io.handover.profile.ProfileDraft;
import io.handover.profile.ProfileManagement;
import io.handover.testing.ChatCompletionsEmulator;
import io.handover.testing.LiveDirectoryTest;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.Authority;
import io.handover.ticket.DeviceRetrieval;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review card's written summary, by a language model behind an OpenAI-compatible
 * emulator: it is written from the findings and only from them, it never changes a
 * finding or a task, a model that fails leaves the review without a summary and says why,
 * the model is asked again only when the findings change, and with summaries off (or no
 * model) nothing is asked.
 */
@Import(ReviewSummariesTests.ItsChannel.class)
class ReviewSummariesTests extends LiveDirectoryTest {

	/** IT's channel: the reviews its card is drawn from. */
	@TestConfiguration(proxyBeanMethods = false)
	static class ItsChannel {

		static final List<GuardReview> SHOWN = new java.util.concurrent.CopyOnWriteArrayList<>();

		@Bean
		@Primary
		ReviewCards itsChannel() {
			return review -> SHOWN.add(review);
		}

	}

	List<GuardReview> cards() {
		return ItsChannel.SHOWN.stream().filter(review -> review.ticketKey().equals(this.ticket.key())).toList();
	}

	static final ChatCompletionsEmulator MODEL = new ChatCompletionsEmulator();

	static final Actor MARIEKE = Actor.person("marieke-oid", "marieke.jansen@contoso.example", "Marieke Jansen",
			Channel.TEAMS);

	static final Actor JOOST = Actor.person("joost-oid", "joost@contoso.example", "Joost (IT)", Channel.API,
			Set.of(Roles.IT));

	@DynamicPropertySource
	static void aLanguageModel(DynamicPropertyRegistry properties) {
		properties.add("handover.language.endpoint", MODEL::baseUrl);
		properties.add("handover.language.api-key", () -> ChatCompletionsEmulator.KEY);
		properties.add("handover.language.max-retries", () -> "1");
	}

	@Autowired
	OffboardingGuard guard;

	@Autowired
	TicketManagement tickets;

	@Autowired
	ProfileManagement profiles;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	TestClock clock;

	TicketView ticket;

	String upn;

	@BeforeEach
	void janLeftWithAGroupAndABadge() {
		MODEL.reset();
		this.clock.setDay(TestClockConfiguration.TODAY);
		GRAPH.reset();
		GRAPH.now(this.clock::instant);
		GRAPH.addVerifiedDomain("contoso.example");
		PASSES.failWith(0);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String user = UUID.randomUUID().toString();
		this.upn = "jan.bakker." + suffix + "@contoso.example";
		String profile = "summary-" + suffix;
		this.profiles.save(profile, new ProfileDraft("Summary " + suffix, List.of(), List.of(), List.of("All Staff"),
				List.of("microsoft-365"), List.of()), null, MARIEKE, null);
		GRAPH.addUser(user, this.upn, "Jan Bakker");
		GRAPH.addGroup("g-staff", "All Staff", null, user);
		PASSES.issue(this.upn, "B-" + suffix);
		Employee employee = this.employees.register(new NewEmployee("Jan Bakker " + suffix, this.upn, user,
				"HR-" + UUID.randomUUID(), "marieke.jansen@contoso.example"), JOOST);
		TicketView opened = this.tickets.open(
				new NewTicket(TicketKind.LEAVER,
						new NewTicket.Person(employee.id(), employee.name(), this.upn, user, null),
						new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), profile, null,
						TestClockConfiguration.TODAY, WorkLocation.OFFICE, null, DeviceRetrieval.IN_PERSON, null),
				MARIEKE, null);
		this.ticket = this.tickets.authorise(opened.key(), Authority.MANAGER_OF_RECORD, MARIEKE, null);
		this.clock.set(TestClockConfiguration.TODAY.atTime(LocalTime.of(18, 0))
			.atZone(OffboardingGuardTests.AMSTERDAM)
			.toInstant());
	}

	@Test
	void theSummaryIsWrittenFromTheFindingsAndChangesNone() {
		MODEL.answer(request -> "Jan Bakker still has his account, a group and his badge; IT and FM have tasks.");

		GuardReview review = this.guard.check(this.ticket.key(), JOOST);

		assertThat(review.summary())
			.isEqualTo("Jan Bakker still has his account, a group and his badge; IT and FM have tasks.");
		assertThat(review.summaryMissing()).isNull();
		assertThat(MODEL.requests()).singleElement().satisfies(request -> {
			assertThat(request.system()).isEqualTo(ReviewSummaries.INSTRUCTIONS);
			// every finding, each with its task, and nothing else to go on
			review.residues()
				.forEach(finding -> assertThat(request.user()).contains(finding.text())
					.contains("task " + finding.taskId()));
			review.evidence().forEach(evidence -> assertThat(request.user()).contains(evidence));
			assertThat(request.user()).contains("Nothing left behind: no", this.ticket.key());
		});
		// the findings and tasks are the guard's, summary or not
		assertThat(review.nothingLeftBehind()).isFalse();
		assertThat(review.residues()).extracting(GuardReview.Finding::area).contains("account", "groups", "badges");
		assertThat(review.opened()).isNotEmpty();
		// the card is drawn from the summarised review (GuardReviewSummaryCardTests:
		// drawn
		// above the findings)
		assertThat(cards()).singleElement().satisfies(card -> {
			assertThat(card.summary()).isEqualTo(review.summary());
			assertThat(card.residues()).isEqualTo(review.residues());
		});
	}

	@Test
	void aModelThatFailsLeavesTheCardWithoutASummaryAndSaysWhy() {
		MODEL.failNext(429, 50L, 10, "Rate limit reached for requests");

		GuardReview review = this.guard.check(this.ticket.key(), JOOST);

		assertThat(review.summary()).isNull();
		assertThat(review.summaryMissing()).contains("busy (429)").contains("findings below are complete");
		assertThat(review.residues()).isNotEmpty();
		assertThat(review.opened()).isNotEmpty();
		// the card: the findings, no summary, why there is none
		assertThat(cards()).singleElement().satisfies(card -> {
			assertThat(card.summary()).isNull();
			assertThat(card.summaryMissing()).isEqualTo(review.summaryMissing());
			assertThat(card.residues()).isEqualTo(review.residues());
		});

		// the model back: the next check writes it, and an unchanged check asks no more
		MODEL.reset();
		GuardReview again = this.guard.check(this.ticket.key(), JOOST);
		assertThat(again.summary()).isEqualTo("A summary.");
		assertThat(again.residues()).isEqualTo(review.residues());
		GuardReview unchanged = this.guard.check(this.ticket.key(), JOOST);
		assertThat(unchanged.summary()).isEqualTo("A summary.");
		assertThat(MODEL.requests()).hasSize(1);
	}

	@Test
	void aRefusedRequestSaysWhatToCheck() {
		MODEL.failNext(401, null, 10, "Incorrect API key provided.");

		GuardReview review = this.guard.check(this.ticket.key(), JOOST);

		assertThat(review.summary()).isNull();
		assertThat(review.summaryMissing()).contains("refused").contains("401").contains("handover.language");
	}

	@Test
	void withSummariesOffOrNoModelNothingIsAsked() {
		AtomicInteger asked = new AtomicInteger();
		LanguageModel counting = new LanguageModel() {
			@Override
			public boolean available() {
				return true;
			}

			@Override
			public String complete(String instructions, String input) {
				asked.incrementAndGet();
				return "Written.";
			}
		};
		GuardReview review = this.guard.check(this.ticket.key(), JOOST).withSummary(null, null);

		GuardReview off = new ReviewSummaries(counting,
				new GuardProperties(null, null, null, null, null, false, null, null, null))
			.summarise(review);
		assertThat(off).isEqualTo(review);
		assertThat(asked).hasValue(0);

		LanguageModel none = new LanguageModel() {
			@Override
			public boolean available() {
				return false;
			}

			@Override
			public String complete(String instructions, String input) {
				asked.incrementAndGet();
				throw new IllegalStateException("never asked");
			}
		};
		assertThat(new ReviewSummaries(none, new GuardProperties(null, null, null, null, null, true, null, null, null))
			.summarise(review)).isEqualTo(review);
		assertThat(asked).hasValue(0);

		assertThat(
				new ReviewSummaries(counting, new GuardProperties(null, null, null, null, null, true, null, null, null))
					.summarise(review)
					.summary())
			.isEqualTo("Written.");
	}

	@Test
	void aLongSummaryIsCutAtASentence() {
		String sentence = "Jan Bakker still has something on his name that IT has to remove. ";
		String shortened = ReviewSummaries.shorten(sentence.repeat(20));

		assertThat(shortened).hasSizeLessThanOrEqualTo(ReviewSummaries.MAX_LENGTH).endsWith("remove.");
		assertThat(ReviewSummaries.shorten("  One line.\n\nTwo  lines. ")).isEqualTo("One line. Two lines.");
	}

}
