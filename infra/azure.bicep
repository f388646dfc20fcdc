// SKA i Teams: the Azure resources of one Agents Toolkit environment (env/.env.<env>).
//
// Deployed by `atk provision --env <env>` (the arm/deploy step in m365agents.yml) with
// infra/azure.parameters.json, whose ${{VARS}} the toolkit fills from env/.env.<env>.
// Every output is written back into env/.env.<env> under its own (UPPER_SNAKE) name; the
// Teams manifest, the Entra manifest and the deploy step read them from there.
//
// What is here, and why:
//   - Linux App Service plan + web app (Node 22 LTS; Node 20 ended 2026-04-30): one process serves tabs, API and bot;
//     the plan scales out because the outbox and ETag claims keep several instances safe.
//   - A user-assigned managed identity: the bot's identity (BOT_TYPE=UserAssignedMSI), so
//     the bot has no password to store or rotate.
//   - Azure Bot (Teams channel) pointing at https://<host>/api/messages.
//   - Key Vault (RBAC) holding the certificate the app uses for app-only Microsoft Graph
//     (SharePoint via Sites.Selected). App Service imports it and loads it into the
//     container (WEBSITE_LOAD_CERTIFICATES); nothing secret passes through this template.
//   - Application Insights on a Log Analytics workspace (classic App Insights is retired).
//
// API versions were checked against the Azure template reference (learn.microsoft.com/azure/templates).
//
// Optional inputs use the value 'none' rather than an empty string: the toolkit refuses to fill a
// ${{VAR}} in the parameters file with an empty value (only APP_NAME_SUFFIX may be empty), and it
// cannot write an empty output back either.

targetScope = 'resourceGroup'

@description('Start of every resource name: lower-case letters and digits, starting with a letter. Lower case matters: Teams SSO on Android needs a lower-case host name.')
@minLength(3)
@maxLength(12)
param resourceBaseName string

param location string = resourceGroup().location

@description('App Service plan SKU. Basic scales out by hand to 3 instances, Standard to 10, Premium v3 to 30 and autoscales; alwaysOn needs Basic or higher.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
])
param webAppSku string = 'P0v3'

@description('Number of instances, as a string so env/.env.<env> can set it (APP_SERVICE_INSTANCES). Several are safe: the outbox claims each message once and writes use ETags.')
param instanceCount string = '1'

@description('Teams app id (TEAMS_APP_ID, written by teamsApp/create).')
param teamsAppId string

@description('Client id of the Entra app registration for SSO and app-only Graph (AAD_APP_CLIENT_ID, written by aadApp/create).')
param aadAppClientId string

@description('Tenant of that app registration (AAD_APP_TENANT_ID): the Microsoft 365 tenant whose users sign in and whose SharePoint holds the data.')
param aadAppTenantId string

@description('Graph id of the SharePoint site that holds the SKA lists (GRAPH_SITE_ID: "<host>,<site-collection-id>,<web-id>"), or none until the site exists.')
param graphSiteId string = 'none'

@description('Name of the Key Vault certificate used for app-only Graph (GRAPH_CERT_NAME), or none on the first provision: the vault must exist before the certificate can be created in it.')
param graphCertificateName string = 'none'

@description('Object id, in this tenant, of the App Service resource provider (appId abfa0a7c-a6b6-4736-8310-5855508787cd): it imports the certificate from Key Vault. `az ad sp show --id abfa0a7c-a6b6-4736-8310-5855508787cd --query id -o tsv`. none: assign the role by hand.')
param appServiceResourceProviderObjectId string = 'none'

@description('Object id of the person or group who creates and renews the Graph certificate in Key Vault (KEY_VAULT_ADMIN_OBJECT_ID). none: assign the role by hand.')
param keyVaultAdminObjectId string = 'none'

@maxLength(42)
param botDisplayName string = 'SKA i Teams'

@description('Graph id of the communication site (e.g. KomIn) the intranet pages are published to (SKA_INTRANET_SITE_ID), separate from the data site so that the board can read them; none: the data site.')
param intranetSiteId string = 'none'

@description('Object ids or e-mails of the first admins (SKA_BOOTSTRAP_ADMINS, comma-separated); none once an admin exists.')
param bootstrapAdmins string = 'none'

// Globally unique names (web app, Key Vault, bot), stable across provisions of one resource group.
var baseName = toLower('${resourceBaseName}${take(uniqueString(resourceGroup().id), 6)}')
var siteId = graphSiteId == 'none' ? '' : graphSiteId
var hasGraphCertificate = graphCertificateName != 'none' && !empty(graphCertificateName)
var hasAppServiceResourceProvider = appServiceResourceProviderObjectId != 'none' && !empty(appServiceResourceProviderObjectId)
var hasKeyVaultAdmin = keyVaultAdminObjectId != 'none' && !empty(keyVaultAdminObjectId)

// Built-in role definitions (ids are the same in every tenant).
var keyVaultCertificateUserRole = 'db79e9a7-68ee-4b58-9aeb-b90e7c24fcba'
var keyVaultCertificatesOfficerRole = 'a4417e6f-fecd-4de8-b567-7b0420556985'

// ---------------------------------------------------------------------------------------------
// Identity of the bot. A user-assigned identity (not the app's system identity) so that the Azure
// Bot resource can name it before the web app exists, and it survives re-creating the web app.
resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${baseName}-bot-id'
  location: location
}

// ---------------------------------------------------------------------------------------------
// Monitoring: Application Insights must be workspace-based.
resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${baseName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${baseName}-ai'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

// ---------------------------------------------------------------------------------------------
// Hosting.
resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: '${baseName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
    capacity: int(instanceCount)
  }
  properties: {
    reserved: true // Linux
  }
}

resource webApp 'Microsoft.Web/sites@2024-11-01' = {
  name: '${baseName}-app'
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${botIdentity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // No sticky sessions: any instance can answer any request (state lives in SharePoint).
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      // Starts the server without `npm start` (that would rebuild the tabs on every start;
      // `atk deploy` already built them into dist/tabs).
      appCommandLine: 'node --import tsx src/main.ts'
      // The outbox sender and the year wheel run in the process: it must not be unloaded when idle.
      alwaysOn: true
      // App Service takes an instance out of the load balancer when this stops answering 200.
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

// App settings live in their own resource because SKA_PUBLIC_URL and AAD_APP_ID_URI need the
// web app's host name. The names are exactly the ones src/config.ts reads. This resource
// replaces all app settings on every provision: change them here, not in the portal.
var appBaseSettings = {
  SKA_STAGE: 'production'
  SKA_STORE: 'graph'
  SKA_AUTH: 'entra'
  SKA_SEED_DEMO: 'false'
  // The data lives in SharePoint; a writable per-instance scratch directory, so that nothing can
  // try to write into the read-only package mount (WEBSITE_RUN_FROM_PACKAGE).
  SKA_DATA_DIR: '/tmp/ska'
  SKA_PUBLIC_URL: 'https://${webApp.properties.defaultHostName}'
  TEAMS_APP_ID: teamsAppId
  BOT_ID: botIdentity.properties.clientId
  BOT_TENANT_ID: botIdentity.properties.tenantId
  BOT_TYPE: 'UserAssignedMSI'
  AAD_APP_CLIENT_ID: aadAppClientId
  AAD_APP_ID_URI: 'api://${webApp.properties.defaultHostName}/${aadAppClientId}'
  AAD_ALLOWED_TENANTS: aadAppTenantId
  GRAPH_SITE_ID: siteId
  AZURE_TENANT_ID: aadAppTenantId
  AZURE_CLIENT_ID: aadAppClientId
  SKA_INTRANET_SITE_ID: intranetSiteId == 'none' ? '' : intranetSiteId
  SKA_BOOTSTRAP_ADMINS: bootstrapAdmins == 'none' ? '' : bootstrapAdmins
  // Units come live from Skolverket's Skolenhetsregistret (the network reaches it from Azure).
  SKOLVERKET_FETCH: 'true'
}

// Platform settings, read by App Service itself rather than by the app.
var platformSettings = {
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
  ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
  // `atk deploy` uploads a built tree (node_modules, dist/tabs); no build on the server.
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
  // Mount the uploaded zip read-only: every instance runs the same files, swapped atomically.
  WEBSITE_RUN_FROM_PACKAGE: '1'
}

// The Graph certificate, once it exists in Key Vault: App Service writes it into every instance
// as /var/ssl/private/<thumbprint>.p12 (PKCS#12, no password) when WEBSITE_LOAD_CERTIFICATES names
// its thumbprint, and AZURE_CLIENT_CERTIFICATE_PATH points the app at that file.
var certificateSettings = hasGraphCertificate ? {
  WEBSITE_LOAD_CERTIFICATES: graphCertificate!.properties.thumbprint
  AZURE_CLIENT_CERTIFICATE_PATH: '/var/ssl/private/${graphCertificate!.properties.thumbprint}.p12'
} : {}

resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: webApp
  name: 'appsettings'
  properties: union(appBaseSettings, platformSettings, certificateSettings)
}

// ---------------------------------------------------------------------------------------------
// Key Vault for the app-only Graph certificate. RBAC (no access policies); purge protection so a
// deleted certificate can be recovered (the vault name stays reserved for 90 days after deletion).
resource keyVault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: take('${baseName}-kv', 24)
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

// App Service (its resource provider, not the app) reads the certificate to import it.
resource appServiceReadsCertificates 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (hasAppServiceResourceProvider) {
  name: guid(keyVault.id, appServiceResourceProviderObjectId, keyVaultCertificateUserRole)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultCertificateUserRole)
    principalId: appServiceResourceProviderObjectId
    principalType: 'ServicePrincipal'
  }
}

// The operator creates and renews the certificate and downloads it once for provision:sharepoint.
resource adminManagesCertificates 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (hasKeyVaultAdmin) {
  name: guid(keyVault.id, keyVaultAdminObjectId, keyVaultCertificatesOfficerRole)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultCertificatesOfficerRole)
    principalId: keyVaultAdminObjectId
  }
}

resource adminReadsCertificates 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (hasKeyVaultAdmin) {
  name: guid(keyVault.id, keyVaultAdminObjectId, keyVaultCertificateUserRole)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultCertificateUserRole)
    principalId: keyVaultAdminObjectId
  }
}

// Imports the Key Vault certificate into the plan's certificate store (App Service re-syncs it from
// Key Vault within 24 hours of a renewal; a renewal changes the thumbprint, so provision again).
resource graphCertificate 'Microsoft.Web/certificates@2024-11-01' = if (hasGraphCertificate) {
  name: '${baseName}-${graphCertificateName}'
  location: location
  properties: {
    keyVaultId: keyVault.id
    keyVaultSecretName: graphCertificateName
    serverFarmId: plan.id
  }
  dependsOn: [
    appServiceReadsCertificates
  ]
}

// ---------------------------------------------------------------------------------------------
// Azure Bot. UserAssignedMSI: the bot authenticates as the managed identity above, which must live
// in the same Entra tenant as the Teams users (i.e. the Azure subscription's tenant is the M365 one).
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${baseName}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0' // Teams is a standard channel: free
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botIdentity.properties.clientId
    msaAppMSIResourceId: botIdentity.id
    msaAppTenantId: botIdentity.properties.tenantId
    msaAppType: 'UserAssignedMSI'
  }
}

resource botTeamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Outputs: written into env/.env.<env> under these names by the Agents Toolkit.
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id // used by azureAppService/zipDeploy
output AZURE_WEB_APP_NAME string = webApp.name
output TAB_DOMAIN string = webApp.properties.defaultHostName // manifest validDomains, Entra identifierUris
output TAB_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output BOT_ID string = botIdentity.properties.clientId // manifest bots[].botId
output BOT_TENANT_ID string = botIdentity.properties.tenantId
output AAD_APP_ID_URI string = 'api://${webApp.properties.defaultHostName}/${aadAppClientId}'
output KEY_VAULT_NAME string = keyVault.name
output KEY_VAULT_URI string = keyVault.properties.vaultUri
// Compare with the certificate uploaded to the app registration (Certificates & secrets).
output GRAPH_CERT_THUMBPRINT string = hasGraphCertificate ? graphCertificate!.properties.thumbprint : 'none'
