// The store in Azure Database for PostgreSQL, with two instances of the app in a private network, signing in with the
// app's managed identity (no database password anywhere). Copy it, put in your app registration's id and the Entra
// group that administers the server, and deploy with the bot's secret on the command line, never in a file:
//   az deployment group create -g rg-perfbot -f infra/main.bicep -p infra/main.postgresql.bicepparam -p botAppPassword=...
// Then create the identity's role once (docs/deploy.md). For password sign-in instead, set postgresAuthentication to
// 'password' and give postgresAdministratorPassword on the command line.
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
param postgresAuthentication = 'entra'
param postgresEntraAdministratorObjectId = '00000000-0000-0000-0000-000000000000'
param postgresEntraAdministratorName = 'PerfBot database administrators'
param postgresEntraAdministratorType = 'Group'
param tags = {
  service: 'scrutiny'
}
