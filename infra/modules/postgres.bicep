// Azure Database for PostgreSQL flexible server for the store of several `perfbot serve` instances: reachable only
// inside the private network. With password sign-in its connection string (password included) is kept in Key Vault,
// where the web app's identity reads it as PERFBOT_DB; with Entra sign-in there is no password at all: an Entra user
// or group administers the server and the web app's managed identity signs in with a token. PerfBot creates its
// tables on first start.
param name string
param location string
param tags object

@description('Compute size, e.g. Standard_B1ms (Burstable) or Standard_D2ds_v5 (GeneralPurpose).')
param skuName string

@allowed(['Burstable', 'GeneralPurpose', 'MemoryOptimized'])
param tier string

@description('Major PostgreSQL version.')
param version string

@description('Storage in GiB; it grows by itself when nearly full.')
param storageGiB int

@description('Days of point-in-time restore.')
param backupRetentionDays int

@description('A standby in another availability zone that takes over within minutes; GeneralPurpose or MemoryOptimized only.')
param zoneRedundant bool

@allowed(['password', 'entra'])
@description('How PerfBot signs in: a password kept in Key Vault, or a token for the app\'s managed identity (password sign-in off).')
param authentication string

param administratorLogin string

@secure()
param administratorPassword string

@description('Entra sign-in: the tenant, and the user or group (object id, name and type) that administers the server.')
param tenantId string
param entraAdministratorObjectId string
param entraAdministratorName string

@allowed(['User', 'Group', 'ServicePrincipal'])
param entraAdministratorType string

param subnetId string
param privateDnsZoneId string

@description('The Key Vault that keeps the connection string.')
param keyVaultName string

var databaseName = 'perfbot'
var connectionEntry = 'perfbot-db'
var onEntra = authentication == 'entra'

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: name
  location: location
  tags: tags
  sku: { name: skuName, tier: tier }
  properties: {
    version: version
    // Entra only: the server has no password login at all.
    administratorLogin: onEntra ? null : administratorLogin
    administratorLoginPassword: onEntra ? null : administratorPassword
    storage: { storageSizeGB: storageGiB, autoGrow: 'Enabled' }
    backup: { backupRetentionDays: backupRetentionDays, geoRedundantBackup: 'Disabled' }
    highAvailability: { mode: zoneRedundant ? 'ZoneRedundant' : 'Disabled' }
    network: {
      delegatedSubnetResourceId: subnetId
      privateDnsZoneArmResourceId: privateDnsZoneId
      publicNetworkAccess: 'Disabled'
    }
    authConfig: onEntra
      ? { passwordAuth: 'Disabled', activeDirectoryAuth: 'Enabled', tenantId: tenantId }
      : { passwordAuth: 'Enabled', activeDirectoryAuth: 'Disabled' }
  }
}

// The person or group who creates the app identity's role (docs/deploy.md); PerfBot itself is not an administrator.
resource entraAdministrator 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2024-08-01' = if (onEntra) {
  parent: server
  name: entraAdministratorObjectId
  properties: {
    principalType: entraAdministratorType
    principalName: entraAdministratorName
    tenantId: tenantId
  }
}

// Collation C: text compares and sorts byte by byte, as in a SQLite store.
resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: server
  name: databaseName
  properties: { charset: 'UTF8', collation: 'C' }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource connection 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!onEntra) {
  parent: vault
  name: connectionEntry
  properties: {
    value: 'Host=${server.properties.fullyQualifiedDomainName};Port=5432;Database=${database.name};Username=${administratorLogin};Password=${administratorPassword};SSL Mode=VerifyFull'
    contentType: 'Npgsql connection string of the PerfBot store (PERFBOT_DB)'
  }
}

output serverName string = server.name
output hostName string = server.properties.fullyQualifiedDomainName
output databaseName string = database.name
@description('Password sign-in: the Key Vault entry holding PERFBOT_DB; empty with Entra sign-in.')
output connectionEntry string = onEntra ? '' : connection.name
