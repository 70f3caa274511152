#!/usr/bin/env bash
# Exposes Handover's API to the Overview tab (Teams SSO, docs/portal.md "Signing in"): on the
# bot's app registration it sets the application id URI api://<bot domain>/botid-<bot app id>
# (the manifest's webApplicationInfo.resource), a delegated scope access_as_user, and pre-authorises
# the Microsoft 365 clients that host the tab for that scope, so that TeamsJS getAuthToken gets a
# token without a consent prompt. PortalPreAuthorisationTests runs it against a stand-in az.
#   infra/expose-portal-api.sh <bot app id> <bot domain> [--dry-run]
# --dry-run prints the changes instead of making them. Needs the Azure CLI (signed in as an owner
# of the app registration, or an Application Administrator) and jq. What is there already is kept:
# other identifier URIs, scopes and pre-authorised clients stay; running it again changes nothing.
# Each PATCH sends the whole "api" object (as read, with the additions), never a part of it.
# Then: handover.api.audience lists the bot app id (v2 tokens) and the api:// URI (v1 tokens).
set -euo pipefail

# The clients Microsoft lists for tab SSO ("Configure your tab app in Microsoft Entra ID").
CLIENTS=(
  1fec8e78-bce4-4aaf-ab1b-5451cc387264 # Teams desktop and mobile
  5e3ce6c0-2b1f-4285-8d4b-75ee78787346 # Teams web
  4765445b-32c6-49b0-83e6-1d93765276ca # Microsoft 365 web
  0ec893e0-5785-4de6-99da-4ed124e5296c # Microsoft 365 desktop
  d3590ed6-52b3-4102-aeff-aad2292ab01c # Microsoft 365 mobile, Outlook desktop
  bc59ab01-8403-45c6-8796-ac3ef710b3e3 # Outlook web
  27922004-5251-4030-b22d-91ecd9a37ea4 # Outlook mobile
)
SCOPE=access_as_user

usage() {
  echo "usage: $0 <bot app id (the app registration's client id)> <bot domain, e.g. handover.contoso.com> [--dry-run]" >&2
  exit 2
}
APP_ID=${1:-}
DOMAIN=${2:-}
DRY_RUN=${3:-}
[ -n "$APP_ID" ] && [ -n "$DOMAIN" ] || usage
[ -z "$DRY_RUN" ] || [ "$DRY_RUN" = "--dry-run" ] || usage
if ! [[ $APP_ID =~ ^[0-9a-fA-F-]{36}$ ]]; then
  echo "The bot app id must be a GUID (the app registration's client id), not '$APP_ID'." >&2
  exit 2
fi
if ! [[ $DOMAIN =~ ^[A-Za-z0-9.-]+(:[0-9]+)?$ ]]; then
  echo "The bot domain must be a host name (as in the manifest's validDomains), not '$DOMAIN'." >&2
  exit 2
fi
for TOOL in az jq; do
  command -v "$TOOL" >/dev/null || { echo "$TOOL is needed and not on the PATH." >&2; exit 1; }
done
URI="api://$DOMAIN/botid-$APP_ID"

APP=$(az ad app show --id "$APP_ID" -o json)
OBJECT_ID=$(jq -r '.id' <<<"$APP")
[ -n "$OBJECT_ID" ] && [ "$OBJECT_ID" != null ] || { echo "No app registration $APP_ID." >&2; exit 1; }

patch() {
  if [ "$DRY_RUN" = "--dry-run" ]; then
    echo "would PATCH applications/$OBJECT_ID: $1"
  else
    az rest --method PATCH --uri "https://graph.microsoft.com/v1.0/applications/$OBJECT_ID" \
      --headers 'Content-Type=application/json' --body "$1" >/dev/null
  fi
}

# 1. the application id URI and the scope
SCOPE_ID=$(jq -r --arg s "$SCOPE" '[.api.oauth2PermissionScopes[]? | select(.value == $s) | .id][0] // empty' <<<"$APP")
HAS_URI=$(jq --arg u "$URI" '(.identifierUris // []) | index($u) != null' <<<"$APP")
if [ -z "$SCOPE_ID" ] || [ "$HAS_URI" != true ]; then
  NEW_SCOPE_ID=${SCOPE_ID:-$(cat /proc/sys/kernel/random/uuid 2>/dev/null || uuidgen)}
  BODY=$(jq -c --arg u "$URI" --arg s "$SCOPE" --arg id "$NEW_SCOPE_ID" '{
      identifierUris: (((.identifierUris // []) + [$u]) | unique),
      api: ((.api // {}) + {
        requestedAccessTokenVersion: 2,
        oauth2PermissionScopes: ((.api.oauth2PermissionScopes // [])
          + (if any(.api.oauth2PermissionScopes[]?; .value == $s) then [] else [{
              id: $id, value: $s, type: "User", isEnabled: true,
              adminConsentDisplayName: "Use Handover as the signed-in user",
              adminConsentDescription: "Lets Teams, Outlook and the Microsoft 365 app call Handover for the signed-in user (the Overview tab).",
              userConsentDisplayName: "Use Handover as you",
              userConsentDescription: "Lets the Overview tab show what Handover holds for you."
            }] end))
      })
    }' <<<"$APP")
  patch "$BODY"
  SCOPE_ID=$NEW_SCOPE_ID
  echo "exposed: $URI with the scope $SCOPE ($SCOPE_ID)"
else
  echo "already exposed: $URI with the scope $SCOPE"
fi

# 2. the pre-authorised clients (read again: step 1 may have changed the registration)
[ "$DRY_RUN" = "--dry-run" ] || APP=$(az ad app show --id "$APP_ID" -o json)
WANTED=$(printf '%s\n' "${CLIENTS[@]}" | jq -R . | jq -sc .)
MISSING=$(jq -r --arg id "$SCOPE_ID" --argjson wanted "$WANTED" '
    [(.api.preAuthorizedApplications // []) | .[] | select(.delegatedPermissionIds | index($id)) | .appId] as $done
    | $wanted - $done | .[]' <<<"$APP")
if [ -z "$MISSING" ]; then
  echo "already pre-authorised: ${#CLIENTS[@]} Microsoft 365 clients for $SCOPE"
  exit 0
fi
BODY=$(jq -c --arg id "$SCOPE_ID" --argjson wanted "$WANTED" '
    (.api.preAuthorizedApplications // []) as $now
    | { api: ((.api // {}) + { preAuthorizedApplications: (
        [ $now[] | if (.appId as $a | $wanted | index($a)) != null
                    then .delegatedPermissionIds = ((.delegatedPermissionIds + [$id]) | unique) else . end ]
        + [ $wanted[] | select(. as $w | ($now | map(.appId) | index($w)) == null)
            | { appId: ., delegatedPermissionIds: [$id] } ]) }) }' <<<"$APP")
patch "$BODY"
while read -r CLIENT; do
  echo "pre-authorised: $CLIENT"
done <<<"$MISSING"
