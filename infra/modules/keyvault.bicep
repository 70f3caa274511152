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
