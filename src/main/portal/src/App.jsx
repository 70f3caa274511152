import { useCallback, useEffect, useState } from 'react';
import {
  Button,
  FluentProvider,
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
import { loadOverview, loadTicket, onHostThemeChange, startSession } from './session.js';
import { Overview } from './Overview.jsx';
import { TicketPage } from './TicketPage.jsx';

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
});

export function App() {
  const [session, setSession] = useState(null);
  const [theme, setTheme] = useState(new URLSearchParams(window.location.search).get('theme') || 'default');
  const [locale, setLocale] = useState(window.navigator.language);
  const [as, setAs] = useState('');
  const [state, setState] = useState({ loading: true });
  const [route, setRoute] = useState(window.location.hash);
  const t = textsFor(locale);
  const ticketKey = route.startsWith('#/tickets/') ? decodeURIComponent(route.substring('#/tickets/'.length)) : null;

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
    if (!session || session.mode === 'outside') return;
    setState({ loading: true });
    (ticketKey ? loadTicket(session, as, ticketKey) : loadOverview(session, as))
      .then((data) => setState(ticketKey ? { ticket: data } : { overview: data }))
      .catch((error) => setState({ error }));
  }, [session, as, ticketKey]);
  useEffect(load, [load]);

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
        onAs={choose('as', setAs)}
        onTheme={choose('theme', setTheme)}
        onLocale={(event) => setLocale(event.target.value)}
        retry={load}
      />
    </FluentProvider>
  );
}

function Page({ t, session, state, locale, theme, as, onAs, onTheme, onLocale, retry }) {
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
      {state.error ? (
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
