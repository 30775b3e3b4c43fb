// Linux App Service running `perfbot serve` from a zip of `dotnet publish`: one instance with the SQLite store on the
// mounted share, or several in the private network with the store in PostgreSQL.
param name string
param location string
param tags object
param identityId string
param identityClientId string
param appInsightsName string

@allowed(['sqlite', 'postgresql'])
param store string

@description('Instances of the app; a SQLite store always has one.')
param instances int

@description('SQLite: the storage account and share the store lives on; empty otherwise.')
param storageAccountName string
param shareName string

@description('PostgreSQL: the subnet the app reaches the database through, and the Key Vault entry holding PERFBOT_DB; empty otherwise.')
param appSubnetId string
param databaseConnectionEntry string

@allowed(['password', 'entra'])
@description('PostgreSQL: sign in with the password in Key Vault, or with a token for the app\'s managed identity.')
param databaseAuthentication string

@description('PostgreSQL with Entra sign-in: the server, the database and the role named after the app\'s identity; empty otherwise.')
param databaseHost string
param databaseName string
param databaseRole string

@description('App Service plan SKU: B1 or larger (Always On and storage mounts need Basic or above).')
param skuName string

@description('The Entra app registration (client) id of the bot.')
param botAppId string

@description('The tenant of the bot\'s app registration; the bot accepts only this tenant.')
param tenantId string

@description('The Key Vault, and its entry, holding the bot\'s client secret.')
param keyVaultName string
param botCredentialEntry string

@description('The public https address members reach PerfBot at: links in cards (trend charts, brief downloads) start with it.')
param publicBaseUrl string

var dataMountPath = '/mnt/perfbot-data'
var port = '8080'
var onSqlite = store == 'sqlite'
// SQLite on a network share must have a single writer.
var instanceCount = onSqlite ? 1 : instances

var storeSettings = onSqlite
  ? [
      { name: 'PERFBOT_DB', value: '${dataMountPath}/perfbot.db' }
      // SQLite's WAL needs shared memory that a network share (Azure Files) cannot give: a rollback journal instead.
      { name: 'PERFBOT_SQLITE_JOURNAL', value: 'DELETE' }
    ]
  : databaseAuthentication == 'entra'
      ? [
          // No password anywhere: the app's managed identity (AZURE_CLIENT_ID) gets a token for the server and signs in with it.
          { name: 'PERFBOT_DB', value: 'Host=${databaseHost};Port=5432;Database=${databaseName};Username=${databaseRole};SSL Mode=VerifyFull' }
          { name: 'PERFBOT_DB_AUTHENTICATION', value: 'entra' }
        ]
      : [
          // The connection string, password included, stays in Key Vault; without a version the app takes a rotated one on restart.
          { name: 'PERFBOT_DB', value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${databaseConnectionEntry})' }
        ]

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'asp-${name}'
  location: location
  tags: tags
  kind: 'linux'
  sku: { name: skuName, capacity: instanceCount }
  properties: {
    reserved: true // Linux
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: 'app-${name}'
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    // Any instance can take any request: conversations, leases and schedules are all in the store.
    clientAffinityEnabled: false
    virtualNetworkSubnetId: onSqlite ? null : appSubnetId
    vnetRouteAllEnabled: !onSqlite
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet perfbot.dll serve --urls http://0.0.0.0:${port}'
      // The scheduler posts digests and briefings on its own; an idle-unloaded app would miss them.
      alwaysOn: true
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      numberOfWorkers: instanceCount
      appSettings: concat(storeSettings, [
        { name: 'WEBSITES_PORT', value: port }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
        // glibc gives each busy thread a malloc arena of its own (up to eight per core) and never hands free pages from one
        // to another: two arenas hold perfbot serve's peak RSS about 11 MB lower under load (docs/benchmarks.md). Read by
        // glibc as the process starts, so it can only be set from outside.
        { name: 'MALLOC_ARENA_MAX', value: '2' }
        // The serve's code fully optimised when first compiled, never tiered up later: a freshly started serve otherwise
        // answers for minutes through precompiled and quick-jitted code while the JIT recompiles the hot paths beside it
        // (half as much CPU again per question, and 11-14 MB more resident). Costs a slower start (docs/benchmarks.md).
        // Only the environment can switch precompiled code off; the CLI's short commands keep both.
        { name: 'DOTNET_TieredCompilation', value: '0' }
        { name: 'DOTNET_ReadyToRun', value: '0' }
        { name: 'PublicBaseUrl', value: publicBaseUrl }
        { name: 'Bot__AppId', value: botAppId }
        { name: 'Bot__TenantId', value: tenantId }
        { name: 'Bot__AllowedTenants__0', value: tenantId }
        // No secret version in the reference, so App Service picks up a rotated secret by itself.
        { name: 'Bot__AppPassword', value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${botCredentialEntry})' }
        { name: 'AZURE_CLIENT_ID', value: identityClientId }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
      ])
    }
  }
}

// The share is mounted only for a SQLite store; its key is read only then.
resource mounts 'Microsoft.Web/sites/config@2024-04-01' = if (onSqlite) {
  parent: site
  name: 'azurestorageaccounts'
  properties: {
    data: {
      type: 'AzureFiles'
      protocol: 'Smb'
      accountName: storage.name
      shareName: shareName
      mountPath: dataMountPath
      accessKey: storage.listKeys().keys[0].value
    }
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
