package io.handover.teams;

import io.handover.system.ProductionMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The one line a person starting Handover looks for (issue 19): it is ready, where the
 * bot endpoint is, and, in local mode, the command that points the Microsoft 365 Agents
 * Playground at it.
 */
@Component
class ReadyLine {

	private static final Logger log = LoggerFactory.getLogger("io.handover.Ready");

	/** The Playground version these notes and the trial were checked with. */
	static final String PLAYGROUND = "@microsoft/m365agentsplayground@0.2.28";

	@EventListener(ApplicationReadyEvent.class)
	void ready(ApplicationReadyEvent event) {
		String store = io.handover.system.StoreLogSummaries.summary();
		if (store != null) {
			log.info(store);
		}
		log.info(line(event.getApplicationContext().getEnvironment()));
	}

	static String line(Environment environment) {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "3978"));
		String endpoint = "http://localhost:" + port + "/api/messages";
		if (ProductionMode.isOn(environment)) {
			return "Handover ready: bot endpoint " + endpoint + " (production mode: Bot Framework tokens required)";
		}
		String line = "Handover ready: bot endpoint " + endpoint + " (local mode). Try it in Teams' local emulator: "
				+ "TEAMSAPPTESTER_BROWSER=none npx --yes " + PLAYGROUND + " -e " + endpoint
				+ " -c msteams, then open http://localhost:56150";
		if (io.handover.system.TrialMode.isOn(environment)) {
			line += "; trial: the people of .m365agentsplayground.yml have their roles, employees' cards at http://localhost:"
					+ port + "/trial";
		}
		return line;
	}

}
