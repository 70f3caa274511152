package io.handover.teams;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.CertificateAppCredentials;
import com.microsoft.bot.connector.authentication.CertificateAppCredentialsOptions;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;

/**
 * Client credentials from Entra ID: a client secret, or a PKCS#12 certificate (preferred
 * in production, kept in Key Vault). A single-tenant bot names its tenant.
 */
class EntraBotCredentials implements BotCredentials {

	private final BotSettings settings;

	EntraBotCredentials(BotSettings settings) {
		this.settings = settings;
	}

	@Override
	public AppCredentials forApp(String appId, String oAuthScope) {
		if (this.settings.certificatePath() != null) {
			try (InputStream pkcs12 = Files.newInputStream(Path.of(this.settings.certificatePath()))) {
				CertificateAppCredentialsOptions options = new CertificateAppCredentialsOptions(appId, pkcs12,
						this.settings.certificatePassword(), this.settings.appTenantId(), oAuthScope, true);
				return new CertificateAppCredentials(options);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the bot certificate " + this.settings.certificatePath(),
						ex);
			}
			catch (Exception ex) {
				throw new IllegalStateException("Cannot load the bot certificate " + this.settings.certificatePath(),
						ex);
			}
		}
		return new MicrosoftAppCredentials(appId, this.settings.appPassword(), this.settings.appTenantId(), oAuthScope);
	}

}
