// The Azure Bot: the registration Teams and Outlook talk to, pointing at the web app's
// /api/messages, with the Microsoft Teams channel and, when a mailbox is given, the
// e-mail channel.

@description('Short name the resource names derive from.')
param name string

@description('Unique suffix for globally unique names.')
param suffix string

@description('Tags put on every resource.')
param tags object

@description('Pricing tier: F0 or S1.')
param sku string

@description('Display name of the bot.')
param displayName string

@description('Application id of the bot\'s Entra app registration (single tenant).')
param botAppId string

@description('Entra tenant id of the app registration.')
param tenantId string

@description('The bot\'s messaging endpoint, https://<web app>/api/messages.')
param messagingEndpoint string

@description('Application Insights application id for the bot\'s analytics.')
param appInsightsAppId string

@description('Mailbox of the e-mail channel; empty for none.')
param emailAddress string

@description('Magic code of the e-mail channel\'s modern-authentication sign-in.')
@secure()
param emailMagicCode string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: 'bot-${name}-${suffix}'
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: messagingEndpoint
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenantId
    developerAppInsightsApplicationId: appInsightsAppId
    disableLocalAuth: false
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

resource email 'Microsoft.BotService/botServices/channels@2022-09-15' = if (!empty(emailAddress)) {
  parent: bot
  name: 'EmailChannel'
  location: 'global'
  properties: {
    channelName: 'EmailChannel'
    properties: {
      emailAddress: emailAddress
      // 1 = modern authentication (Microsoft Graph), signed in once with the magic code.
      authMethod: 1
      magicCode: emailMagicCode
      isEnabled: true
    }
  }
}

@description('Name of the Azure Bot resource.')
output botName string = bot.name

@description('The messaging endpoint registered on the bot.')
output messagingEndpoint string = bot.properties.endpoint
