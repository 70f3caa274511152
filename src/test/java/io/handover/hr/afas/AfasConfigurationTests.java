package io.handover.hr.afas;

import java.time.Clock;

import io.handover.hr.HrSource;
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

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(AfasProperties.class)
	static class Properties {

	}

}
