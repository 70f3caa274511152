// Key Vault with Azure RBAC: the only place secrets live. The web app reads them through
// Key Vault references with its managed identity (role assigned in app.bicep).

@description('Short name the resource names derive from.')
param name string

@description('Unique suffix for globally unique names.')
param suffix string

@description('Azure region.')
param location string

@description('Entra tenant of the vault.')
param tenantId string

@description('Tags put on every resource.')
param tags object

@description('The bot\'s client secret; empty to set the secret "bot-app-password" later.')
@secure()
param botAppPassword string

@description('The Microsoft Graph client secret; empty when not used or set later as "graph-client-secret".')
@secure()
param graphClientSecret string

@description('The Apple Business API account\'s private key (PEM); empty when not used or set later as "apple-business-private-key".')
@secure()
param appleBusinessPrivateKey string

@description('The AFAS Profit App Connector token; empty when AFAS is not used or set later as "afas-token".')
@secure()
param afasToken string = ''

@description('The client secret of the Visma application for YouForce; empty when not used or set later as "youforce-client-secret".')
@secure()
param youforceClientSecret string = ''

@description('The signature key of the YouForce webhook subscription; empty when not used or set later as "youforce-webhook-signature-key".')
@secure()
param youforceWebhookSignatureKey string = ''

@description('The Nmbrs app\'s client secret; empty when not used or set later as "nmbrs-client-secret".')
@secure()
param nmbrsClientSecret string = ''

@description('The Nmbrs Developer Portal subscription key; empty when not used or set later as "nmbrs-subscription-key".')
@secure()
param nmbrsSubscriptionKey string = ''

@description('The refresh token of the approval of Handover in Nmbrs; empty when not used or set later as "nmbrs-refresh-token".')
@secure()
param nmbrsRefreshToken string = ''

@description('An external MongoDB connection string (Atlas); empty when the Cosmos DB module writes "mongodb-uri".')
@secure()
param externalMongoDbUri string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  // Key Vault names are at most 24 characters.
  name: take('kv-${name}-${suffix}', 24)
  location: location
  tags: tags
  properties: {
    tenantId: tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource botPassword 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(botAppPassword)) {
  parent: vault
  name: 'bot-app-password'
  properties: {
    value: botAppPassword
  }
}

resource graphSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(graphClientSecret)) {
  parent: vault
  name: 'graph-client-secret'
  properties: {
    value: graphClientSecret
  }
}

resource applePrivateKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(appleBusinessPrivateKey)) {
  parent: vault
  name: 'apple-business-private-key'
  properties: {
    value: appleBusinessPrivateKey
  }
}

resource afasTokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(afasToken)) {
  parent: vault
  name: 'afas-token'
  properties: {
    value: afasToken
  }
}

resource youforceSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(youforceClientSecret)) {
  parent: vault
  name: 'youforce-client-secret'
  properties: {
    value: youforceClientSecret
  }
}

resource youforceWebhookKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(youforceWebhookSignatureKey)) {
  parent: vault
  name: 'youforce-webhook-signature-key'
  properties: {
    value: youforceWebhookSignatureKey
  }
}

resource nmbrsSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(nmbrsClientSecret)) {
  parent: vault
  name: 'nmbrs-client-secret'
  properties: {
    value: nmbrsClientSecret
  }
}

resource nmbrsKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(nmbrsSubscriptionKey)) {
  parent: vault
  name: 'nmbrs-subscription-key'
  properties: {
    value: nmbrsSubscriptionKey
  }
}

resource nmbrsRefresh 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(nmbrsRefreshToken)) {
  parent: vault
  name: 'nmbrs-refresh-token'
  properties: {
    value: nmbrsRefreshToken
  }
}

resource mongoDbUri 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(externalMongoDbUri)) {
  parent: vault
  name: 'mongodb-uri'
  properties: {
    value: externalMongoDbUri
  }
}

@description('Name of the vault.')
output name string = vault.name

@description('Versionless URI of the bot password secret (Key Vault references follow new versions).')
output botPasswordSecretUri string = '${vault.properties.vaultUri}secrets/bot-app-password/'

@description('Versionless URI of the MongoDB connection string secret.')
output mongoDbUriSecretUri string = '${vault.properties.vaultUri}secrets/mongodb-uri/'

@description('Versionless URI of the Graph client secret.')
output graphClientSecretUri string = '${vault.properties.vaultUri}secrets/graph-client-secret/'

@description('Versionless URI of the Apple Business private key.')
output appleBusinessPrivateKeyUri string = '${vault.properties.vaultUri}secrets/apple-business-private-key/'

@description('Versionless URI of the AFAS Profit token secret.')
output afasTokenSecretUri string = '${vault.properties.vaultUri}secrets/afas-token/'

@description('Versionless URI of the YouForce client secret.')
output youforceClientSecretUri string = '${vault.properties.vaultUri}secrets/youforce-client-secret/'

@description('Versionless URI of the YouForce webhook signature key.')
output youforceWebhookSignatureKeyUri string = '${vault.properties.vaultUri}secrets/youforce-webhook-signature-key/'

@description('Versionless URI of the Nmbrs client secret.')
output nmbrsClientSecretUri string = '${vault.properties.vaultUri}secrets/nmbrs-client-secret/'

@description('Versionless URI of the Nmbrs subscription key.')
output nmbrsSubscriptionKeyUri string = '${vault.properties.vaultUri}secrets/nmbrs-subscription-key/'

@description('Versionless URI of the Nmbrs refresh token.')
output nmbrsRefreshTokenUri string = '${vault.properties.vaultUri}secrets/nmbrs-refresh-token/'
