package io.handover.teams;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.handover.employee.EmployeeDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * On a fresh install the register is empty: the examples name the starter they suggest
 * announcing (who is in the register once announced), and the card is told to say how
 * people get there. Every date lies ahead, whatever today is.
 */
class CommandExamplesTests {

	private final EmployeeDirectory employees = mock(EmployeeDirectory.class);

	@Test
	void anEmptyRegisterNamesTheStarterAndSaysSo() {
		given(this.employees.someoneStaying()).willReturn(Optional.empty());

		Map<String, Object> data = examples(LocalDate.of(2027, 12, 30)).data(Locale.ENGLISH);

		assertThat(data).containsEntry("registerEmpty", true)
			.containsEntry("starterExample", "Anna de Vries starts on 31 January as account manager")
			.containsEntry("leaverExample", "Anna de Vries leaves on 25 February")
			.containsEntry("holdingsExample", "what does Anna de Vries have?");
	}

	@Test
	void theStarterStartsOnAMondayFourWeeksAheadAndLeavesLater() {
		given(this.employees.someoneStaying()).willReturn(Optional.empty());
		for (LocalDate today = LocalDate.of(2026, 12, 1); today
			.isBefore(LocalDate.of(2026, 12, 8)); today = today.plusDays(1)) {
			Map<String, Object> data = examples(today).data(Locale.forLanguageTag("nl"));

			LocalDate start = today.plusWeeks(4);
			while (start.getDayOfWeek() != DayOfWeek.MONDAY) {
				start = start.plusDays(1);
			}
			assertThat(data.get("starterExample")).asString()
				.contains("begint op " + start.getDayOfMonth() + " "
						+ (start.getMonthValue() == 12 ? "december" : "januari"));
		}
	}

	private CommandExamples examples(LocalDate today) {
		ZoneId zone = ZoneId.of("Europe/Amsterdam");
		return new CommandExamples(this.employees, Clock.fixed(today.atTime(10, 0).atZone(zone).toInstant(), zone));
	}

}
