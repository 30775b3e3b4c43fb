// The Azure Bot resource: routes Teams traffic to the app's /api/messages, authenticated as a single-tenant app.
param name string
param tags object
param appInsightsName string

@description('The Entra app registration (client) id of the bot.')
param botAppId string

@description('The tenant of the bot\'s app registration.')
param tenantId string

@description('Host name the bot is reached at; Teams posts to https://HOST/api/messages.')
param hostName string

@allowed(['F0', 'S1'])
@description('F0 is enough for Teams, a standard channel; S1 only matters for premium channels.')
param sku string

param displayName string

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global' // Azure Bot resources are global; the app itself runs in the chosen region
  tags: tags
  kind: 'azurebot'
  sku: { name: sku }
  properties: {
    displayName: displayName
    endpoint: 'https://${hostName}/api/messages'
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenantId
    developerAppInsightKey: appInsights.properties.InstrumentationKey
    publicNetworkAccess: 'Enabled'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
output messagingEndpoint string = bot.properties.endpoint
