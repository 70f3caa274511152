import { useCallback, useEffect, useState } from 'react';
import {
  Button,
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Text,
  makeStyles,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  tokens,
} from '@fluentui/react-components';
import { languageOf, textsFor } from './i18n.js';
import { loadOverview, loadPage, loadTicket, onHostThemeChange, startSession } from './session.js';
import { Overview } from './Overview.jsx';
import { TicketPage } from './TicketPage.jsx';
import { Admin, AssetPage, Outstanding, PersonPage, Queues, Register } from './Pages.jsx';

const THEMES = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    marginBottom: tokens.spacingVerticalM,
  },
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  nav: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** The page a hash names: #/tickets/KEY, #/queues[/DEPT], #/register, #/people/ID, #/assets/KEY, #/outstanding, #/admin. */
export function routeOf(hash) {
  const decode = (part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part; // a malformed %-sequence stays as typed
    }
  };
  const parts = (hash || '').replace(/^#\/?/, '').split('/').map(decode);
  const [page, id] = parts;
  if (['tickets', 'people', 'assets'].includes(page) && id) return { page, id };
  if (['queues', 'register', 'outstanding', 'admin'].includes(page)) return { page, id };
  return { page: 'overview' };
}

const PAGES = ['overview', 'queues', 'register', 'outstanding', 'admin'];

export function App() {
  const [session, setSession] = useState(null);
  const [theme, setTheme] = useState(new URLSearchParams(window.location.search).get('theme') || 'default');
  const [locale, setLocale] = useState(window.navigator.language);
  const [as, setAs] = useState('');
  const [state, setState] = useState({ loading: true });
  const [route, setRoute] = useState(window.location.hash);
  const t = textsFor(locale);
  const routed = routeOf(route);
  const ticketKey = routed.page === 'tickets' ? routed.id : null;
  const own = routed.page === 'overview' || routed.page === 'tickets';

  useEffect(() => {
    const changed = () => setRoute(window.location.hash);
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);

  useEffect(() => {
    startSession()
      .then((started) => {
        setSession(started);
        setTheme(started.theme);
        setLocale(started.locale);
        setAs(started.as ?? '');
        if (started.mode === 'teams') onHostThemeChange((changed) => setTheme(changed));
      })
      .catch((failure) => setState({ error: failure }));
  }, []);

  useEffect(() => {
    document.documentElement.lang = languageOf(locale);
    document.title = `Handover – ${t.title}`;
  }, [locale, t.title]);

  const load = useCallback(() => {
    if (!session || session.mode === 'outside' || !own) return;
    setState({ loading: true });
    (ticketKey ? loadTicket(session, as, ticketKey) : loadOverview(session, as))
      .then((data) => setState(ticketKey ? { ticket: data } : { overview: data }))
      .catch((error) => setState({ error }));
  }, [session, as, ticketKey, own]);
  useEffect(load, [load]);
  const api = useCallback((path) => loadPage(session, as, path), [session, as]);

  const choose = (key, setter) => (event) => {
    setter(event.target.value);
    window.localStorage.setItem(`handover.portal.${key}`, event.target.value);
  };

  return (
    <FluentProvider theme={THEMES[theme] || teamsLightTheme} className={useStyles().page}>
      <Page
        t={t}
        session={session}
        state={state}
        locale={locale}
        theme={theme}
        as={as}
        routed={routed}
        api={api}
        onAs={choose('as', setAs)}
        onTheme={choose('theme', setTheme)}
        onLocale={(event) => setLocale(event.target.value)}
        retry={load}
      />
    </FluentProvider>
  );
}

function Page({ t, session, state, locale, theme, as, routed, api, onAs, onTheme, onLocale, retry }) {
  const styles = useStyles();
  if (session?.mode === 'outside') {
    return (
      <main>
        <h1>{t.title}</h1>
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{t.openInTeams}</MessageBarTitle>
            {t.openInTeamsHow}
          </MessageBarBody>
        </MessageBar>
      </main>
    );
  }
  return (
    <main>
      {session?.mode === 'local' && (
        <div className={styles.bar} role="group" aria-label="Local trial">
          <label className={styles.field}>
            <Text size={200}>{t.viewAs}</Text>
            <Select value={as} onChange={onAs} aria-label={t.viewAs}>
              {session.people.map((person) => (
                <option key={person.upn} value={person.upn}>{person.name}</option>
              ))}
              <option value="">{t.operator}</option>
            </Select>
          </label>
          <label className={styles.field}>
            <Text size={200}>{t.theme}</Text>
            <Select value={theme} onChange={onTheme} aria-label={t.theme}>
              {Object.entries(t.themes).map(([key, name]) => <option key={key} value={key}>{name}</option>)}
            </Select>
          </label>
          <label className={styles.field}>
            <Text size={200}>{t.language}</Text>
            <Select value={locale.toLowerCase().startsWith('nl') ? 'nl-nl' : 'en-us'} onChange={onLocale}
              aria-label={t.language}>
              <option value="en-us">English</option>
              <option value="nl-nl">Nederlands</option>
            </Select>
          </label>
        </div>
      )}
      {session && (
        <nav className={styles.nav} aria-label={t.nav}>
          {PAGES.map((page) => (
            <Link key={page} href={page === 'overview' ? '#/' : `#/${page}`}
              aria-current={routed.page === page ? 'page' : undefined}>
              {page === 'overview' ? t.navOverview : t[page]}
            </Link>
          ))}
        </nav>
      )}
      {!session && !state.error ? (
        <>
          <h1>{t.title}</h1>
          <Spinner label={t.loading} />
        </>
      ) : session && routed.page === 'queues' ? <Queues t={t} api={api} locale={locale} department={routed.id} />
        : session && routed.page === 'register' ? <Register t={t} api={api} locale={locale} query={routed.id} />
          : session && routed.page === 'people' ? <PersonPage t={t} api={api} locale={locale} id={routed.id} />
            : session && routed.page === 'assets' ? <AssetPage t={t} api={api} locale={locale} id={routed.id} />
              : session && routed.page === 'outstanding' ? <Outstanding t={t} api={api} locale={locale} />
                : session && routed.page === 'admin' ? <Admin t={t} api={api} locale={locale} />
                  : state.error ? (
        <>
          <h1>{t.title}</h1>
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>
                {state.error.kind === 'not-allowed' ? t.notAllowed
                  : state.error.kind === 'sign-in' ? t.signInFailed : t.failed}
              </MessageBarTitle>
              {state.error.kind === 'not-allowed' ? t.notAllowedHow
                : state.error.kind === 'sign-in' ? t.signInFailedHow(state.error.message) : state.error.message}
            </MessageBarBody>
          </MessageBar>
          <Button onClick={retry}>{t.retry}</Button>
        </>
      ) : state.ticket ? (
        <TicketPage t={t} page={state.ticket} locale={locale} />
      ) : state.overview ? (
        <Overview t={t} overview={state.overview} locale={locale} />
      ) : (
        <>
          <h1>{t.title}</h1>
          <Spinner label={t.loading} />
        </>
      )}
    </main>
  );
}
