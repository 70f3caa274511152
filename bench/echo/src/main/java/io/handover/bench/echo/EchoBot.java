package io.handover.bench.echo;

import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.integration.Configuration;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A bare echo bot: Spring Boot web, the SDK's adapter in anonymous mode, one reply per
 * message through the connector. The benchmark compares Handover's start-up and turns
 * with this floor.
 */
@SpringBootApplication
@RestController
public class EchoBot extends ActivityHandler {

	private final BotFrameworkHttpAdapter adapter = new BotFrameworkHttpAdapter(new Anonymous());

	public static void main(String[] args) {
		SpringApplication.run(EchoBot.class, args);
	}

	@PostMapping("/api/messages")
	ResponseEntity<Object> receive(@RequestBody String body,
			@RequestHeader(value = "Authorization", defaultValue = "") String authorization) throws Exception {
		Activity activity = Serialization.treeToValue(Serialization.jsonToTree(body), Activity.class);
		this.adapter.processIncomingActivity(authorization, activity, this).join();
		return ResponseEntity.ok().build();
	}

	@Override
	protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
		return turn.sendActivity(MessageFactory.text("Echo: " + turn.getActivity().getText())).thenApply(sent -> null);
	}

	/** No app id and password: the SDK accepts unauthenticated local traffic. */
	static final class Anonymous implements Configuration {

		@Override
		public String getProperty(String key) {
			return null;
		}

		@Override
		public java.util.Properties getProperties() {
			return new java.util.Properties();
		}

		@Override
		public String[] getProperties(String key) {
			return new String[0];
		}

	}

}
