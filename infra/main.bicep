// Handover on Azure: the Spring Boot jar on App Service (Linux, Java 17), its MongoDB
// (Azure Cosmos DB for MongoDB vCore, or any MongoDB such as Atlas by connection string),
// Key Vault for every secret, Application Insights, and the Azure Bot with its Teams and
// e-mail channels. No secret is stored in this repository: secure parameters are passed
// at deployment time (or set in Key Vault afterwards, see docs/deploy.md).
targetScope = 'resourceGroup'

@description('Short name used to derive every resource name, e.g. "handover" gives app-handover-<suffix>. Lower-case letters and digits.')
@minLength(3)
@maxLength(12)
param name string = 'handover'

@description('Azure region of the resources (the Azure Bot itself is global).')
param location string = resourceGroup().location

@description('Application (client) id of the Entra app registration the bot signs in with (single tenant). It is also the Teams app manifest\'s BOT_ID.')
param botAppId string

@description('Entra tenant id of the bot\'s app registration and of the organisation.')
param tenantId string = subscription().tenantId

@description('Client secret of the bot\'s app registration. Stored only in Key Vault; leave empty to set the Key Vault secret "bot-app-password" yourself after deployment.')
@secure()
param botAppPassword string = ''

@description('Display name of the bot in Teams and Outlook.')
param botDisplayName string = 'Handover'

@description('Pricing tier of the Azure Bot: F0 (free, standard channels) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Mailbox the e-mail channel reads (Outlook intake, journey J7), e.g. handover@contoso.com. Leave empty for no e-mail channel.')
param botEmailAddress string = ''

@description('Magic code from the Azure portal\'s e-mail channel sign-in (modern authentication of the mailbox). Used only when botEmailAddress is set.')
@secure()
param botEmailMagicCode string = ''

@description('Where the data lives: "cosmosMongoVCore" creates an Azure Cosmos DB for MongoDB (vCore) cluster; "external" uses the connection string in mongoDbUri (MongoDB Atlas or your own).')
@allowed([
  'cosmosMongoVCore'
  'external'
])
param database string = 'cosmosMongoVCore'

@description('MongoDB connection string when database is "external" (e.g. mongodb+srv://... from Atlas). Stored only in Key Vault.')
@secure()
param mongoDbUri string = ''

@description('Administrator login of the Cosmos DB for MongoDB vCore cluster (database "cosmosMongoVCore").')
param mongoAdminUser string = 'handoveradmin'

@description('Administrator password of the Cosmos DB for MongoDB vCore cluster: at least 8 characters of three kinds. Required for "cosmosMongoVCore"; stored in Key Vault inside the connection string.')
@secure()
param mongoAdminPassword string = ''

@description('Compute tier of the Cosmos DB for MongoDB vCore cluster (M10 and M20 are burstable tiers for small organisations).')
param mongoTier string = 'M10'

@description('Client secret Handover uses for Microsoft Graph (the app registration of botAppId with the application permissions of docs/graph-permissions.md). Leave empty when Graph is granted to the web app\'s managed identity instead, or to set the Key Vault secret "graph-client-secret" later.')
@secure()
param graphClientSecret string = ''

@description('How Handover signs in to Microsoft Graph: "managedIdentity" (the web app\'s managed identity holds the Graph application permissions; no secret at all) or "clientSecret" (the app registration botAppId with graphClientSecret).')
@allowed([
  'managedIdentity'
  'clientSecret'
])
param graphAuthentication string = 'managedIdentity'

@description('Apple Business: the client id of Handover\'s API account (Apple Business, Preferences, API). Empty: Apple devices are enrolled in dry run (each task shows the requests). See docs/apple-business.md.')
param appleBusinessClientId string = ''

@description('Apple Business: the key id of the API account\'s private key.')
param appleBusinessKeyId string = ''

@description('Apple Business: the id of Intune\'s entry among the device management services, where joiners\' Apple devices are assigned (GET /v1/mdmServers lists them).')
param appleBusinessMdmServerId string = ''

@description('Apple Business: the API account\'s private key (PEM), stored in Key Vault as "apple-business-private-key". Leave empty to set that secret later.')
@secure()
param appleBusinessPrivateKey string = ''
@description('AFAS Profit environment number (the 12345 of https://12345.rest.afas.online) to read employments from; empty: AFAS is not an HR source.')
param afasEnvironment string = ''

@description('AFAS Profit App Connector token (the whole <token>…</token> or its data part). Stored only in Key Vault; leave empty to set the Key Vault secret "afas-token" yourself.')
@secure()
param afasToken string = ''

@description('Client id of the application registered in the Visma Developer Portal for the YouForce IAM API; empty: YouForce is not an HR source.')
param youforceClientId string = ''

@description('YouForce tenant id of the organisation (sent as x-raet-tenant-id).')
param youforceTenantId string = ''

@description('Client secret of that Visma application. Stored only in Key Vault; leave empty to set the Key Vault secret "youforce-client-secret" yourself.')
@secure()
param youforceClientSecret string = ''

@description('Signature key of the YouForce webhook subscription, when YouForce posts changes. Stored only in Key Vault ("youforce-webhook-signature-key"); empty: no YouForce webhooks.')
@secure()
param youforceWebhookSignatureKey string = ''

@description('Client id of the app registered in the Nmbrs Developer Portal; empty: Nmbrs is not an HR source.')
param nmbrsClientId string = ''

@description('The Nmbrs company (a UUID) whose employees Handover reads.')
param nmbrsCompanyId string = ''

@description('Client secret of that Nmbrs app. Stored only in Key Vault; leave empty to set the Key Vault secret "nmbrs-client-secret" yourself.')
@secure()
param nmbrsClientSecret string = ''

@description('Nmbrs Developer Portal subscription key. Stored only in Key Vault ("nmbrs-subscription-key").')
@secure()
param nmbrsSubscriptionKey string = ''

@description('Refresh token of the one-time approval of Handover in Nmbrs. Stored only in Key Vault ("nmbrs-refresh-token"); Handover keeps the renewed ones in its store.')
@secure()
param nmbrsRefreshToken string = ''

@description('Issuer of the Entra ID tokens the REST API and the overview tab accept (handover.api.issuer-uri). Empty: the tenant\'s v2.0 issuer, which needs the app registration to issue v2 access tokens (api.requestedAccessTokenVersion 2, docs/deployment.md).')
param apiIssuer string = ''

@description('Audiences Handover accepts in those tokens, comma-separated (handover.api.audience). Empty: the bot\'s app id, the audience of v2 tokens issued for its registration.')
param apiAudience string = ''

@description('App Service plan SKU for the Linux web app (B1 for a pilot, P0v3 or P1v3 for production).')
param appServiceSku string = 'B1'

@description('The organisation\'s time zone (IANA name): last working days and reminders follow it.')
param timeZone string = 'Europe/Amsterdam'

@description('Tags put on every resource.')
param tags object = {
  application: 'handover'
}

var suffix = uniqueString(resourceGroup().id, name)
var appName = 'app-${name}-${suffix}'

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: name
    suffix: suffix
    location: location
    tags: tags
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: name
    suffix: suffix
    location: location
    tenantId: tenantId
    tags: tags
    botAppPassword: botAppPassword
    graphClientSecret: graphClientSecret
    appleBusinessPrivateKey: appleBusinessPrivateKey
    afasToken: afasToken
    youforceClientSecret: youforceClientSecret
    youforceWebhookSignatureKey: youforceWebhookSignatureKey
    nmbrsClientSecret: nmbrsClientSecret
    nmbrsSubscriptionKey: nmbrsSubscriptionKey
    nmbrsRefreshToken: nmbrsRefreshToken
    externalMongoDbUri: database == 'external' ? mongoDbUri : ''
  }
}

module cosmos 'modules/database.bicep' = if (database == 'cosmosMongoVCore') {
  name: 'database'
  params: {
    name: name
    suffix: suffix
    location: location
    tags: tags
    adminUser: mongoAdminUser
    adminPassword: mongoAdminPassword
    tier: mongoTier
    keyVaultName: vault.outputs.name
  }
}

module app 'modules/app.bicep' = {
  name: 'app'
  params: {
    appName: appName
    location: location
    tags: tags
    sku: appServiceSku
    botAppId: botAppId
    tenantId: tenantId
    // production mode refuses to start without them (io.handover.system.ApiTokens)
    apiIssuer: empty(apiIssuer) ? '${environment().authentication.loginEndpoint}${tenantId}/v2.0' : apiIssuer
    apiAudience: empty(apiAudience) ? botAppId : apiAudience
    timeZone: timeZone
    graphAuthentication: graphAuthentication
    keyVaultName: vault.outputs.name
    botPasswordSecretUri: vault.outputs.botPasswordSecretUri
    mongoDbUriSecretUri: vault.outputs.mongoDbUriSecretUri
    graphClientSecretUri: vault.outputs.graphClientSecretUri
    appleBusinessClientId: appleBusinessClientId
    appleBusinessKeyId: appleBusinessKeyId
    appleBusinessMdmServerId: appleBusinessMdmServerId
    appleBusinessPrivateKeyUri: vault.outputs.appleBusinessPrivateKeyUri
    afasEnvironment: afasEnvironment
    afasTokenSecretUri: vault.outputs.afasTokenSecretUri
    youforceClientId: youforceClientId
    youforceTenantId: youforceTenantId
    youforceClientSecretUri: vault.outputs.youforceClientSecretUri
    youforceWebhookSignatureKeyUri: vault.outputs.youforceWebhookSignatureKeyUri
    youforceWebhookEnabled: !empty(youforceWebhookSignatureKey)
    nmbrsClientId: nmbrsClientId
    nmbrsCompanyId: nmbrsCompanyId
    nmbrsClientSecretUri: vault.outputs.nmbrsClientSecretUri
    nmbrsSubscriptionKeyUri: vault.outputs.nmbrsSubscriptionKeyUri
    nmbrsRefreshTokenUri: vault.outputs.nmbrsRefreshTokenUri
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
  }
  dependsOn: [
    cosmos
  ]
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: name
    suffix: suffix
    tags: tags
    sku: botSku
    displayName: botDisplayName
    botAppId: botAppId
    tenantId: tenantId
    messagingEndpoint: 'https://${app.outputs.hostName}/api/messages'
    appInsightsAppId: monitoring.outputs.appInsightsAppId
    emailAddress: botEmailAddress
    emailMagicCode: botEmailMagicCode
  }
}

@description('Host name of the web app: the Teams app package\'s BOT_DOMAIN.')
output botDomain string = app.outputs.hostName

@description('The messaging endpoint registered on the Azure Bot.')
output messagingEndpoint string = bot.outputs.messagingEndpoint

@description('Name of the web app, for az webapp deploy.')
output webAppName string = appName

@description('Name of the Key Vault holding the secrets.')
output keyVaultName string = vault.outputs.name

@description('Object id of the web app\'s managed identity (grant it Graph application permissions to run without a Graph secret).')
output webAppPrincipalId string = app.outputs.principalId
