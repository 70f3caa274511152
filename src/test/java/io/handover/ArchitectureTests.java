package io.handover;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Transport stays at the edge: only the bot ({@code teams}), e-mail ({@code mail}) and
 * the Graph adapter inside {@code identity} may touch the Bot Framework or Microsoft
 * Graph, no domain module depends on a transport module, and Jackson 2 (the retired Bot
 * Framework SDK's JSON) is spoken only at the SDK boundary; everything else is on Jackson
 * 3 ({@code tools.jackson}).
 */
class ArchitectureTests {

	private static final JavaClasses HANDOVER = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.handover");

	private static final String[] DOMAIN = { "io.handover.ticket..", "io.handover.task..", "io.handover.profile..",
			"io.handover.asset..", "io.handover.employee..", "io.handover.apps..", "io.handover.audit..",
			"io.handover.guard..", "io.handover.hr..", "io.handover.cards..", "io.handover.common..",
			"io.handover.runbook..", "io.handover.portal.." };

	@Test
	void domainModulesDoNotImportTheBotFramework() {
		rule("com.microsoft.bot..").check(HANDOVER);
	}

	@Test
	void domainModulesDoNotImportMicrosoftGraph() {
		ArchRule rule = noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.microsoft.graph..", "com.azure..")
			.allowEmptyShould(true);
		rule.check(HANDOVER);
		// Inside identity, only the Graph adapter may use the Graph SDK.
		noClasses().that()
			.resideInAPackage("io.handover.identity..")
			.and()
			.haveSimpleNameNotStartingWith("Graph")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.microsoft.graph..", "com.azure..", "com.microsoft.kiota..")
			.allowEmptyShould(true)
			.check(HANDOVER);
	}

	@Test
	void domainModulesDoNotDependOnTransportModules() {
		noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.handover.teams..", "io.handover.mail..")
			.allowEmptyShould(true)
			.check(HANDOVER);
	}

	/**
	 * Apple Business is reached by its adapter only: the port, the dry run and the
	 * runbooks that use them know no HTTP client and no JOSE library.
	 */
	@Test
	void onlyTheAppleBusinessAdapterSpeaksHttpAndSignsAssertions() {
		noClasses().that()
			.resideInAPackage("io.handover.enrolment..")
			.and()
			.haveSimpleNameNotStartingWith("AppleBusiness")
			.and()
			.doNotHaveSimpleName("ClientAssertion")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("java.net.http..", "com.nimbusds..")
			.check(HANDOVER);
		noClasses().that()
			.resideInAPackage("io.handover.runbook..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("java.net.http..", "com.nimbusds..")
			.check(HANDOVER);
	}

	/**
	 * The language model is reached through its port only: the OpenAI client stays inside
	 * the adapter ({@code io.handover.language.OpenAi*}).
	 */
	@Test
	void onlyTheLanguageModelAdapterUsesTheOpenAiClient() {
		noClasses().that()
			.haveSimpleNameNotStartingWith("OpenAi")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.openai..")
			.check(HANDOVER);
		noClasses().that()
			.haveSimpleNameStartingWith("OpenAi")
			.should()
			.resideOutsideOfPackage("io.handover.language..")
			.allowEmptyShould(true)
			.check(HANDOVER);
	}

	/**
	 * Jackson 3 still uses Jackson 2's annotations
	 * ({@code com.fasterxml.jackson.annotation}, the one package both lines share), so
	 * only those may be used anywhere.
	 */
	@Test
	void onlyTheBotFrameworkBoundaryUsesJackson2() {
		jackson2OutsideTheSdkBoundary().check(HANDOVER);
		// Inside the boundary, the SDK's Jackson 2 trees are met in the crossing
		// (SdkJson)
		// and where the bot hands an invoke's answer to the SDK (HandoverBot.invokeBody).
		noClasses().that()
			.resideInAnyPackage("io.handover.teams..", "io.handover.mail..")
			.and()
			.doNotHaveSimpleName("SdkJson")
			.and()
			.doNotHaveSimpleName("HandoverBot")
			.should()
			.dependOnClassesThat(jackson2())
			.check(HANDOVER);
	}

	@Test
	void theJacksonRuleCatchesAViolation() {
		// this class uses a Jackson 2 ObjectMapper (jackson2Sample below): caught
		JavaClasses offending = new ClassFileImporter().importClasses(ArchitectureTests.class);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jackson2OutsideTheSdkBoundary().check(offending))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("com.fasterxml.jackson.databind.ObjectMapper");
	}

	private static ArchRule jackson2OutsideTheSdkBoundary() {
		return noClasses().that()
			.resideOutsideOfPackages("io.handover.teams..", "io.handover.mail..")
			.should()
			.dependOnClassesThat(jackson2());
	}

	private static DescribedPredicate<JavaClass> jackson2() {
		return JavaClass.Predicates.resideInAPackage("com.fasterxml.jackson..")
			.and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("com.fasterxml.jackson.annotation..")))
			.as("Jackson 2 (com.fasterxml.jackson.. except the shared annotations)");
	}

	@SuppressWarnings("unused")
	private static com.fasterxml.jackson.databind.ObjectMapper jackson2Sample() {
		return null;
	}

	@Test
	void theRuleCatchesAViolation() {
		JavaClasses offending = new ClassFileImporter().importClasses(ArchitectureTests.class,
				com.microsoft.bot.schema.Activity.class);
		// A class of a domain package that used Activity would be caught: prove the rule
		// is
		// not vacuous by checking it against a package pattern that contains this test.
		ArchRule rule = noClasses().that()
			.resideInAPackage("io.handover")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.microsoft.bot..");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> rule.check(offending))
			.isInstanceOf(AssertionError.class);
	}

	private static ArchRule rule(String transport) {
		return noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(transport)
			.allowEmptyShould(true);
	}

	// Referenced by theRuleCatchesAViolation so the test class itself depends on the SDK.
	@SuppressWarnings("unused")
	private static com.microsoft.bot.schema.Activity sample() {
		return null;
	}

}
