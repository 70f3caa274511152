// Azure Cosmos DB for MongoDB (vCore): a MongoDB-compatible cluster. Handover needs only
// single-document atomicity (no multi-document transactions, no $text), which vCore has.
// The connection string, with the administrator password, goes straight into Key Vault.

@description('Short name the resource names derive from.')
param name string

@description('Unique suffix for globally unique names.')
param suffix string

@description('Azure region.')
param location string

@description('Tags put on every resource.')
param tags object

@description('Administrator login of the cluster.')
param adminUser string

@description('Administrator password of the cluster.')
@secure()
@minLength(8)
param adminPassword string

@description('Compute tier, e.g. M10, M20, M30.')
param tier string

@description('Storage per shard in GiB.')
param storageGb int = 32

@description('Key Vault that receives the secret "mongodb-uri".')
param keyVaultName string

resource cluster 'Microsoft.DocumentDB/mongoClusters@2024-07-01' = {
  name: 'mongo-${name}-${suffix}'
  location: location
  tags: tags
  properties: {
    administrator: {
      userName: adminUser
      password: adminPassword
    }
    serverVersion: '7.0'
    compute: {
      tier: tier
    }
    storage: {
      sizeGb: storageGb
    }
    sharding: {
      shardCount: 1
    }
    highAvailability: {
      targetMode: 'Disabled'
    }
    publicNetworkAccess: 'Enabled'
  }
}

// Only Azure services (the web app) reach the cluster; no public client addresses.
resource azureServices 'Microsoft.DocumentDB/mongoClusters/firewallRules@2024-07-01' = {
  parent: cluster
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource connectionString 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'mongodb-uri'
  properties: {
    // vCore needs TLS and SCRAM-SHA-256 and does not support retryable writes. No database in
    // the path: it would become the authentication database; Handover uses HANDOVER_DATABASE.
    value: 'mongodb+srv://${uriComponent(adminUser)}:${uriComponent(adminPassword)}@${cluster.name}.global.mongocluster.cosmos.azure.com/?tls=true&authMechanism=SCRAM-SHA-256&retrywrites=false&maxIdleTimeMS=120000'
  }
}

@description('Name of the cluster.')
output clusterName string = cluster.name
