#!/usr/bin/env bash
# Grants Handover's identity exactly the Microsoft Graph application permissions of
# docs/graph-permissions.md (GraphPermissionsTests keeps the two the same).
#   infra/grant-graph-permissions.sh <service principal object id>
# The principal: the web app's managed identity ($WEB_APP_IDENTITY, the default), or the
# bot's app registration's service principal with graphAuthentication=clientSecret.
# Needs the Azure CLI signed in as someone who may grant admin consent. Permissions granted
# already are skipped. ChannelMessage.Read.Group is resource-specific consent: it comes with
# the Teams app (manifest), not from this script.
set -euo pipefail

PERMISSIONS=(
  Organization.Read.All
  User.Read.All
  AuditLog.Read.All
  GroupMember.Read.All
  Directory.Read.All
  User.ReadWrite.All
  User.EnableDisableAccount.All
  User.RevokeSessions.All
  GroupMember.ReadWrite.All
  LicenseAssignment.Read.All
  LicenseAssignment.ReadWrite.All
  UserAuthenticationMethod.ReadWrite.All
  DeviceManagementManagedDevices.Read.All
  DeviceManagementManagedDevices.PrivilegedOperations.All
  DeviceManagementServiceConfig.ReadWrite.All
  MailboxSettings.ReadWrite
  Files.ReadWrite.All
)

PRINCIPAL=${1:?usage: $0 <service principal object id of Handover\'s identity>}
GRAPH_APP=00000003-0000-0000-c000-000000000000
GRAPH_SP=$(az ad sp show --id "$GRAPH_APP" --query id -o tsv)
GRANTED=$(az rest --method GET \
  --uri "https://graph.microsoft.com/v1.0/servicePrincipals/$PRINCIPAL/appRoleAssignments" \
  --query "value[?resourceId=='$GRAPH_SP'].appRoleId" -o tsv)

for PERMISSION in "${PERMISSIONS[@]}"; do
  ROLE=$(az ad sp show --id "$GRAPH_APP" --query "appRoles[?value=='$PERMISSION'].id" -o tsv)
  if [ -z "$ROLE" ]; then
    echo "Microsoft Graph has no application permission $PERMISSION" >&2
    exit 1
  fi
  if grep -qx "$ROLE" <<<"$GRANTED"; then
    echo "already granted: $PERMISSION"
    continue
  fi
  az rest --method POST \
    --uri "https://graph.microsoft.com/v1.0/servicePrincipals/$PRINCIPAL/appRoleAssignments" \
    --body "{\"principalId\":\"$PRINCIPAL\",\"resourceId\":\"$GRAPH_SP\",\"appRoleId\":\"$ROLE\"}" >/dev/null
  echo "granted: $PERMISSION"
done
