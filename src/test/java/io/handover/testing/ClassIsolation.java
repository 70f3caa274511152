package io.handover.testing;

import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.handover.common.Actor;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Test classes share one cached Spring context and its store, and each class makes its
 * own teams, department channels and tickets. Left in place, every channel any earlier
 * class linked received every later ticket's cards, every roster lookup asked every team
 * any earlier class installed, and every catch-up round walked every earlier open ticket:
 * the background work, and the later classes' time, grew with the number of classes run
 * before them (BlockedTaskCardTests: 6 s alone, 182 s in the full run). So before a test
 * class runs in a context an earlier class used, what the earlier classes left behind
 * stops taking part: their channel links are removed, their teams marked uninstalled and
 * their open tickets closed. Nothing else is touched (audit trail, register, posted
 * cards), and a class never loses anything it made itself. Registered for every Spring
 * test in {@code META-INF/spring.factories}.
 */
public class ClassIsolation implements TestExecutionListener, Ordered {

	static final String CLOSE_REASON = "closed between test classes (testing.ClassIsolation)";

	private static final AtomicLong classes = new AtomicLong();

	/**
	 * Which test class is running (a count of the classes started): test support that
	 * keeps a team for several tests makes a new one when this changes.
	 */
	public static long classRun() {
		return classes.get();
	}

	@Override
	public void beforeTestClass(TestContext testContext) {
		Class<?> testClass = testContext.getTestClass();
		boolean nested = testClass.getEnclosingClass() != null && !Modifier.isStatic(testClass.getModifiers());
		// a nested class shares its outer class's data
		if (nested) {
			return;
		}
		classes.incrementAndGet();
		// a fresh context has nothing of other classes
		if (!testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		if (context.getBeanNamesForType(MongoTemplate.class).length != 1) {
			return;
		}
		reset(context.getBean(MongoTemplate.class));
	}

	/**
	 * Before each test of an {@link IsolatedTests} class, the same for the class's
	 * earlier tests.
	 */
	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (!AnnotatedElementUtils.hasAnnotation(testContext.getTestClass(), IsolatedTests.class)) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		if (context.getBeanNamesForType(MongoTemplate.class).length == 1) {
			reset(context.getBean(MongoTemplate.class));
		}
	}

	/**
	 * Unlinks every department channel, uninstalls every team and closes every open
	 * ticket of the store.
	 */
	static void reset(MongoTemplate mongo) {
		mongo.remove(new Query(), "channel_links");
		mongo.updateMulti(Query.query(Criteria.where("installed").is(true)),
				new Update().set("installed", false).set("removedAt", Instant.now()), "teams");
		mongo.updateMulti(Query.query(Criteria.where("state").in(List.of("OPEN", "IN_PROGRESS"))),
				new Update().set("state", "CANCELLED")
					.set("closedAt", Instant.now())
					.set("closeReason", CLOSE_REASON)
					.set("closedBy", Actor.system("test-isolation"))
					.unset("openSlot"),
				"tickets");
		// as TicketStore does after every ticket write: the instances' copies of the
		// active tickets (ActiveTickets) are read again
		mongo.upsert(Query.query(Criteria.where("_id").is("active-tickets")),
				new Update().set("mark", new org.bson.types.ObjectId()), "counters");
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
