package io.handover.runbook;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.handover.HandoverApplication;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.testing.GraphStub;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.testing.TokenStub;
import io.handover.ticket.Authority;
import io.handover.ticket.DeviceRetrieval;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of Handover share one store and both reach 17:00 on Jan's last day at the
 * same moment: the runbook runs once.
 */
class TwoInstancesTests {

	static MongoServer store;

	static TokenStub tokens;

	static GraphStub graph;

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	@BeforeAll
	static void twoInstances() {
		store = new MongoServer(new MemoryBackend());
		store.bind(new InetSocketAddress("127.0.0.1", 0));
		InetSocketAddress address = store.getLocalAddress();
		tokens = new TokenStub();
		graph = new GraphStub();
		// as command-line arguments, which win over application.yml
		String[] arguments = { "--handover.store.uri=mongodb://127.0.0.1:" + address.getPort() + "/twins",
				"--server.port=0", "--handover.graph.tenant-id=contoso-tenant",
				"--handover.graph.client-id=handover-app", "--handover.graph.client-secret=s3cret-value",
				"--handover.graph.base-url=" + graph.baseUrl(),
				"--handover.graph.authority-host=" + tokens.authorityHost(),
				"--handover.graph.trust-store=" + TokenStub.TRUST_STORE,
				"--handover.graph.trust-store-password=" + TokenStub.TRUST_STORE_PASSWORD };
		first = new SpringApplicationBuilder(HandoverApplication.class, TestClockConfiguration.class).run(arguments);
		second = new SpringApplicationBuilder(HandoverApplication.class, TestClockConfiguration.class).run(arguments);
	}

	@AfterAll
	static void stop() {
		second.close();
		first.close();
		graph.close();
		tokens.close();
		store.shutdownNow();
	}

	@Test
	void theRunbookRunsOnceWhenTwoInstancesReachTheHourTogether() {
		String user = UUID.randomUUID().toString();
		graph.addUser(user, "jan.bakker@contoso.example", "Jan Bakker");
		graph.addGroup("g-staff", "All Staff", null, user);
		TicketView ticket = first.getBean(TicketManagement.class)
			.open(new NewTicket(TicketKind.LEAVER,
					new NewTicket.Person(null, "Jan Bakker", "jan.bakker@contoso.example", null, null),
					new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "default", null,
					TestClockConfiguration.TODAY, WorkLocation.OFFICE, null, DeviceRetrieval.IN_PERSON, null),
					new Actor("marieke-oid", "Marieke Jansen", Channel.TEAMS), null);
		first.getBean(TicketManagement.class)
			.authorise(ticket.key(), Authority.MANAGER_OF_RECORD,
					new Actor("marieke-oid", "Marieke Jansen", Channel.TEAMS), null);
		for (ConfigurableApplicationContext instance : List.of(first, second)) {
			TestClock clock = instance.getBean(TestClock.class);
			clock.set(TestClockConfiguration.TODAY.atTime(17, 0).atZone(clock.getZone()).toInstant());
		}

		// two threads of their own: the common pool has one thread on two cores, so its
		// "concurrent" ticks ran one after the other
		ExecutorService instances = Executors.newFixedThreadPool(2);
		try {
			CompletableFuture<Void> a = CompletableFuture.runAsync(() -> first.getBean(DirectorySchedule.class).tick(),
					instances);
			CompletableFuture<Void> b = CompletableFuture.runAsync(() -> second.getBean(DirectorySchedule.class).tick(),
					instances);
			CompletableFuture.allOf(a, b).join();
		}
		finally {
			instances.shutdown();
		}
		first.getBean(DirectorySchedule.class).tick();
		second.getBean(DirectorySchedule.class).tick();

		assertThat(graph.succeeded("PATCH", "/users/" + user)).isEqualTo(1);
		assertThat(graph.succeeded("POST", "/users/" + user + "/revokeSignInSessions")).isEqualTo(1);
		assertThat(graph.user(user).orElseThrow().accountEnabled).isFalse();
		List<TaskView> tasks = second.getBean(TicketManagement.class).get(ticket.key()).tasks();
		assertThat(tasks.stream().filter(t -> t.kind().equals("it.directory.disable")).count()).isEqualTo(1);
	}

}
