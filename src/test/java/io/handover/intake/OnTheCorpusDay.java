package io.handover.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * The parser as the intake tests read announcements: on the corpus day, Thursday 3
 * December 2026, with the tests' role catalogue.
 */
final class OnTheCorpusDay {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	private static final AnnouncementParser PARSER = new AnnouncementParser();

	private OnTheCorpusDay() {
	}

	/** The one announcement the text makes. */
	static Announcement parse(String text) {
		return PARSER.parse(text, TODAY, AnnouncementParserTests.ROLES);
	}

	/** Every announcement the text makes, one per person. */
	static List<Announcement> parseAll(String text) {
		return PARSER.parseAll(text, TODAY, AnnouncementParserTests.ROLES);
	}

	/** As {@link #parseAll}, with the role profiles the product ships. */
	static List<Announcement> parseAllShipped(String text) {
		return PARSER.parseAll(text, TODAY, IntakeCorpusTests.ROLES);
	}

	/** The first person's announcement, with the role profiles the product ships. */
	static Announcement parseShipped(String text) {
		return parseAllShipped(text).get(0);
	}

}
