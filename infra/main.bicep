// PerfBot on Azure: a Linux App Service running `perfbot serve`, an Azure Bot with the Teams channel, the bot's secret
// in Key Vault, and Application Insights; the store either SQLite on a backed-up Azure Files share (one instance) or
// Azure Database for PostgreSQL in a private network (two or more instances), as `store` says.
// Deploy into a resource group: az deployment group create -g RG -f infra/main.bicep -p infra/main.bicepparam
// Step by step, including the Entra app registration this needs first: docs/deploy.md.
targetScope = 'resourceGroup'

@minLength(3)
@maxLength(16)
@description('A short name for this deployment, e.g. perfbot-ebc; resource names are built from it.')
param name string

@description('Azure region for everything but the Bot resource, which is global. UK councils will usually want uksouth.')
param location string = resourceGroup().location

@description('Client (application) id of the single-tenant Entra app registration the bot signs in as.')
param botAppId string

@description('Tenant id of that app registration: your council\'s Entra tenant. The bot accepts activities from this tenant only.')
param tenantId string = subscription().tenantId

@secure()
@description('A client secret of the app registration. Stored in Key Vault only. Leave empty to add it to Key Vault yourself after deployment.')
param botAppPassword string = ''

@description('Public host name Teams reaches the bot at. Empty: the App Service default, app-NAME.azurewebsites.net. Give a custom domain only once it is bound to the app.')
param customHostName string = ''

@description('Name shown for the bot in the Azure portal and the Bot Framework.')
param botDisplayName string = 'PerfBot'

@allowed(['F0', 'S1'])
@description('Azure Bot pricing tier. Teams is a standard channel, free on F0.')
param botSku string = 'F0'

@description('App Service plan SKU. B1 or above: Always On (for the scheduler), storage mounts and network integration need Basic or higher.')
param appServiceSku string = 'B1'

@allowed(['sqlite', 'postgresql'])
@description('Where the store lives: sqlite, a file on an Azure Files share, for one instance; postgresql, Azure Database for PostgreSQL flexible server, for two or more.')
param store string = 'sqlite'

@minValue(2)
@maxValue(10)
@description('With store postgresql: how many instances of the app run (Basic plans allow three at most). A SQLite store always runs one.')
param instances int = 2

@description('With store postgresql: the server\'s compute size, e.g. Standard_B1ms (Burstable tier) or Standard_D2ds_v5 (GeneralPurpose).')
param postgresSku string = 'Standard_B1ms'

@allowed(['Burstable', 'GeneralPurpose', 'MemoryOptimized'])
@description('With store postgresql: the tier postgresSku belongs to.')
param postgresTier string = 'Burstable'

@allowed(['15', '16', '17'])
@description('With store postgresql: the PostgreSQL major version.')
param postgresVersion string = '16'

@minValue(32)
@maxValue(16384)
@description('With store postgresql: storage in GiB; it grows by itself when nearly full.')
param postgresStorageGiB int = 32

@minValue(7)
@maxValue(35)
@description('With store postgresql: days of point-in-time restore the server keeps.')
param postgresBackupRetentionDays int = 14

@description('With store postgresql: a standby server in another availability zone that takes over on failure (GeneralPurpose or MemoryOptimized tiers only).')
param postgresZoneRedundant bool = false

@allowed(['password', 'entra'])
@description('With store postgresql: how PerfBot signs in. password: as the server administrator, its password in Key Vault. entra: with a token for the app\'s managed identity, password sign-in off (needs postgresEntraAdministrator* and one SQL step, docs/deploy.md).')
param postgresAuthentication string = 'password'

@description('With store postgresql and password sign-in: the server administrator PerfBot connects as.')
param postgresAdministratorLogin string = 'perfbot'

@secure()
@description('With store postgresql and password sign-in (required then): the administrator\'s password. Stored in the server and, inside the connection string, in Key Vault only.')
param postgresAdministratorPassword string = ''

@description('With store postgresql and Entra sign-in (required then): object id of the Entra user or group that administers the server and creates PerfBot\'s role.')
param postgresEntraAdministratorObjectId string = ''

@description('With store postgresql and Entra sign-in (required then): that administrator\'s name as it signs in to PostgreSQL: a user\'s UPN or a group\'s display name.')
param postgresEntraAdministratorName string = ''

@allowed(['User', 'Group', 'ServicePrincipal'])
@description('With store postgresql and Entra sign-in: what postgresEntraAdministratorObjectId is.')
param postgresEntraAdministratorType string = 'Group'

@description('With store postgresql: address space of the private network the app and the database share (a /24 for each is taken from its start).')
param networkAddressPrefix string = '10.40.0.0/16'

@minValue(1)
@maxValue(100)
@description('Size limit of the data share in GiB; the store is a few MB per year of indicators.')
param dataShareQuotaGiB int = 5

@minValue(1)
@maxValue(200)
@description('Days each daily backup of the data share is kept.')
param backupRetentionDays int = 30

@description('Time of the daily backup, UTC, HH:mm; pick a time outside imports and digests.')
param backupTimeUtc string = '02:00'

@minValue(30)
@maxValue(730)
@description('Days Log Analytics keeps logs and telemetry.')
param logRetentionDays int = 90

@description('Tags added to every resource, e.g. { service: \'scrutiny\', costCentre: \'1234\' }.')
param tags object = {}

// Storage and Key Vault names are global and short: a suffix from the resource group keeps them unique and stable.
var suffix = take(uniqueString(resourceGroup().id, name), 6)
var compactName = toLower(replace(name, '-', ''))
var allTags = union({ app: 'perfbot' }, tags)
var onSqlite = store == 'sqlite'

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: name
    location: location
    tags: allTags
    retentionInDays: logRetentionDays
  }
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: name
    location: location
    tags: allTags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: 'kv-${take(compactName, 14)}-${suffix}'
    location: location
    tags: allTags
    readerPrincipalId: identity.outputs.principalId
    botAppPassword: botAppPassword
  }
}

module storage 'modules/storage.bicep' = if (onSqlite) {
  name: 'storage'
  params: {
    name: 'st${take(compactName, 16)}${suffix}'
    location: location
    tags: allTags
    shareQuotaGiB: dataShareQuotaGiB
  }
}

module backup 'modules/backup.bicep' = if (onSqlite) {
  name: 'backup'
  params: {
    name: 'rsv-${name}'
    location: location
    tags: allTags
    storageAccountName: storage!.outputs.name
    shareName: storage!.outputs.shareName
    dailyRetentionDays: backupRetentionDays
    backupTimeUtc: backupTimeUtc
  }
}

module network 'modules/network.bicep' = if (!onSqlite) {
  name: 'network'
  params: {
    name: name
    location: location
    tags: allTags
    addressPrefix: networkAddressPrefix
  }
}

module postgres 'modules/postgres.bicep' = if (!onSqlite) {
  name: 'postgres'
  params: {
    name: 'psql-${name}-${suffix}'
    location: location
    tags: allTags
    skuName: postgresSku
    tier: postgresTier
    version: postgresVersion
    storageGiB: postgresStorageGiB
    backupRetentionDays: postgresBackupRetentionDays
    zoneRedundant: postgresZoneRedundant
    authentication: postgresAuthentication
    administratorLogin: postgresAdministratorLogin
    administratorPassword: postgresAdministratorPassword
    tenantId: tenantId
    entraAdministratorObjectId: postgresEntraAdministratorObjectId
    entraAdministratorName: postgresEntraAdministratorName
    entraAdministratorType: postgresEntraAdministratorType
    subnetId: network!.outputs.databaseSubnetId
    privateDnsZoneId: network!.outputs.privateDnsZoneId
    keyVaultName: keyVault.outputs.name
  }
}

module app 'modules/app.bicep' = {
  name: 'app'
  params: {
    name: name
    location: location
    tags: allTags
    skuName: appServiceSku
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    appInsightsName: monitoring.outputs.appInsightsName
    store: store
    instances: instances
    storageAccountName: onSqlite ? storage!.outputs.name : ''
    shareName: onSqlite ? storage!.outputs.shareName : ''
    appSubnetId: onSqlite ? '' : network!.outputs.appSubnetId
    databaseConnectionEntry: onSqlite ? '' : postgres!.outputs.connectionEntry
    databaseAuthentication: postgresAuthentication
    databaseHost: onSqlite ? '' : postgres!.outputs.hostName
    databaseName: onSqlite ? '' : postgres!.outputs.databaseName
    databaseRole: identity.outputs.name
    botAppId: botAppId
    tenantId: tenantId
    keyVaultName: keyVault.outputs.name
    botCredentialEntry: keyVault.outputs.botCredentialEntry
    // The site's default host name is app-<name>.azurewebsites.net; naming it here avoids the site referring to itself.
    publicBaseUrl: 'https://${empty(customHostName) ? 'app-${name}.azurewebsites.net' : customHostName}'
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-${name}'
    tags: allTags
    appInsightsName: monitoring.outputs.appInsightsName
    botAppId: botAppId
    tenantId: tenantId
    hostName: empty(customHostName) ? app.outputs.defaultHostName : customHostName
    sku: botSku
    displayName: botDisplayName
  }
}

@description('Give this to `perfbot package --host`.')
output hostName string = empty(customHostName) ? app.outputs.defaultHostName : customHostName
output messagingEndpoint string = bot.outputs.messagingEndpoint
output webAppName string = app.outputs.name
output keyVaultName string = keyVault.outputs.name
@description('The Key Vault entry that holds the bot\'s client secret.')
output botCredentialEntry string = keyVault.outputs.botCredentialEntry
@description('SQLite: the storage account of the data share; empty with PostgreSQL.')
output storageAccountName string = onSqlite ? storage!.outputs.name : ''
@description('SQLite: the Recovery Services vault backing up the share; empty with PostgreSQL.')
output backupVaultName string = onSqlite ? backup!.outputs.vaultName : ''
@description('PostgreSQL: the flexible server, and the Key Vault entry holding the connection string; empty with SQLite.')
output postgresServerName string = onSqlite ? '' : postgres!.outputs.serverName
@description('PostgreSQL with password sign-in: the Key Vault entry holding PERFBOT_DB; empty otherwise.')
output databaseConnectionEntry string = onSqlite ? '' : postgres!.outputs.connectionEntry
@description('PostgreSQL with Entra sign-in: the role to create for the app\'s managed identity (docs/deploy.md); empty otherwise.')
output postgresAppRole string = !onSqlite && postgresAuthentication == 'entra' ? identity.outputs.name : ''
