// How the page signs in. /portal/session.json says which mode the service runs in:
// - "teams" (production): inside Teams, Outlook or the Microsoft 365 app, TeamsJS gives an Entra ID
//   token for Handover's API (Teams SSO, the manifest's webApplicationInfo); the API checks it like
//   any other token. Outside a Microsoft 365 host the page says how to open it there.
// - "local" (no Entra configuration, loopback only): the page views the overview as one of the
//   configured trial people (or as the local operator), with theme and language chosen on the page.
import { app, authentication } from '@microsoft/teams-js';

export const TRIAL_USER = 'X-Handover-Trial-User';

const HOST_WAIT_MS = 3000;

export async function startSession() {
  const params = new URLSearchParams(window.location.search);
  const response = await fetch('/portal/session.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`/portal/session.json answered ${response.status}`);
  const session = await response.json();
  if (session.mode === 'local') {
    const people = session.trialPeople || [];
    const remembered = window.localStorage.getItem('handover.portal.as');
    const as = params.get('as') ?? (remembered !== null ? remembered : (people[0]?.upn ?? ''));
    return {
      mode: 'local',
      people,
      as,
      theme: params.get('theme') || window.localStorage.getItem('handover.portal.theme') || 'default',
      locale: params.get('lang') || window.navigator.language,
    };
  }
  const host = await inHost();
  if (!host) {
    return { mode: 'outside', theme: params.get('theme') || 'default', locale: params.get('lang') || window.navigator.language };
  }
  const context = await app.getContext();
  return { mode: 'teams', theme: context.app.theme || 'default', locale: context.app.locale || 'en-us' };
}

/** Whether a Microsoft 365 host (Teams, Outlook, the Microsoft 365 app) frames the page. */
async function inHost() {
  if (window.parent === window && !window.opener) return false;
  try {
    await Promise.race([
      app.initialize(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('no host')), HOST_WAIT_MS)),
    ]);
    return true;
  } catch {
    return false;
  }
}

export function onHostThemeChange(handler) {
  app.registerOnThemeChangeHandler(handler);
}

/** The overview, with the token (Teams) or the chosen trial person (local). */
export function loadOverview(session, as) {
  return load(session, as, '/api/portal/overview');
}

/** One ticket's page. */
export function loadTicket(session, as, key) {
  return load(session, as, `/api/portal/tickets/${encodeURIComponent(key)}`);
}

async function load(session, as, path) {
  const headers = { Accept: 'application/json' };
  if (session.mode === 'teams') {
    let token;
    try {
      token = await authentication.getAuthToken();
    } catch (failure) {
      const error = new Error(String(failure?.message || failure));
      error.kind = 'sign-in';
      throw error;
    }
    headers.Authorization = `Bearer ${token}`;
  }
  if (session.mode === 'local' && as) headers[TRIAL_USER] = as;
  const response = await fetch(path, { headers, cache: 'no-store' });
  if (response.status === 401 || response.status === 403) {
    const error = new Error(await reason(response));
    error.kind = response.status === 403 ? 'not-allowed' : 'sign-in';
    throw error;
  }
  if (!response.ok) throw new Error(await reason(response));
  return response.json();
}

async function reason(response) {
  try {
    const problem = await response.json();
    return problem.detail || problem.title || `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}

/** Any of the portal's pages: /api/portal/<path>, with the token or the chosen trial person. */
export function loadPage(session, as, path) {
  return load(session, as, `/api/portal/${path}`);
}
