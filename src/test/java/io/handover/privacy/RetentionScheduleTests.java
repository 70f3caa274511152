package io.handover.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Issue 24: nothing about personal data retention fails silently. A run that stops, or
 * that could not pseudonymise someone, reaches the Administrators
 * ({@link RetentionAlerts}, a card in Teams) and the log as an error; when no
 * Administrator could be told, or the card could not be sent, the log says so as an
 * error; a run that went well tells nobody.
 */
@ExtendWith(OutputCaptureExtension.class)
class RetentionScheduleTests {

	static final Instant NOW = Instant.parse("2026-12-04T03:30:00Z");

	final PersonalDataRetention retention = mock(PersonalDataRetention.class);

	final List<RetentionAlerts.Failure> shown = new ArrayList<>();

	@Test
	void aRunThatStopsIsShownToTheAdministrators(CapturedOutput output) {
		when(this.retention.run()).thenThrow(new IllegalStateException("The store is not reachable"));

		schedule(told(2)).daily();

		assertThat(this.shown).singleElement().satisfies(failure -> {
			assertThat(failure.wholeRun()).isTrue();
			assertThat(failure.reason()).isEqualTo("The store is not reachable");
			assertThat(failure.at()).isEqualTo(NOW);
			assertThat(failure.employeeIds()).isEmpty();
		});
		assertThat(output.getAll()).contains("ERROR").contains("Personal data retention failed");
	}

	@Test
	void peopleWhoseDataCouldNotBePseudonymisedAreNamedToTheAdministrators() {
		Map<String, String> failed = new LinkedHashMap<>();
		for (int i = 0; i < 25; i++) {
			failed.put("employee-" + i, i == 0 ? "Write conflict" : "later trouble");
		}
		when(this.retention.run()).thenReturn(new PersonalDataRetention.Run(List.of(), failed));

		schedule(told(1)).daily();

		assertThat(this.shown).singleElement().satisfies(failure -> {
			assertThat(failure.wholeRun()).isFalse();
			assertThat(failure.failedPeople()).isEqualTo(25);
			assertThat(failure.employeeIds()).hasSize(RetentionAlerts.Failure.MAX_IDS).startsWith("employee-0");
			assertThat(failure.reason()).isEqualTo("Write conflict");
		});
	}

	@Test
	void whenNoAdministratorCouldBeToldTheLogSaysSoAsAnError(CapturedOutput output) {
		when(this.retention.run()).thenThrow(new IllegalStateException("disk full"));

		schedule(told(0)).daily();

		assertThat(output.getAll()).contains("no Administrator could be told").contains("disk full");
	}

	@Test
	void withoutATransportTheLogSaysSoAsAnError(CapturedOutput output) {
		when(this.retention.run()).thenThrow(new IllegalStateException("disk full"));

		new RetentionSchedule(this.retention, new StaticListableBeanFactory().getBeanProvider(RetentionAlerts.class),
				Clock.fixed(NOW, ZoneOffset.UTC))
			.daily();

		assertThat(output.getAll()).contains("no Administrator could be told");
	}

	@Test
	void aCardThatCannotBeSentIsLoggedAndTheScheduleGoesOn(CapturedOutput output) {
		when(this.retention.run()).thenThrow(new IllegalStateException("disk full"));
		RetentionAlerts broken = failure -> {
			throw new IllegalStateException("connector down");
		};

		assertThatCode(() -> schedule(broken).daily()).doesNotThrowAnyException();

		assertThat(output.getAll()).contains("the Administrators' card could not be sent").contains("connector down");
	}

	@Test
	void aLongReasonIsCut() {
		when(this.retention.run()).thenThrow(new IllegalStateException("x".repeat(1000)));

		schedule(told(1)).daily();

		assertThat(this.shown.get(0).reason()).hasSize(301).endsWith("…");
	}

	@Test
	void aRunThatWentWellTellsNobody() {
		when(this.retention.run()).thenReturn(new PersonalDataRetention.Run(List.of(), Map.of()));

		schedule(told(1)).daily();

		assertThat(this.shown).isEmpty();
	}

	private RetentionAlerts told(int administrators) {
		return failure -> {
			this.shown.add(failure);
			return administrators;
		};
	}

	private RetentionSchedule schedule(RetentionAlerts alerts) {
		return new RetentionSchedule(this.retention,
				new StaticListableBeanFactory(Map.of("alerts", alerts)).getBeanProvider(RetentionAlerts.class),
				Clock.fixed(NOW, ZoneOffset.UTC));
	}

}
