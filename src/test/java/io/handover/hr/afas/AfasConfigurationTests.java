package io.handover.hr.afas;

import java.time.Clock;
import java.time.LocalDate;

import io.handover.hr.HrEmployment;
import io.handover.hr.HrSource;
import io.handover.testing.AfasEmulator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** AFAS is an HR source only for an organisation that configured it. */
class AfasConfigurationTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Properties.class, AfasConfiguration.class)
		.withBean(Clock.class, Clock::systemUTC);

	@Test
	void withoutATokenThereIsNoAfasSource() {
		this.context.withPropertyValues("handover.hr.afas.environment=12345")
			.run(context -> assertThat(context).doesNotHaveBean(HrSource.class));
	}

	@Test
	void withoutAnEnvironmentThereIsNoAfasSource() {
		this.context.withPropertyValues("handover.hr.afas.token=abc")
			.run(context -> assertThat(context).doesNotHaveBean(HrSource.class));
	}

	@Test
	void anEnvironmentAndATokenMakeAfasASource() {
		this.context.withPropertyValues("handover.hr.afas.environment=12345", "handover.hr.afas.token=abc")
			.run(context -> assertThat(context.getBean(HrSource.class).system()).isEqualTo("afas"));
	}

	@Test
	void anOnPremisesProfitIsReachedThroughItsBaseUrl() {
		this.context
			.withPropertyValues("handover.hr.afas.base-url=https://profit.contoso.local/ProfitRestServices",
					"handover.hr.afas.token=abc")
			.run(context -> assertThat(context).hasSingleBean(HrSource.class));
	}

	@Test
	void aCustomersOwnFieldNamesAreReadFromTheConfiguration() {
		try (AfasEmulator afas = new AfasEmulator(Clock.systemUTC())) {
			afas.employ("2001", "Sophie", null, "Smit", "sophie@contoso.nl", "HR", "HR advisor", null,
					LocalDate.of(2025, 9, 1), null);
			this.context
				.withPropertyValues("handover.hr.afas.base-url=" + afas.servicesUrl(),
						"handover.hr.afas.token=" + AfasEmulator.TOKEN, "handover.hr.afas.page-size=50",
						"handover.hr.afas.fields.given-name=Email_werk")
				.run(context -> {
					HrEmployment sophie = context.getBean(HrSource.class).changedSince(null).get(0);
					assertThat(sophie.givenName()).as("the configured field, not the default")
						.isEqualTo("sophie@contoso.nl");
					assertThat(sophie.familyName()).isEqualTo("Smit");
					assertThat(afas.requests()).allSatisfy(request -> assertThat(request).contains("take=50"));
				});
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(AfasProperties.class)
	static class Properties {

	}

}
