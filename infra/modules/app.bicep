// App Service (Linux, Java 17 SE) running the Spring Boot jar: managed identity, HTTPS
// only, readiness as the health check, secrets as Key Vault references, JSON logs and the
// Application Insights Java agent.

@description('Name of the web app (also its host name prefix).')
param appName string

@description('Azure region.')
param location string

@description('Tags put on every resource.')
param tags object

@description('App Service plan SKU, e.g. B1, P0v3, P1v3.')
param sku string

@description('Application id of the bot\'s Entra app registration.')
param botAppId string

@description('Entra tenant id.')
param tenantId string

@description('The organisation\'s IANA time zone.')
param timeZone string

@description('How Handover signs in to Microsoft Graph: with this web app\'s managed identity (no secret) or with the client secret in Key Vault.')
@allowed([
  'managedIdentity'
  'clientSecret'
])
param graphAuthentication string

@description('Key Vault holding the secrets.')
param keyVaultName string

@description('Versionless Key Vault URI of the bot password.')
param botPasswordSecretUri string

@description('Versionless Key Vault URI of the MongoDB connection string.')
param mongoDbUriSecretUri string

@description('Issuer of the Entra ID tokens the REST API and the overview tab accept.')
param apiIssuer string

@description('Audiences accepted in those tokens, comma-separated.')
param apiAudience string

@description('Versionless Key Vault URI of the Graph client secret.')
param graphClientSecretUri string

@description('Apple Business API account\'s client id; empty: Apple devices are enrolled in dry run.')
param appleBusinessClientId string

@description('Apple Business API account\'s key id.')
param appleBusinessKeyId string

@description('Apple Business: Intune\'s entry among the device management services.')
param appleBusinessMdmServerId string

@description('Versionless Key Vault URI of the Apple Business private key.')
param appleBusinessPrivateKeyUri string
@description('AFAS Profit environment number; empty: AFAS is not an HR source and no AFAS setting is made.')
param afasEnvironment string = ''

@description('Versionless Key Vault URI of the AFAS Profit token.')
param afasTokenSecretUri string

@description('Client id of the Visma application for the YouForce IAM API; empty: YouForce is not an HR source.')
param youforceClientId string = ''

@description('YouForce tenant id of the organisation.')
param youforceTenantId string = ''

@description('Versionless Key Vault URI of the YouForce client secret.')
param youforceClientSecretUri string

@description('Versionless Key Vault URI of the YouForce webhook signature key.')
param youforceWebhookSignatureKeyUri string

@description('Whether the YouForce webhook signature key is set (then the setting refers to Key Vault).')
param youforceWebhookEnabled bool = false

@description('Client id of the Nmbrs app; empty: Nmbrs is not an HR source and no Nmbrs setting is made.')
param nmbrsClientId string = ''

@description('The Nmbrs company (a UUID) whose employees are read.')
param nmbrsCompanyId string = ''

@description('Versionless Key Vault URI of the Nmbrs client secret.')
param nmbrsClientSecretUri string

@description('Versionless Key Vault URI of the Nmbrs subscription key.')
param nmbrsSubscriptionKeyUri string

@description('Versionless Key Vault URI of the Nmbrs refresh token.')
param nmbrsRefreshTokenUri string

@description('Application Insights connection string (it only allows sending telemetry, but is kept out of deployment logs).')
@secure()
param appInsightsConnectionString string

// Built-in role "Key Vault Secrets User": read secret values, nothing else.
var keyVaultSecretsUser = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')

var baseSettings = [
  {
    name: 'SPRING_PROFILES_ACTIVE'
    value: 'production'
  }
  {
    name: 'MicrosoftAppId'
    value: botAppId
  }
  {
    name: 'MicrosoftAppTenantId'
    value: tenantId
  }
  {
    name: 'MicrosoftAppPassword'
    value: '@Microsoft.KeyVault(SecretUri=${botPasswordSecretUri})'
  }
  {
    name: 'MONGODB_URI'
    value: '@Microsoft.KeyVault(SecretUri=${mongoDbUriSecretUri})'
  }
  {
    name: 'HANDOVER_DATABASE'
    value: 'handover'
  }
  {
    name: 'HANDOVER_TIME_ZONE'
    value: timeZone
  }
  {
    // the REST API's and the overview tab's tokens: production mode refuses to start without both
    name: 'HANDOVER_API_ISSUER_URI'
    value: apiIssuer
  }
  {
    name: 'HANDOVER_API_AUDIENCE'
    value: apiAudience
  }
  {
    name: 'HANDOVER_GRAPH_TENANT_ID'
    value: tenantId
  }
  {
    name: 'HANDOVER_GRAPH_CLIENT_ID'
    value: botAppId
  }
  {
    name: 'HANDOVER_GRAPH_AUTHENTICATION'
    value: graphAuthentication == 'managedIdentity' ? 'managed-identity' : 'client-secret'
  }
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: appInsightsConnectionString
  }
  {
    name: 'ApplicationInsightsAgent_EXTENSION_VERSION'
    value: '~3'
  }
  {
    // Two CPUs make the JVM grow its heap towards a quarter of the machine: cap it, and
    // the native pools, so the service stays within 512 MiB (measured in bench/RESULTS.md).
    // Start-up: infra/startup.sh (start-up command) adds the class-data archive to these.
    name: 'JAVA_OPTS'
    value: '-Xmx192m -Xss512k -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -XX:+UseSerialGC -Dio.netty.allocator.numDirectArenas=1 -XX:TrimNativeHeapInterval=5000'
  }
  {
    // glibc otherwise keeps a malloc arena per thread: RSS the heap cap does not bound.
    name: 'MALLOC_ARENA_MAX'
    value: '2'
  }
]

var graphSecretSetting = graphAuthentication == 'clientSecret' ? [
  {
    name: 'HANDOVER_GRAPH_CLIENT_SECRET'
    value: '@Microsoft.KeyVault(SecretUri=${graphClientSecretUri})'
  }
] : []

// Apple Business only when an API account is configured; its private key only from Key Vault.
var appleBusinessSettings = empty(appleBusinessClientId) ? [] : [
  {
    name: 'HANDOVER_APPLE_BUSINESS_CLIENT_ID'
    value: appleBusinessClientId
  }
  {
    name: 'HANDOVER_APPLE_BUSINESS_KEY_ID'
    value: appleBusinessKeyId
  }
  {
    name: 'HANDOVER_APPLE_BUSINESS_MDM_SERVER_ID'
    value: appleBusinessMdmServerId
  }
  {
    name: 'HANDOVER_APPLE_BUSINESS_PRIVATE_KEY'
    value: '@Microsoft.KeyVault(SecretUri=${appleBusinessPrivateKeyUri})'
  }
]

// An HR source's settings exist only where the organisation uses it: a Key Vault reference
// to a secret nobody set would otherwise reach Handover as a token.
var afasSettings = empty(afasEnvironment) ? [] : [
  {
    name: 'HANDOVER_HR_AFAS_ENVIRONMENT'
    value: afasEnvironment
  }
  {
    name: 'HANDOVER_HR_AFAS_TOKEN'
    value: '@Microsoft.KeyVault(SecretUri=${afasTokenSecretUri})'
  }
]

var youforceSettings = empty(youforceClientId) ? [] : [
  {
    name: 'HANDOVER_HR_YOUFORCE_CLIENT_ID'
    value: youforceClientId
  }
  {
    name: 'HANDOVER_HR_YOUFORCE_TENANT_ID'
    value: youforceTenantId
  }
  {
    name: 'HANDOVER_HR_YOUFORCE_CLIENT_SECRET'
    value: '@Microsoft.KeyVault(SecretUri=${youforceClientSecretUri})'
  }
]

var youforceWebhookSettings = youforceWebhookEnabled ? [
  {
    name: 'HANDOVER_HR_YOUFORCE_WEBHOOK_SIGNATURE_KEY'
    value: '@Microsoft.KeyVault(SecretUri=${youforceWebhookSignatureKeyUri})'
  }
] : []

var nmbrsSettings = empty(nmbrsClientId) ? [] : [
  {
    name: 'HANDOVER_HR_NMBRS_CLIENT_ID'
    value: nmbrsClientId
  }
  {
    name: 'HANDOVER_HR_NMBRS_COMPANY_ID'
    value: nmbrsCompanyId
  }
  {
    name: 'HANDOVER_HR_NMBRS_CLIENT_SECRET'
    value: '@Microsoft.KeyVault(SecretUri=${nmbrsClientSecretUri})'
  }
  {
    name: 'HANDOVER_HR_NMBRS_SUBSCRIPTION_KEY'
    value: '@Microsoft.KeyVault(SecretUri=${nmbrsSubscriptionKeyUri})'
  }
  {
    name: 'HANDOVER_HR_NMBRS_REFRESH_TOKEN'
    value: '@Microsoft.KeyVault(SecretUri=${nmbrsRefreshTokenUri})'
  }
]

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: 'plan-${appName}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: sku
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'JAVA|17-java17'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/actuator/health/readiness'
      appSettings: concat(baseSettings, graphSecretSetting, appleBusinessSettings, afasSettings, youforceSettings,
        youforceWebhookSettings, nmbrsSettings)
    }
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource readSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, site.id, keyVaultSecretsUser)
  properties: {
    roleDefinitionId: keyVaultSecretsUser
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

@description('Default host name of the web app.')
output hostName string = site.properties.defaultHostName

@description('Object id of the web app\'s managed identity.')
output principalId string = site.identity.principalId
