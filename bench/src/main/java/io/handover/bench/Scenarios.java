package io.handover.bench;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Handover's turns measured, each through its controller, adapter, local-mode auth and
 * the connector stub; the bare echo bot (Bench) is the baseline they are compared with.
 */
final class Scenarios {

	private final Load load;

	private final Activities activities;

	private final ConnectorStub connector;

	private final ServiceProcess service;

	private final Bench.Options options;

	Scenarios(Load load, Activities activities, ConnectorStub connector, ServiceProcess service,
			Bench.Options options) {
		this.load = load;
		this.activities = activities;
		this.connector = connector;
		this.service = service;
		this.options = options;
	}

	/**
	 * Handover's cheapest turn: {@code help} in a personal chat (one reply; its store
	 * work is the inbound-message receipt, so a message Teams delivers twice is answered
	 * once).
	 */
	Row help() throws InterruptedException {
		Load.Meter help = this.load.meter("help (personal chat): Handover's cheapest turn");
		double seconds = run(List.of(help), conversation -> {
			Load.Answer answer = this.load.post(help, this.activities.personalMessage(conversation, "help"));
			return true;
		});
		return Row.of(help, seconds, this.service.peakRssKib());
	}

	/**
	 * J1: the manager writes a starter in free text, gets the prefilled form back, and
	 * submits it: the ticket is stored, its tasks generated and department cards queued;
	 * the status card is the invoke's answer.
	 */
	List<Row> announcement() throws InterruptedException {
		Load.Meter say = this.load.meter("starter: free text → form");
		Load.Meter submit = this.load.meter("starter: submit → ticket");
		Load.Meter both = this.load.meter("starter: both turns");
		String date = Bench.startDateWords();
		double seconds = run(List.of(say, submit, both), conversation -> {
			String text = Bench.uniqueName() + " starts on " + date + " as account manager";
			long start = System.nanoTime();
			Load.Answer said = this.load.post(say, this.activities.personalMessage(conversation, text));
			both.latency.recordValue((System.nanoTime() - start) / 1000);
			JsonNode form = this.connector.lastCardIn(Activities.personalChat(conversation));
			if (said.status() != 202 || form == null || !"form.starter.submit".equals(submitVerbOf(form))) {
				this.load.refused(say);
				return true;
			}
			start = System.nanoTime();
			Load.Answer submitted = this.load.post(submit,
					this.activities.personalCardAction(conversation, "form.starter.submit", Bench.submitData(form)));
			both.latency.recordValue((System.nanoTime() - start) / 1000);
			JsonNode answer = submitted.json();
			if (answer.path("statusCode").asInt() != 200 || !answer.path("value").toString().contains("JML-")) {
				this.load.refused(submit);
			}
			return true;
		});
		long rss = this.service.peakRssKib();
		return List.of(Row.of(say, seconds, rss), Row.of(submit, seconds, rss), Row.of(both, seconds, rss));
	}

	/**
	 * J4: department staff click Done on the task cards the announcements posted; the
	 * refreshed card is the invoke's answer.
	 */
	Row taskDone() throws InterruptedException {
		awaitCards();
		System.out.printf("%d Done buttons on posted department cards%n", this.connector.doneButtonsWaiting());
		if (this.connector.doneButtonsWaiting() == 0) {
			// a row of zeros would read as a result; it means the set-up failed
			throw new IllegalStateException("No department card was posted: are the department channels linked "
					+ "(only an Administrator's link takes effect at once)? See the service log.");
		}
		Load.Meter done = this.load.meter("task card: Done (invoke)");
		// No warm-up: the cards the outbox posted in time (Teams' 7 posts per second per
		// channel) are too few to spend any of them on it; earlier scenarios warmed the
		// shared code.
		System.out.printf("Running %s ...%n", done.name);
		double seconds = this.load.run(this.options.conversations, Duration.ZERO, this.options.measured,
				conversation -> {
					ConnectorStub.Click click = this.connector.nextDoneButton();
					if (click == null) {
						return false;
					}
					Load.Answer answer = this.load.post(done, this.activities.channelCardAction(Bench.TEAM,
							click.conversationId(), Bench.STAFF, "task.done", click.data()));
					if (answer.json().path("statusCode").asInt() != 200) {
						this.load.refused(done);
					}
					return true;
				}, List.of(done));
		if (this.connector.doneButtonsWaiting() == 0) {
			System.out.println("(the Done scenario ran out of posted cards before its time was up)");
		}
		return Row.of(done, seconds, this.service.peakRssKib());
	}

	/**
	 * Waits until the department cards the starters owe have been posted, or no new one
	 * has come for 10 s: they go out at Teams' limit of 7 posts a second per channel, so
	 * a backlog takes a while, and a pause of a few seconds in it is not its end.
	 */
	private void awaitCards() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
		int last = -1;
		long unchangedSince = System.nanoTime();
		while (System.nanoTime() < deadline) {
			Thread.sleep(1000);
			int now = this.connector.doneButtonsWaiting();
			if (now != last) {
				last = now;
				unchangedSince = System.nanoTime();
			}
			else if (System.nanoTime() - unchangedSince >= Duration.ofSeconds(10).toNanos()) {
				return;
			}
		}
	}

	private static String submitVerbOf(JsonNode form) {
		try {
			return Activities.submitVerb(form);
		}
		catch (IllegalStateException ex) {
			return null;
		}
	}

	private double run(List<Load.Meter> meters, Load.Worker worker) throws InterruptedException {
		System.out.printf("Running %s ...%n", meters.get(0).name);
		return this.load.run(this.options.conversations, this.options.warmUp, this.options.measured, worker, meters);
	}

}
