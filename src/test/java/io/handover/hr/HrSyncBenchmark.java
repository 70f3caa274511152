package io.handover.hr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.handover.HandoverApplication;
import io.handover.common.Actor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The HR sync benchmark (issue 21): "a sync of 10,000 employees with 300 changes takes ≤
 * 10 s end to end on the embedded store, and a second run ≤ 3 s with 0 changes". Not a
 * test (surefire never runs it): {@code bench/hr-sync.sh}, see bench/README.md.
 *
 * <p>
 * The whole service in one Spring context, local mode, on a fresh embedded H2 file store;
 * {@link HrSync} driven with an in-bench HR system of {@code --employees} (10,000)
 * generated employments. Run 1: the first full load (everyone already employed, 50 of
 * them with a last day ahead, so leaver tickets). Run 2: {@code --changes} (300) changes
 * spread over hires, terminations, moved dates and job changes. Run 3: nothing changed.
 * Each run is timed around {@code HrSync.sync}, and prints the sync's counts and the
 * store's document counts. The baseline in the same run: the same employments written as
 * snapshots with one {@code insertMany} into a scratch collection (the least any first
 * load must write), so each figure also reads as a ratio.
 */
public final class HrSyncBenchmark {

	private HrSyncBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int employees = option(args, "--employees", 10_000);
		int changes = option(args, "--changes", 300);
		Path folder = Files.createTempDirectory("hr-sync-bench-");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(HandoverApplication.class).run(
				"--server.port=0", "--server.address=127.0.0.1", "--handover.store.embedded.in-memory=false",
				"--handover.store.embedded.file=" + folder.resolve("handover.mv"), "--logging.level.io.handover=WARN",
				"--handover.hr.sync.poll-interval=1d");
		try {
			run(context, employees, changes);
		}
		finally {
			context.close();
		}
	}

	private static void run(ConfigurableApplicationContext context, int employees, int changes) {
		HrSync sync = context.getBean(HrSync.class);
		MongoTemplate mongo = context.getBean(MongoTemplate.class);
		Clock clock = context.getBean(Clock.class);
		context.getBean(JobProfiles.class).map("AM01", "account-manager", Actor.system("bench"));
		context.getBean(JobProfiles.class).map("SE01", "software-engineer", Actor.system("bench"));
		LocalDate today = LocalDate.now(clock);
		GeneratedHr hr = new GeneratedHr(clock);
		for (int i = 0; i < employees; i++) {
			LocalDate start = today.minusDays(60 + (i * 7L) % 3000);
			// 50 with a last day ahead: the first load opens their leaver tickets
			LocalDate end = (i % (employees / 50) == 7) ? today.plusDays(20 + i % 30) : null;
			hr.put(hr.employment(i, (i % 2 == 0) ? "AM01" : "SE01", start, end));
		}
		List<String> lines = new ArrayList<>();
		lines.add("| run | what | ms | ratio to baseline | read | unchanged | loaded | opened | rescheduled"
				+ " | cancelled | refused |");
		lines.add("|---|---|---|---|---|---|---|---|---|---|---|");

		// baseline: the same snapshots with one insertMany
		List<HrSnapshot> snapshots = hr.all().stream().map(e -> HrSnapshot.of(e, clock.instant())).toList();
		insertMany(mongo, snapshots); // warm-up: the store's and the driver's first
										// writes
		long baseline = insertMany(mongo, snapshots);
		lines.add("| baseline | " + employees + " snapshots, one insertMany (after one as warm-up) | " + baseline
				+ " | 1.0× | | | | | | | |");

		lines.add(timed(1, "first full load of " + employees, sync, hr, baseline));
		System.out.println("after run 1: " + counts(mongo));

		// run 2: the changes
		int hires = changes / 3;
		int terminations = changes / 3;
		int dateChanges = changes / 12;
		int jobChanges = changes - hires - terminations - dateChanges;
		List<HrEmployment> existing = new ArrayList<>(hr.all());
		Instant changedFrom = clock.instant();
		for (int i = 0; i < hires; i++) {
			hr.put(hr.employment(employees + i, "AM01", today.plusDays(14 + i % 40), null));
		}
		int next = 0;
		for (int i = 0; i < terminations; i++, next++) {
			HrEmployment e = existing.get(next * 13 % existing.size());
			while (e.endDate() != null) {
				next++;
				e = existing.get(next * 13 % existing.size());
			}
			hr.put(hr.with(e, e.jobCode(), e.startDate(), today.plusDays(10 + i % 50)));
		}
		int moved = 0;
		for (HrEmployment e : existing) {
			if (moved == dateChanges) {
				break;
			}
			if (e.endDate() != null) {
				hr.put(hr.with(e, e.jobCode(), e.startDate(), e.endDate().plusDays(7)));
				moved++;
			}
		}
		java.util.Set<String> changed = new java.util.HashSet<>();
		hr.all().stream().filter(e -> !e.changedAt().isBefore(changedFrom)).forEach(e -> changed.add(e.employeeId()));
		for (int i = 0, k = 0; i < jobChanges; k++) {
			HrEmployment e = existing.get(existing.size() - 1 - k * 17 % existing.size());
			if (changed.add(e.employeeId())) {
				hr.put(hr.with(e, "AM01".equals(e.jobCode()) ? "SE01" : "AM01", e.startDate(), e.endDate()));
				i++;
			}
		}
		lines.add(timed(2,
				(hires + terminations + moved + jobChanges) + " changes: " + hires + " hires, " + terminations
						+ " terminations, " + moved + " moved last days, " + jobChanges + " job changes",
				sync, hr, baseline));
		System.out.println("after run 2: " + counts(mongo));

		lines.add(timed(3, "nothing changed (the source answers what changed since run 2)", sync, hr, baseline));
		System.out.println("after run 3: " + counts(mongo));
		hr.everything = true;
		lines
			.add(timed(4, "nothing changed, the source answers all " + hr.all().size() + " again", sync, hr, baseline));
		System.out.println("after run 4: " + counts(mongo));
		System.out.println();
		lines.forEach(System.out::println);
	}

	private static String timed(int run, String what, HrSync sync, GeneratedHr hr, long baseline) {
		long t = System.nanoTime();
		HrSourceStatus status = sync.sync(hr);
		long ms = (System.nanoTime() - t) / 1_000_000;
		HrSourceStatus.Counts c = status.counts();
		if (!status.errors().isEmpty()) {
			System.out.println("run " + run + " errors: " + status.errors());
		}
		return "| " + run + " | " + what + " | " + ms + " | "
				+ String.format(Locale.ROOT, "%.1f×", ms / (double) Math.max(1, baseline)) + " | " + c.read() + " | "
				+ c.unchanged() + " | " + c.loaded() + " | " + c.opened() + " | " + c.rescheduled() + " | "
				+ c.cancelled() + " | " + c.refused() + " |";
	}

	private static long insertMany(MongoTemplate mongo, List<HrSnapshot> snapshots) {
		long t = System.nanoTime();
		mongo.insert(snapshots, "benchBaselineSnapshots");
		long ms = (System.nanoTime() - t) / 1_000_000;
		mongo.dropCollection("benchBaselineSnapshots");
		return ms;
	}

	private static Map<String, Long> counts(MongoTemplate mongo) {
		Map<String, Long> counts = new TreeMap<>();
		for (String name : mongo.getCollectionNames()) {
			long n = mongo.getCollection(name).countDocuments();
			if (n > 0) {
				counts.put(name, n);
			}
		}
		return counts;
	}

	private static int option(String[] args, String name, int otherwise) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				return Integer.parseInt(args[i + 1]);
			}
		}
		return otherwise;
	}

	/** The bench's HR system: keeps employments, stamps each change with the time. */
	private static final class GeneratedHr implements HrSource {

		private final Clock clock;

		private final Map<String, HrEmployment> employments = new LinkedHashMap<>();

		/**
		 * Answer every employment, whatever the moment asked for (a source without
		 * changed-since).
		 */
		boolean everything;

		GeneratedHr(Clock clock) {
			this.clock = clock;
		}

		@Override
		public String system() {
			return "bench";
		}

		@Override
		public List<HrEmployment> changedSince(Instant since) {
			return this.employments.values()
				.stream()
				.filter(e -> this.everything || since == null || !e.changedAt().isBefore(since))
				.toList();
		}

		List<HrEmployment> all() {
			return List.copyOf(this.employments.values());
		}

		HrEmployment employment(int i, String job, LocalDate start, LocalDate end) {
			String family = "Bench" + i;
			return new HrEmployment(system(), "E" + i, "Person", family, "person." + i + "@contoso.example", job, null,
					null, "manager." + (i / 20) + "@contoso.example", start, end, null);
		}

		HrEmployment with(HrEmployment e, String job, LocalDate start, LocalDate end) {
			return new HrEmployment(e.system(), e.employeeId(), e.givenName(), e.familyName(), e.email(), job,
					e.jobTitle(), e.managerEmployeeId(), e.managerEmail(), start, end, null);
		}

		void put(HrEmployment e) {
			this.employments.put(e.employeeId(),
					with(e, e.jobCode(), e.startDate(), e.endDate(), this.clock.instant()));
		}

		private static HrEmployment with(HrEmployment e, String job, LocalDate start, LocalDate end, Instant at) {
			return new HrEmployment(e.system(), e.employeeId(), e.givenName(), e.familyName(), e.email(), job,
					e.jobTitle(), e.managerEmployeeId(), e.managerEmail(), start, end, at);
		}

	}

}
