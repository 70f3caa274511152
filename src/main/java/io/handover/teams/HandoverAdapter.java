package io.handover.teams;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.restclient.RestClient;
import com.microsoft.bot.restclient.ServiceResponseBuilder;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.integration.Configuration;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import io.handover.common.LogSafe;
import io.handover.system.StoreOutage;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Retrofit;

/**
 * The SDK's adapter with our credentials and our error handling: a failed turn never
 * reaches a person as silence or a stack trace, but as a short message with a reference
 * that the log also has.
 */
class HandoverAdapter extends BotFrameworkHttpAdapter {

	private static final Logger log = LoggerFactory.getLogger(HandoverAdapter.class);

	/** Outbound calls to one connector host in flight at once (OkHttp's default: 5). */
	static final int CONNECTOR_CALLS_AT_ONCE = 64;

	private final BotSettings settings;

	private final BotCredentials credentials;

	private final ServiceUrls serviceUrls;

	HandoverAdapter(Configuration configuration, BotSettings settings, BotCredentials credentials,
			ServiceUrls serviceUrls) {
		super(configuration);
		this.settings = settings;
		this.credentials = credentials;
		this.serviceUrls = serviceUrls;
		setOnTurnError(this::onTurnError);
	}

	@Override
	protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
		return CompletableFuture.completedFuture(this.credentials.forApp(appId, scope));
	}

	/**
	 * The SDK gives every connector client OkHttp's default dispatcher, which lets only 5
	 * calls per host run at once: with every reply going to the one Bot Connector host,
	 * turns queued behind each other (measured in bench/RESULTS.md). Each client may now
	 * run as many calls to its host as turns can wait for.
	 * <p>
	 * Every connector client, for replies in a turn and proactive calls alike, is made
	 * here: a service URL the bot must not call ({@link ServiceUrls}) gets none.
	 */
	@Override
	protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(String serviceUrl,
			AppCredentials appCredentials) {
		java.util.Optional<String> refused = this.serviceUrls.refusal(serviceUrl);
		if (refused.isPresent()) {
			log.warn("Not calling the Bot Connector: {}", refused.get());
			return CompletableFuture.failedFuture(new ServiceUrls.ServiceUrlRefused(refused.get()));
		}
		return super.getOrCreateConnectorClient(serviceUrl, appCredentials).thenApply(client -> {
			if (client instanceof RestConnectorClient rest) {
				if (rest.getRestClient()
					.httpClient()
					.interceptors()
					.stream()
					.noneMatch(PostsSentOnce.class::isInstance)) {
					rest = withPostsSentOnce(rest);
					addConnectorClientToCache(serviceUrl, appCredentials != null ? appCredentials.getAppId() : null,
							appCredentials != null ? appCredentials.oAuthScope() : null, rest);
				}
				Dispatcher dispatcher = rest.getRestClient().httpClient().dispatcher();
				if (dispatcher.getMaxRequestsPerHost() < CONNECTOR_CALLS_AT_ONCE) {
					dispatcher.setMaxRequests(CONNECTOR_CALLS_AT_ONCE);
					dispatcher.setMaxRequestsPerHost(CONNECTOR_CALLS_AT_ONCE);
				}
				return rest;
			}
			return client;
		});
	}

	/**
	 * The same client whose posts are never sent twice: not by OkHttp once they went out
	 * ({@link PostsSentOnce}), nor by the SDK's retries after a gateway's error
	 * ({@link ConnectorRetries}).
	 */
	private static RestConnectorClient withPostsSentOnce(RestConnectorClient sdkMade) {
		RestClient rest = new RestClient.Builder(new OkHttpClient.Builder().addInterceptor(new PostsSentOnce()),
				new Retrofit.Builder())
			.withBaseUrl(sdkMade.baseUrl())
			.withCredentials(sdkMade.getRestClient().credentials())
			.withSerializerAdapter(new JacksonAdapter())
			.withResponseBuilderFactory(new ServiceResponseBuilder.Factory())
			.withRetryStrategy(new ConnectorRetries())
			.build();
		return new RestConnectorClient(rest);
	}

	/**
	 * A connector client for proactive calls: authenticated as this bot in production,
	 * anonymous in local mode.
	 */
	ConnectorClient connectorFor(String serviceUrl) {
		return createConnectorClient(serviceUrl, botIdentity(), AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE)
			.join();
	}

	ClaimsIdentity botIdentity() {
		if (!this.settings.production()) {
			return new ClaimsIdentity(AuthenticationConstants.ANONYMOUS_AUTH_TYPE);
		}
		Map<String, String> claims = new HashMap<>();
		claims.put(AuthenticationConstants.AUDIENCE_CLAIM, this.settings.appId());
		claims.put(AuthenticationConstants.APPID_CLAIM, this.settings.appId());
		return new ClaimsIdentity("ExternalBearer", claims);
	}

	private CompletableFuture<Void> onTurnError(TurnContext turn, Throwable error) {
		String reference = UUID.randomUUID().toString().substring(0, 8);
		Activity activity = turn.getActivity();
		if (StoreOutage.causedBy(error)) {
			// Not the user's fault nor a bug: the endpoint answers 503 so the connector
			// redelivers the activity once the store is back.
			return CompletableFuture.failedFuture(error);
		}
		log.error("Turn failed, reference {} (activity {} of type {} in conversation {})", reference,
				LogSafe.of(activity.getId()), LogSafe.of(activity.getType()),
				LogSafe.of(activity.getConversation() != null ? activity.getConversation().getId() : null), error);
		if (ActivityTypes.INVOKE.equals(activity.getType())) {
			// HandoverBot answers failed card actions itself; nothing to send here.
			return CompletableFuture.completedFuture(null);
		}
		return turn.sendActivity(Replies.somethingWentWrong(reference, activity.getLocale()))
			.handle((sent, sendError) -> {
				if (sendError != null) {
					log.warn("Could not tell the user about failure {}", reference, sendError);
				}
				return null;
			});
	}

}
