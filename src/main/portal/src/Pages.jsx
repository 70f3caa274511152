// The department queues, the register (people and assets), a person's page, an asset's history,
// the outstanding assets of past leavers and the admin page. Each loads its own data from
// /api/portal/…; every list is a ListSection (table + CSV export).
import { useEffect, useState } from 'react';
import {
  Badge,
  Button,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { ListSection, formats, useStyles } from './ListSection.jsx';
import { Signatures } from './TicketPage.jsx';

/** Loads /api/portal/<path> (again when the path or the viewer changes). */
function usePage(api, path) {
  const [state, setState] = useState({ loading: true });
  useEffect(() => {
    if (!path) return undefined;
    let current = true;
    setState({ loading: true });
    api(path).then((data) => current && setState({ data }), (error) => current && setState({ error }));
    return () => { current = false; };
  }, [api, path]);
  return state;
}

function Loaded({ t, title, state, children }) {
  const styles = useStyles();
  if (state.error) {
    return (
      <>
        <h1 className={styles.title}>{title}</h1>
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{state.error.kind === 'not-allowed' ? t.pageNotAllowed : t.pageFailed}</MessageBarTitle>
            {state.error.message}
          </MessageBarBody>
        </MessageBar>
      </>
    );
  }
  if (state.loading || !state.data) {
    return (
      <>
        <h1 className={styles.title}>{title}</h1>
        <Spinner label={t.loadingPage} />
      </>
    );
  }
  return children(state.data);
}

const ticketLink = (key) => <Link href={`#/tickets/${encodeURIComponent(key)}`}>{key}</Link>;
const personLink = (id, name) => (id ? <Link href={`#/people/${encodeURIComponent(id)}`}>{name}</Link> : name);
const assetLink = (id, label) => <Link href={`#/assets/${encodeURIComponent(id)}`}>{label}</Link>;

// --- department queues -------------------------------------------------------------------------

export function Queues({ t, api, locale, department: initial }) {
  const styles = useStyles();
  const { day } = formats(locale);
  const [department, setDepartment] = useState(initial || '');
  const [status, setStatus] = useState('');
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => setDepartment(initial || ''), [initial]);
  const params = new URLSearchParams();
  if (department) params.set('department', department);
  if (status) params.set('status', status);
  if (query) params.set('q', query);
  const state = usePage(api, `queues${params.toString() ? `?${params}` : ''}`);
  return (
    <Loaded t={t} title={t.queues} state={state}>
      {(queues) => (
        <>
          <header className={styles.header}>
            <h1 className={styles.title}>{t.queues}</h1>
            <Text block>{t.queuesWeek(day(queues.from), day(queues.until))}</Text>
          </header>
          <form className={styles.filters} role="search" aria-label={t.filter}
            onSubmit={(event) => { event.preventDefault(); setQuery(text.trim()); }}>
            <label className={styles.field}>
              <Text size={200}>{t.department}</Text>
              <Select value={department} onChange={(event) => setDepartment(event.target.value)} aria-label={t.department}>
                <option value="">{t.allDepartments}</option>
                {queues.departments.map((key) => <option key={key} value={key}>{key}</option>)}
              </Select>
            </label>
            <label className={styles.field}>
              <Text size={200}>{t.status}</Text>
              <Select value={status} onChange={(event) => setStatus(event.target.value)} aria-label={t.status}>
                <option value="">{t.anyStatus}</option>
                {['OPEN', 'CLAIMED', 'BLOCKED'].map((key) => <option key={key} value={key}>{t.statuses[key]}</option>)}
              </Select>
            </label>
            <label className={styles.field}>
              <Text size={200}>{t.search}</Text>
              <Input value={text} onChange={(event) => setText(event.target.value)} aria-label={t.search} />
            </label>
            <Button type="submit">{t.filter}</Button>
          </form>
          <ListSection id="queue" title={t.queueTasks(department || t.allDepartments)} t={t} rows={queues.tasks}
            rowKey={(task) => task.taskId} empty={t.queueEmpty} csvName={`handover-queue-${department || 'all'}.csv`}
            columns={[
              { header: t.due, cell: (task) => day(task.dueOn), csv: (task) => task.dueOn },
              { header: t.department, cell: (task) => task.department },
              { header: t.task, cell: (task) => task.title },
              {
                header: t.status,
                cell: (task) => (
                  <>
                    {task.overdue ? <Badge appearance="filled" color="danger">{t.statuses[task.status]}</Badge>
                      : t.statuses[task.status]}
                    {task.urgent && <> <Badge appearance="tint" color="warning">{t.urgent}</Badge></>}
                  </>
                ),
                csv: (task) => t.statuses[task.status] + (task.overdue ? ` (${t.overdueWord})` : ''),
              },
              { header: t.person, cell: (task) => task.employeeName },
              { header: t.ticket, cell: (task) => ticketLink(task.ticketKey), csv: (task) => task.ticketKey },
              { header: t.assignee, cell: (task) => task.assigneeName || t.nobody, csv: (task) => task.assigneeName || '' },
            ]} />
        </>
      )}
    </Loaded>
  );
}

// --- the register ------------------------------------------------------------------------------

export function Register({ t, api, locale, query: initial }) {
  const styles = useStyles();
  const { day } = formats(locale);
  const [text, setText] = useState(initial || '');
  const [query, setQuery] = useState(initial || '');
  const state = usePage(api, query.trim().length >= 2 ? `register?q=${encodeURIComponent(query.trim())}` : null);
  return (
    <>
      <header className={styles.header}>
        <h1 className={styles.title}>{t.register}</h1>
        <Text block>{t.registerHow}</Text>
      </header>
      <form className={styles.filters} role="search" aria-label={t.register}
        onSubmit={(event) => { event.preventDefault(); setQuery(text); }}>
        <label className={styles.field}>
          <Text size={200}>{t.search}</Text>
          <Input value={text} onChange={(event) => setText(event.target.value)} aria-label={t.search} />
        </label>
        <Button type="submit" appearance="primary">{t.searchButton}</Button>
      </form>
      {query.trim().length < 2 ? <Text className={styles.empty}>{t.registerShort}</Text> : (
        <Loaded t={t} title="" state={state}>
          {(found) => (
            <>
              <ListSection id="people" title={t.people} t={t} rows={found.people} rowKey={(p) => p.id}
                empty={t.peopleEmpty} csvName="handover-people.csv" columns={[
                  { header: t.person, cell: (p) => personLink(p.id, p.name), csv: (p) => p.name },
                  { header: 'UPN', cell: (p) => p.upn || '' },
                  { header: t.manager, cell: (p) => p.managerUpn || '' },
                  { header: t.lastDay, cell: (p) => day(p.leavingOn), csv: (p) => p.leavingOn || '' },
                ]} />
              <AssetList t={t} id="assets" rows={found.assets} csvName="handover-assets.csv" />
            </>
          )}
        </Loaded>
      )}
    </>
  );
}

function AssetList({ t, id, rows, csvName }) {
  return (
    <ListSection id={id} title={t.assets} t={t} rows={rows} rowKey={(a) => a.assetId} hidden={t.assetsHidden}
      empty={t.assetsEmpty} csvName={csvName} columns={[
        { header: t.tag, cell: (a) => assetLink(a.assetId, a.tag), csv: (a) => a.tag },
        { header: t.type, cell: (a) => a.type },
        { header: t.serial, cell: (a) => a.serialNumber },
        { header: t.status, cell: (a) => t.assetStatuses[a.status] || a.status },
        { header: t.holder, cell: (a) => personLink(a.employeeId, a.employeeName || ''), csv: (a) => a.employeeName || '' },
      ]} />
  );
}

// --- a person ----------------------------------------------------------------------------------

export function PersonPage({ t, api, locale, id }) {
  const styles = useStyles();
  const { day } = formats(locale);
  const state = usePage(api, `people/${encodeURIComponent(id)}`);
  return (
    <Loaded t={t} title={t.personTitle} state={state}>
      {(page) => (
        <>
          <header className={styles.header}>
            <Link href="#/register">{t.backToRegister}</Link>
            <h1 className={styles.title}>{page.person.name}</h1>
            <Text block>
              {page.person.upn || ''}
              {page.person.managerUpn && ` · ${t.manager}: ${page.person.managerUpn}`}
              {page.person.leavingOn && ` · ${t.lastDay} ${day(page.person.leavingOn)}`}
            </Text>
          </header>
          <ListSection id="person-tickets" title={t.tickets} t={t} rows={page.tickets} rowKey={(k) => k.key}
            empty={t.ticketsEmpty} csvName={`handover-${page.person.id}-tickets.csv`} columns={[
              { header: t.ticket, cell: (k) => ticketLink(k.key), csv: (k) => k.key },
              { header: t.what, cell: (k) => t.kinds[k.kind] },
              { header: t.date, cell: (k) => day(k.date), csv: (k) => k.date },
              { header: t.status, cell: (k) => t.states[k.state] },
              { header: t.tasksOpen, cell: (k) => k.tasks.filter((task) => ['OPEN', 'CLAIMED', 'BLOCKED'].includes(task.status)).length },
            ]} />
          <ListSection id="holdings" title={t.holdings} t={t} rows={page.holdings} rowKey={(h) => h.assignmentId}
            hidden={t.assetsHidden} empty={t.holdingsEmpty} csvName={`handover-${page.person.id}-assets.csv`} columns={[
              { header: t.tag, cell: (h) => assetLink(h.assetId, h.tag), csv: (h) => h.tag },
              { header: t.type, cell: (h) => h.type },
              { header: t.serial, cell: (h) => h.serialNumber },
              { header: t.status, cell: (h) => t.assignmentStates[h.state] || h.state },
            ]} />
          <Signatures t={t} signatures={page.signatures} locale={locale} id="person-signatures"
            csvName={`handover-${page.person.id}-signatures.csv`} />
        </>
      )}
    </Loaded>
  );
}

// --- an asset ----------------------------------------------------------------------------------

export function AssetPage({ t, api, locale, id }) {
  const styles = useStyles();
  const { moment } = formats(locale);
  const state = usePage(api, `assets/${encodeURIComponent(id)}`);
  return (
    <Loaded t={t} title={t.assetTitle} state={state}>
      {(history) => {
        const records = Object.fromEntries(history.records.map((r) => [r.id, r]));
        const signed = (recordId) => (recordId && records[recordId]
          ? `${records[recordId].signerName}, ${moment(records[recordId].signedAt)}` : '');
        return (
          <>
            <header className={styles.header}>
              <Link href="#/register">{t.backToRegister}</Link>
              <h1 className={styles.title}>{`${history.asset.type} ${history.asset.tag}`}</h1>
              <Text block>
                {t.serial} {history.asset.serialNumber} · {t.assetStatuses[history.asset.status] || history.asset.status}
                {history.asset.employeeName && ` · ${t.holder}: ${history.asset.employeeName}`}
              </Text>
            </header>
            <ListSection id="periods" title={t.history} t={t} rows={history.periods} rowKey={(p) => p.assignmentId}
              empty={t.historyEmpty} csvName={`handover-${history.asset.tag}-history.csv`} columns={[
                { header: t.holder, cell: (p) => personLink(p.employeeId, p.employeeName), csv: (p) => p.employeeName },
                { header: t.issued, cell: (p) => `${moment(p.issuedAt)}${p.issuedBy ? `, ${p.issuedBy}` : ''}`,
                  csv: (p) => p.issuedAt },
                { header: t.status, cell: (p) => t.assignmentStates[p.state] || p.state },
                { header: t.receipt, cell: (p) => signed(p.receiptRecordId) },
                { header: t.returned, cell: (p) => signed(p.returnRecordId) },
                { header: t.received, cell: (p) => (p.receivedAt ? `${moment(p.receivedAt)}, ${p.receivedBy || ''}` : ''),
                  csv: (p) => p.receivedAt || '' },
                { header: t.ticket, cell: (p) => (p.ticketKey ? ticketLink(p.ticketKey) : ''), csv: (p) => p.ticketKey || '' },
              ]} />
            <Signatures t={t} signatures={history.records} locale={locale} id="asset-records"
              csvName={`handover-${history.asset.tag}-records.csv`} />
          </>
        );
      }}
    </Loaded>
  );
}

// --- outstanding assets of past leavers ---------------------------------------------------------

export function Outstanding({ t, api, locale }) {
  const styles = useStyles();
  const { day } = formats(locale);
  const [after, setAfter] = useState(null);
  const state = usePage(api, `outstanding${after ? `?after=${encodeURIComponent(after)}` : ''}`);
  return (
    <Loaded t={t} title={t.outstanding} state={state}>
      {(page) => (
        <>
          <header className={styles.header}>
            <h1 className={styles.title}>{t.outstanding}</h1>
            <Text block>{t.outstandingHow(day(page.today))}</Text>
          </header>
          <ListSection id="outstanding" title={t.outstandingList} t={t} rows={page.items}
            rowKey={(o) => o.holding.assignmentId} empty={t.outstandingEmpty} csvName="handover-outstanding.csv"
            columns={[
              { header: t.person, cell: (o) => personLink(o.employeeId, o.employeeName), csv: (o) => o.employeeName },
              { header: t.lastDay, cell: (o) => day(o.lastWorkingDay), csv: (o) => o.lastWorkingDay },
              { header: t.type, cell: (o) => o.holding.type },
              { header: t.tag, cell: (o) => assetLink(o.holding.assetId, o.holding.tag), csv: (o) => o.holding.tag },
              { header: t.serial, cell: (o) => o.holding.serialNumber },
            ]} />
          {(after || page.next) && (
            <div className={styles.filters}>
              {after && <Button onClick={() => setAfter(null)}>{t.firstPage}</Button>}
              {page.next && <Button onClick={() => setAfter(page.next)}>{t.nextPage}</Button>}
            </div>
          )}
        </>
      )}
    </Loaded>
  );
}

// --- admin -------------------------------------------------------------------------------------

export function Admin({ t, api, locale }) {
  const styles = useStyles();
  const { moment } = formats(locale);
  const state = usePage(api, 'admin');
  const list = (values) => (values || []).join(', ');
  return (
    <Loaded t={t} title={t.admin} state={state}>
      {(admin) => (
        <>
          <header className={styles.header}>
            <h1 className={styles.title}>{t.admin}</h1>
            {admin.profiles == null && <Text block>{t.adminHrOnly}</Text>}
          </header>
          {admin.profiles != null && (
            <>
              <ListSection id="profiles" title={t.profiles} t={t} rows={admin.profiles} rowKey={(p) => p.key}
                empty={t.none} csvName="handover-role-profiles.csv" columns={[
                  { header: t.key, cell: (p) => p.key },
                  { header: t.name, cell: (p) => p.title },
                  { header: t.accessGroups, cell: (p) => list(p.accessGroups) },
                  { header: t.applications, cell: (p) => list(p.applications) },
                  { header: t.assets, cell: (p) => list((p.assets || []).map((a) => a.type || a.model || a.key)) },
                ]} />
              <ListSection id="applications" title={t.applications} t={t} rows={admin.applications}
                rowKey={(a) => a.key} empty={t.none} csvName="handover-applications.csv" columns={[
                  { header: t.key, cell: (a) => a.key },
                  { header: t.name, cell: (a) => a.name },
                  { header: t.owner, cell: (a) => (a.owner ? `${a.owner.kind} ${a.owner.id}` : '') },
                  { header: t.federated, cell: (a) => (a.federated ? t.yes : t.no) },
                  { header: t.accessGroups, cell: (a) => a.accessGroup || '' },
                  { header: t.usedBy, cell: (a) => list(a.usedBy) },
                ]} />
              <ListSection id="admin-departments" title={t.departmentsAdmin} t={t} rows={admin.departments}
                rowKey={(d) => d.key} empty={t.none} csvName="handover-departments-links.csv" columns={[
                  { header: t.key, cell: (d) => d.key },
                  { header: t.name, cell: (d) => d.name },
                  { header: t.members, cell: (d) => list(d.members) },
                  { header: t.group, cell: (d) => d.membersGroup || '' },
                  { header: t.lead, cell: (d) => d.lead || '' },
                  { header: t.channels, cell: (d) => list(d.channels.map((c) => c.channelName || c.channelId)) },
                  { header: t.requested, cell: (d) => list(d.requested.map((c) => c.channelName || c.channelId)) },
                ]} />
            </>
          )}
          <ListSection id="hr-sources" title={t.hrSources} t={t} rows={admin.hrSources} rowKey={(s) => s.system}
            empty={t.hrSourcesEmpty} csvName="handover-hr-sources.csv" columns={[
              { header: t.system, cell: (s) => s.system },
              { header: t.lastRun, cell: (s) => (s.status?.lastRunAt ? moment(s.status.lastRunAt) : t.neverRan),
                csv: (s) => s.status?.lastRunAt || '' },
              { header: t.lastSuccess, cell: (s) => moment(s.status?.lastSuccessAt), csv: (s) => s.status?.lastSuccessAt || '' },
              {
                header: t.status,
                cell: (s) => (s.status?.failures > 0 ? <Badge appearance="filled" color="danger">{t.failing}</Badge>
                  : s.status ? t.ok : t.neverRan),
                csv: (s) => (s.status?.failures > 0 ? t.failing : s.status ? t.ok : t.neverRan),
              },
              { header: t.detail, cell: (s) => (s.status?.failures > 0 ? s.status.lastFailure || '' : '') },
            ]} />
          <ListSection id="job-profiles" title={t.jobProfiles} t={t} rows={admin.jobProfiles} rowKey={(m) => m.job}
            empty={t.jobProfilesEmpty} csvName="handover-job-profiles.csv" columns={[
              { header: t.job, cell: (m) => m.job },
              { header: t.profile, cell: (m) => m.profile },
              { header: t.changed, cell: (m) => `${moment(m.updatedAt)}${m.updatedBy ? `, ${m.updatedBy}` : ''}`,
                csv: (m) => m.updatedAt },
            ]} />
        </>
      )}
    </Loaded>
  );
}
