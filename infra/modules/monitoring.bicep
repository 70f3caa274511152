// Log Analytics and Application Insights: the web app's logs (JSON, profile "production"),
// requests and the Java agent's telemetry; the bot's analytics.

@description('Short name the resource names derive from.')
param name string

@description('Unique suffix for globally unique names.')
param suffix string

@description('Azure region.')
param location string

@description('Tags put on every resource.')
param tags object

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${name}-${suffix}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${name}-${suffix}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

@description('Connection string of Application Insights (not a secret: it only allows sending telemetry).')
output appInsightsConnectionString string = insights.properties.ConnectionString

@description('Application id of Application Insights, for the bot\'s analytics.')
output appInsightsAppId string = insights.properties.AppId

@description('Resource id of the Log Analytics workspace.')
output workspaceId string = workspace.id
