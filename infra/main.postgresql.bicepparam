// The store in Azure Database for PostgreSQL, with two instances of the app in a private network. Copy it, put in
// your app registration's id, and deploy with the two secrets on the command line, never in a file:
//   az deployment group create -g rg-perfbot -f infra/main.bicep -p infra/main.postgresql.bicepparam \
//     -p botAppPassword=... postgresAdministratorPassword=...
using 'main.bicep'

param name = 'perfbot-example'
param location = 'uksouth'
param botAppId = '00000000-0000-0000-0000-000000000000'
param store = 'postgresql'
param instances = 2
param appServiceSku = 'P0v3'
param postgresSku = 'Standard_D2ds_v5'
param postgresTier = 'GeneralPurpose'
param postgresZoneRedundant = true
param tags = {
  service: 'scrutiny'
}
