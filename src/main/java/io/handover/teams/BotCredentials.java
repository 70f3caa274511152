package io.handover.teams;

import com.microsoft.bot.connector.authentication.AppCredentials;

/** Supplies the credentials the bot uses to call the Bot Connector service. */
interface BotCredentials {

	AppCredentials forApp(String appId, String oAuthScope);

}
