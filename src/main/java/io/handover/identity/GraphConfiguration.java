package io.handover.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Arrays;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.okhttp.OkHttpAsyncHttpClientBuilder;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.ManagedIdentityCredentialBuilder;
import com.microsoft.graph.core.authentication.AzureIdentityAuthenticationProvider;
import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.RequestOption;
import com.microsoft.kiota.http.middleware.options.RetryHandlerOption;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.util.StringUtils;

/**
 * The directory bean: Microsoft Graph with client credentials (secret or certificate)
 * when configured, else the dry-run directory. The Graph base URL and the sign-in host
 * are settings, for national clouds and for tests against local stubs; a sign-in host
 * other than the global one skips MSAL's instance discovery (which would ask
 * login.microsoftonline.com about it).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphProperties.class)
class GraphConfiguration {

	private static final Logger log = LoggerFactory.getLogger(GraphConfiguration.class);

	@Bean
	Directory directory(GraphProperties properties) {
		if (!properties.configured()) {
			log.info("Directory in dry-run mode: tasks record the Graph requests they would send (missing: {})",
					properties.missing());
			return new DryRunDirectory(properties.baseUrl());
		}
		log.info("Directory on Microsoft Graph {} for tenant {}", properties.baseUrl(), properties.tenantId());
		return new DirectoryOnFirstUse(() -> graphDirectory(properties));
	}

	/**
	 * Reading channels back goes through the same Graph client as the directory; without
	 * Graph settings every read answers that it cannot tell.
	 */
	@Bean
	ChannelHistory channelHistory(Directory directory) {
		if (directory instanceof DirectoryOnFirstUse onFirstUse) {
			return onFirstUse.channelHistory();
		}
		return (teamId, channelId, since) -> {
			throw new DirectoryFailure(0, "notConfigured", "Microsoft Graph is not configured: "
					+ (directory.isDryRun() ? "the directory runs dry" : "the directory cannot read channels"));
		};
	}

	/**
	 * The offboarding guard's read-only view of the directory; without Graph settings
	 * every area answers that it cannot be observed.
	 */
	@Bean
	DirectoryObservations directoryObservations(Directory directory) {
		if (directory instanceof DirectoryOnFirstUse onFirstUse) {
			return onFirstUse.observations();
		}
		return new UnobservableDirectory(
				"Microsoft Graph is not configured (dry run): the directory cannot be observed");
	}

	/**
	 * Once the service is ready, builds the Graph directory in the background (see
	 * {@link DirectoryOnFirstUse}).
	 */
	@EventListener(ApplicationReadyEvent.class)
	void prepareDirectory(ApplicationReadyEvent ready) {
		Directory directory = ready.getApplicationContext().getBean(Directory.class);
		if (directory instanceof DirectoryOnFirstUse onFirstUse) {
			Thread thread = new Thread(onFirstUse::prepare, "handover-graph-client");
			thread.setDaemon(true);
			thread.start();
		}
	}

	static GraphDirectory graphDirectory(GraphProperties properties) {
		OkHttpClient plain = trusting(new OkHttpClient.Builder(), properties).build();
		TokenCredential credential = new GraphSignIn(credential(properties, plain));
		String graphHost = URI.create(properties.baseUrl()).getHost();
		URI base = URI.create(properties.baseUrl());
		String scope = base.getScheme() + "://" + base.getAuthority() + "/.default";
		AzureIdentityAuthenticationProvider authentication = new AzureIdentityAuthenticationProvider(credential,
				new String[] { graphHost }, scope);
		GraphRequestRecorder recorder = new GraphRequestRecorder(properties.baseUrl());
		RetryHandlerOption retry = new RetryHandlerOption(RetryHandlerOption.DEFAULT_SHOULD_RETRY,
				properties.maxRetries(), Math.max(1, properties.retryDelay().toSeconds()));
		OkHttpClient.Builder builder = GraphClientFactory.create(new RequestOption[] { retry });
		// outermost, so a request the retry handler repeats is noted once
		builder.interceptors().add(0, recorder);
		OkHttpClient http = trusting(builder, properties).callTimeout(Duration.ofMinutes(2)).build();
		GraphServiceClient graph = new GraphServiceClient(authentication, http);
		graph.getRequestAdapter().setBaseUrl(properties.baseUrl());
		return new GraphDirectory(graph, recorder, properties.baseUrl(), properties.maxRetries());
	}

	static TokenCredential credential(GraphProperties properties, OkHttpClient http) {
		HttpClient client = new OkHttpAsyncHttpClientBuilder(http).build();
		if (properties.managedIdentity()) {
			// system-assigned: MSAL finds App Service's token endpoint in the process
			// environment (IDENTITY_ENDPOINT, IDENTITY_HEADER); the client id is not used
			return new ManagedIdentityCredentialBuilder().httpClient(client).build();
		}
		boolean customAuthority = !GraphProperties.GLOBAL_AUTHORITY.equalsIgnoreCase(properties.authorityHost());
		if (StringUtils.hasText(properties.certificatePath())) {
			ClientCertificateCredentialBuilder builder = new ClientCertificateCredentialBuilder()
				.tenantId(properties.tenantId())
				.clientId(properties.clientId())
				.authorityHost(properties.authorityHost())
				.httpClient(client);
			String path = properties.certificatePath();
			if (path.endsWith(".pfx") || path.endsWith(".p12")) {
				builder.pfxCertificate(path);
				if (StringUtils.hasText(properties.certificatePassword())) {
					builder.clientCertificatePassword(properties.certificatePassword());
				}
			}
			else {
				builder.pemCertificate(path);
			}
			if (customAuthority) {
				builder.disableInstanceDiscovery();
			}
			return builder.build();
		}
		ClientSecretCredentialBuilder builder = new ClientSecretCredentialBuilder().tenantId(properties.tenantId())
			.clientId(properties.clientId())
			.clientSecret(properties.clientSecret())
			.authorityHost(properties.authorityHost())
			.httpClient(client);
		if (customAuthority) {
			builder.disableInstanceDiscovery();
		}
		return builder.build();
	}

	/** Adds the configured trust store's certificates to the ones the JDK trusts. */
	static OkHttpClient.Builder trusting(OkHttpClient.Builder builder, GraphProperties properties) {
		if (!StringUtils.hasText(properties.trustStore())) {
			return builder;
		}
		try (InputStream in = Files.newInputStream(Path.of(properties.trustStore()))) {
			KeyStore extra = KeyStore.getInstance("PKCS12");
			char[] password = properties.trustStorePassword() != null ? properties.trustStorePassword().toCharArray()
					: new char[0];
			extra.load(in, password);
			X509TrustManager jdk = trustManager(null);
			X509TrustManager configured = trustManager(extra);
			X509TrustManager both = new CombinedTrustManager(jdk, configured);
			SSLContext tls = SSLContext.getInstance("TLS");
			tls.init(null, new TrustManager[] { both }, null);
			return builder.sslSocketFactory(tls.getSocketFactory(), both);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the trust store " + properties.trustStore(), ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot use the trust store " + properties.trustStore(), ex);
		}
	}

	private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init(store);
		return Arrays.stream(factory.getTrustManagers())
			.filter(X509TrustManager.class::isInstance)
			.map(X509TrustManager.class::cast)
			.findFirst()
			.orElseThrow();
	}

	/** Trusts what either the JDK or the configured store trusts. */
	private record CombinedTrustManager(X509TrustManager first, X509TrustManager second) implements X509TrustManager {

		@Override
		public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType)
				throws java.security.cert.CertificateException {
			this.first.checkClientTrusted(chain, authType);
		}

		@Override
		public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType)
				throws java.security.cert.CertificateException {
			try {
				this.first.checkServerTrusted(chain, authType);
			}
			catch (java.security.cert.CertificateException notByTheJdk) {
				this.second.checkServerTrusted(chain, authType);
			}
		}

		@Override
		public java.security.cert.X509Certificate[] getAcceptedIssuers() {
			java.security.cert.X509Certificate[] a = this.first.getAcceptedIssuers();
			java.security.cert.X509Certificate[] b = this.second.getAcceptedIssuers();
			java.security.cert.X509Certificate[] all = Arrays.copyOf(a, a.length + b.length);
			System.arraycopy(b, 0, all, a.length, b.length);
			return all;
		}

	}

}
