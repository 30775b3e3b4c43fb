// The identity the web app runs as: it reads the bot's secret from Key Vault, with no credential of its own to manage.
param name string
param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${name}'
  location: location
  tags: tags
}

output id string = identity.id
// Entra sign-in to PostgreSQL: the role pgaadauth_create_principal creates for this identity has this name.
output name string = identity.name
output principalId string = identity.properties.principalId
output clientId string = identity.properties.clientId
