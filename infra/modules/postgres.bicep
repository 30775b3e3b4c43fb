// Azure Database for PostgreSQL flexible server for the store of several `perfbot serve` instances: reachable only
// inside the private network, its connection string (password included) kept in Key Vault, where the web app's
// identity reads it as PERFBOT_DB. PerfBot creates its tables on first start.
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

param administratorLogin string

@secure()
param administratorPassword string

param subnetId string
param privateDnsZoneId string

@description('The Key Vault that keeps the connection string.')
param keyVaultName string

var databaseName = 'perfbot'
var connectionEntry = 'perfbot-db'

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: name
  location: location
  tags: tags
  sku: { name: skuName, tier: tier }
  properties: {
    version: version
    administratorLogin: administratorLogin
    administratorLoginPassword: administratorPassword
    storage: { storageSizeGB: storageGiB, autoGrow: 'Enabled' }
    backup: { backupRetentionDays: backupRetentionDays, geoRedundantBackup: 'Disabled' }
    highAvailability: { mode: zoneRedundant ? 'ZoneRedundant' : 'Disabled' }
    network: {
      delegatedSubnetResourceId: subnetId
      privateDnsZoneArmResourceId: privateDnsZoneId
      publicNetworkAccess: 'Disabled'
    }
    authConfig: { passwordAuth: 'Enabled', activeDirectoryAuth: 'Disabled' }
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

resource connection 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: connectionEntry
  properties: {
    value: 'Host=${server.properties.fullyQualifiedDomainName};Port=5432;Database=${database.name};Username=${administratorLogin};Password=${administratorPassword};SSL Mode=VerifyFull'
    contentType: 'Npgsql connection string of the PerfBot store (PERFBOT_DB)'
  }
}

output serverName string = server.name
output connectionEntry string = connection.name
