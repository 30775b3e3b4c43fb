// An example: copy it, put in your app registration's id, and deploy with
//   az deployment group create -g rg-perfbot -f infra/main.bicep -p infra/main.bicepparam -p botAppPassword=...
using 'main.bicep'

param name = 'perfbot-example'
param location = 'uksouth'
param botAppId = '00000000-0000-0000-0000-000000000000'
param tags = {
  service: 'scrutiny'
}
