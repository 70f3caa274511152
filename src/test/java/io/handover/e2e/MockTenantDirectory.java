package io.handover.e2e;

import io.handover.common.Actor;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.testing.GraphStub;
import io.handover.testing.TokenStub;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The central directory of the {@link MockTenant}: Handover's e2e run talks Microsoft
 * Graph (the real SDK and token acquisition) to a Graph stub that knows the same people
 * as the Playground, by the same Entra object ids and sign-in names, and the groups and
 * licence of an account manager. So the account the joiner runbook finds for a starter
 * announced by name is the Playground user who plays them, and Teams then knows them by
 * it. New accounts follow the tenant's convention ({@code first.last@example.com}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockTenantDirectory {

	static final TokenStub TOKENS = new TokenStub();

	static final GraphStub GRAPH = directory();

	@Bean
	static DynamicPropertyRegistrar mockTenantGraph() {
		return properties -> {
			properties.add("handover.graph.tenant-id", () -> MockTenant.TENANT_ID);
			properties.add("handover.graph.client-id", () -> "handover-e2e");
			properties.add("handover.graph.client-secret", () -> "e2e-secret-value");
			properties.add("handover.graph.base-url", GRAPH::baseUrl);
			properties.add("handover.graph.authority-host", TOKENS::authorityHost);
			properties.add("handover.graph.trust-store", () -> TokenStub.TRUST_STORE);
			properties.add("handover.graph.trust-store-password", () -> TokenStub.TRUST_STORE_PASSWORD);
			properties.add("handover.graph.retry-delay", () -> "PT1S");
			properties.add("handover.runbook.domain", () -> "example.com");
		};
	}

	/**
	 * The trial's manager is in the register with her Entra id, so Handover knows her
	 * sign-in name when she writes in Teams: the people she announces have her as their
	 * manager of record, and she may announce their departure herself (anyone else's
	 * announcement would be a request for HR).
	 */
	@Bean
	static ApplicationRunner mockTenantManager(EmployeeDirectory employees) {
		return arguments -> employees.register(new NewEmployee(MockTenant.MANAGER.name(), MockTenant.MANAGER.upn(),
				MockTenant.MANAGER.aadObjectId(), null, null), Actor.system("trial"));
	}

	/**
	 * The tenant's people; the employee and the colleague report to the manager (Graph
	 * {@code manager} / {@code directReports}), so the trial's manager manages people and
	 * opens her starters' tickets herself.
	 */
	private static GraphStub directory() {
		GraphStub graph = new GraphStub();
		GraphStub.User manager = graph.addUser(MockTenant.MANAGER.aadObjectId(), MockTenant.MANAGER.upn(),
				MockTenant.MANAGER.name());
		for (MockTenant.User user : MockTenant.OTHERS) {
			GraphStub.User added = graph.addUser(user.aadObjectId(), user.upn(), user.name());
			if (user == MockTenant.EMPLOYEE || user == MockTenant.COLLEAGUE) {
				added.managedBy(manager);
			}
		}
		graph.addGroup("33333333-0000-4000-8000-000000000001", "All Staff", null);
		graph.addGroup("33333333-0000-4000-8000-000000000002", "Sales", null);
		graph.addGroup("33333333-0000-4000-8000-000000000003", "CRM Users", null);
		graph.addSku("05e9a617-0261-4cee-bb44-138d3ef5d965", "SPE_E3");
		return graph;
	}

}
