package io.handover.guard;

import java.util.Locale;

import io.handover.language.LanguageModel;
import io.handover.language.LanguageModelFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A short written summary of a review for the card, by the optional language model
 * ({@code handover.guard.summary}, on when a model is configured). It decides nothing:
 * the findings stay the truth, the card shows them below it and labels the summary as
 * written by a model; a model that fails leaves the card without a summary and says why.
 */
@Component
class ReviewSummaries {

	private static final Logger log = LoggerFactory.getLogger(ReviewSummaries.class);

	/** The longest summary shown; a longer answer is cut at a sentence. */
	static final int MAX_LENGTH = 600;

	static final String INSTRUCTIONS = """
			You summarise an automated offboarding check for IT staff in two or three plain sentences.
			Use only the facts given below; never add, guess or soften anything, give no advice beyond the facts.
			Say how many things are still on the person's name and which departments have to act,
			name the most important ones, and mention every area that could not be checked or was not seen.
			Say that nothing was left behind only when the facts say so.
			Plain text in English: no lists, no markdown, no greeting.""";

	private final LanguageModel model;

	private final boolean enabled;

	ReviewSummaries(LanguageModel model, GuardProperties properties) {
		this.model = model;
		this.enabled = properties.summary();
	}

	/** Whether reviews get a summary at all: switched on and a model configured. */
	boolean active() {
		return this.enabled && this.model.available();
	}

	/**
	 * The review with its summary, or with why there is none this time; unchanged when
	 * summaries are off.
	 */
	GuardReview summarise(GuardReview review) {
		if (!active()) {
			return review;
		}
		try {
			return review.withSummary(shorten(this.model.complete(INSTRUCTIONS, facts(review))), null);
		}
		catch (LanguageModelFailure failure) {
			log.warn("No written summary for the guard review of {}: {}", review.ticketKey(), failure.getMessage());
			return review.withSummary(null, switch (failure.kind()) {
				case THROTTLED -> "the language model was busy (429); the findings below are complete";
				case REFUSED -> "the language model refused the request (" + failure.status()
						+ "); check handover.language settings. The findings below are complete";
				case EMPTY -> "the language model answered nothing; the findings below are complete";
				default -> "the language model could not be reached; the findings below are complete";
			});
		}
	}

	/** The review's findings as plain facts: all the model may use. */
	static String facts(GuardReview review) {
		StringBuilder facts = new StringBuilder();
		facts.append("Person: ").append(review.employeeName()).append('\n');
		facts.append("Ticket: ").append(review.ticketKey()).append('\n');
		facts.append("Last working day: ").append(review.lastDay()).append('\n');
		facts.append(review.afterLastDay() ? "The last day has passed: what is found is left behind.\n"
				: "The last day has not come yet: what is found is still to do.\n");
		facts.append("Nothing left behind: ").append(review.nothingLeftBehind() ? "yes" : "no").append('\n');
		facts.append("Still on their name (").append(review.residues().size()).append("):\n");
		review.residues()
			.forEach(finding -> facts.append("- ")
				.append(finding.text())
				.append(" [")
				.append(finding.department())
				.append(finding.taskId() != null
						? ", task " + finding.taskId() + " " + finding.taskStatus().toLowerCase(Locale.ROOT)
						: ", no task yet")
				.append("]\n"));
		facts.append("Could not be checked (").append(review.unobservable().size()).append("):\n");
		review.unobservable()
			.forEach(finding -> facts.append("- ")
				.append(finding.text())
				.append(" [")
				.append(finding.department())
				.append("]\n"));
		if (!review.deferred().isEmpty()) {
			facts.append("Not seen this time, Microsoft Graph busy (").append(review.deferred().size()).append("):\n");
			review.deferred().forEach(finding -> facts.append("- ").append(finding.area()).append('\n'));
		}
		facts.append("Seen in order (").append(review.evidence().size()).append("):\n");
		review.evidence().forEach(evidence -> facts.append("- ").append(evidence).append('\n'));
		return facts.toString();
	}

	/** One paragraph of at most {@link #MAX_LENGTH} characters, cut at a sentence. */
	static String shorten(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		if (flat.length() <= MAX_LENGTH) {
			return flat;
		}
		String cut = flat.substring(0, MAX_LENGTH);
		int end = Math.max(cut.lastIndexOf(". "), cut.lastIndexOf(".\u00a0"));
		return end > 0 ? cut.substring(0, end + 1) : cut.strip() + "…";
	}

}
