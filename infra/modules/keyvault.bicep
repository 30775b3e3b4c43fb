// Key Vault holding the bot's client secret. Access is by Azure RBAC: only the app's identity may read secrets.
param name string
param location string
param tags object

@description('Principal id of the web app\'s managed identity.')
param readerPrincipalId string

@secure()
@description('The Entra app registration\'s client secret; empty to set it later with az keyvault secret set.')
param botAppPassword string

var secretName = 'bot-app-password'
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(botAppPassword)) {
  parent: vault
  name: secretName
  properties: {
    value: botAppPassword
    contentType: 'Entra app client secret for the Azure Bot'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, readerPrincipalId, keyVaultSecretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output name string = vault.name
output botCredentialEntry string = secretName
