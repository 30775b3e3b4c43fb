// Daily Azure Backup snapshots of the data share. A share snapshot is atomic across the share, so the SQLite file
// and its write-ahead log are captured together, as after a power cut, which SQLite recovers from on open.
param name string
param location string
param tags object
param storageAccountName string
param shareName string

@description('Daily snapshots are kept this many days.')
param dailyRetentionDays int

@description('The time of day the snapshot is taken, UTC, HH:mm.')
param backupTimeUtc string

var scheduleTime = '2024-01-01T${backupTimeUtc}:00Z'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource vault 'Microsoft.RecoveryServices/vaults@2024-04-01' = {
  name: name
  location: location
  tags: tags
  sku: { name: 'RS0', tier: 'Standard' }
  properties: {
    publicNetworkAccess: 'Enabled'
  }
}

resource dailyPolicy 'Microsoft.RecoveryServices/vaults/backupPolicies@2024-04-01' = {
  parent: vault
  name: 'perfbot-data-daily'
  properties: {
    backupManagementType: 'AzureStorage'
    workLoadType: 'AzureFileShare'
    timeZone: 'UTC'
    schedulePolicy: {
      schedulePolicyType: 'SimpleSchedulePolicy'
      scheduleRunFrequency: 'Daily'
      scheduleRunTimes: [scheduleTime]
    }
    retentionPolicy: {
      retentionPolicyType: 'LongTermRetentionPolicy'
      dailySchedule: {
        retentionTimes: [scheduleTime]
        retentionDuration: { count: dailyRetentionDays, durationType: 'Days' }
      }
    }
  }
}

// Azure Backup names the fabric, a storage account's container and a share's item by these fixed patterns.
resource storageContainer 'Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers@2024-04-01' = {
  name: '${vault.name}/Azure/storagecontainer;Storage;${resourceGroup().name};${storage.name}'
  properties: {
    backupManagementType: 'AzureStorage'
    containerType: 'StorageContainer'
    sourceResourceId: storage.id
  }
}

resource protectedShare 'Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems@2024-04-01' = {
  parent: storageContainer
  name: 'AzureFileShare;${shareName}'
  properties: {
    protectedItemType: 'AzureFileShareProtectedItem'
    sourceResourceId: storage.id
    policyId: dailyPolicy.id
  }
}

output vaultName string = vault.name
