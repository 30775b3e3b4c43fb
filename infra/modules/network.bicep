// The private network of a PostgreSQL deployment: the web app's outbound traffic enters it through one subnet, the
// database server lives in another with no public address, and a private DNS zone gives the server's name its
// private address. Nothing outside the network can reach the database.
param name string
param location string
param tags object

@description('Address space of the network; two /24 subnets are carved from its start.')
param addressPrefix string

var appSubnet = cidrSubnet(addressPrefix, 24, 0)
var databaseSubnet = cidrSubnet(addressPrefix, 24, 1)

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-${name}'
  location: location
  tags: tags
  properties: {
    addressSpace: { addressPrefixes: [addressPrefix] }
    subnets: [
      {
        name: 'app'
        properties: {
          addressPrefix: appSubnet
          delegations: [{ name: 'app-service', properties: { serviceName: 'Microsoft.Web/serverFarms' } }]
        }
      }
      {
        name: 'database'
        properties: {
          addressPrefix: databaseSubnet
          delegations: [{ name: 'postgresql', properties: { serviceName: 'Microsoft.DBforPostgreSQL/flexibleServers' } }]
        }
      }
    ]
  }
}

// A flexible server in a network needs a zone whose name ends in postgres.database.azure.com.
resource zone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: '${name}.private.postgres.database.azure.com'
  location: 'global'
  tags: tags
}

resource zoneLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: zone
  name: 'vnet-${name}'
  location: 'global'
  tags: tags
  properties: {
    virtualNetwork: { id: vnet.id }
    registrationEnabled: false
  }
}

output appSubnetId string = resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'app')
output databaseSubnetId string = resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'database')
// A module's outputs exist once all of it is deployed: the server, which uses these, is created after the zone's link.
output privateDnsZoneId string = zone.id
