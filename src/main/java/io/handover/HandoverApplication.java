package io.handover;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Handover: joiner–mover–leaver as one process across IT, FM and HR, with the asset
 * register it depends on.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HandoverApplication {

	public static void main(String[] args) {
		SpringApplication app = new SpringApplication(HandoverApplication.class);
		if (Boolean.getBoolean("handover.startup-steps")) {
			app.setApplicationStartup(
					new org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup(50000));
		}
		app.run(args);
	}

}
