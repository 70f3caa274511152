import {
  Badge,
  Link,
  Button,
  Card,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { download } from './csv.js';

export const useStyles = makeStyles({
  header: { marginBottom: tokens.spacingVerticalM },
  title: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: 600, margin: 0 },
  summary: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalL,
  },
  figure: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: 600 },
  section: { marginBottom: tokens.spacingVerticalXL },
  sectionHead: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    justifyContent: 'space-between',
  },
  h2: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: 600, margin: 0 },
  scroll: { overflowX: 'auto', backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium },
  empty: { color: tokens.colorNeutralForeground2 },
  // narrower than this (the Outlook side pane, a phone) the table scrolls sideways instead of squeezing
  table: { minWidth: '640px' },
  leaver: { marginBottom: tokens.spacingVerticalS },
  findings: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
});

export function Overview({ t, overview, locale }) {
  const styles = useStyles();
  const day = (iso) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' })
    .format(new Date(`${iso}T12:00:00`));
  const moment = (iso) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
    .format(new Date(iso));
  const viewer = overview.viewer;
  const sees = viewer.sees === 'all' ? t.seesAll
    : viewer.sees === 'part' ? t.seesPart(viewer.departments, viewer.reports) : t.seesNone;
  const openTasks = overview.departments.reduce((sum, department) => sum + department.openTasks, 0);
  const kind = (k) => (k === 'JOINER' ? t.starts : t.lastDay);

  return (
    <>
      <header className={styles.header}>
        <h1 className={styles.title}>{t.title}</h1>
        <Text block>{viewer.name} · {sees}</Text>
      </header>

      <section aria-label={t.summary} className={styles.summary}>
        <Figure label={t.comingCount} value={overview.coming.length} />
        <Figure label={t.openTasks} value={openTasks} />
        <Figure label={t.overdueCount} value={overview.overdueTotal} />
        <Figure label={t.leaversCount} value={overview.leavers.length} />
      </section>

      <Section id="coming" title={t.coming(day(overview.until))} t={t}
        csv={overview.coming.length > 0 && (() => download('handover-coming.csv',
          [t.date, t.what, t.person, t.ticket, t.tasksOpen, t.lateNotice],
          overview.coming.map((c) => [c.date, kind(c.kind), c.employeeName, c.ticketKey, c.openTasks,
            c.lateNotice ? t.lateNotice : ''])))}>
        {overview.coming.length === 0 ? <Text className={styles.empty}>{t.comingEmpty}</Text> : (
          <Table className={styles.table} aria-labelledby="coming-title" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.date}</TableHeaderCell>
                <TableHeaderCell>{t.what}</TableHeaderCell>
                <TableHeaderCell>{t.person}</TableHeaderCell>
                <TableHeaderCell>{t.ticket}</TableHeaderCell>
                <TableHeaderCell>{t.tasksOpen}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {overview.coming.map((c) => (
                <TableRow key={c.ticketKey}>
                  <TableCell>{day(c.date)}</TableCell>
                  <TableCell>
                    <Badge appearance="tint" color={c.kind === 'JOINER' ? 'brand' : 'informative'}>{kind(c.kind)}</Badge>
                    {c.lateNotice && <> <Badge appearance="tint" color="warning">{t.lateNotice}</Badge></>}
                  </TableCell>
                  <TableCell>{c.employeeName}</TableCell>
                  <TableCell><Link href={`#/tickets/${c.ticketKey}`}>{c.ticketKey}</Link></TableCell>
                  <TableCell>{c.openTasks} / {c.tasks}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>

      <Section id="departments" title={t.departments} t={t}
        csv={overview.departments.length > 0 && (() => download('handover-departments.csv',
          [t.department, t.openTickets, t.openTasks, t.overdueCount],
          overview.departments.map((d) => [d.department, d.openTickets, d.openTasks, d.overdueTasks])))}>
        {overview.departments.length === 0 ? <Text className={styles.empty}>{t.departmentsEmpty}</Text> : (
          <Table className={styles.table} aria-labelledby="departments-title" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.department}</TableHeaderCell>
                <TableHeaderCell>{t.openTickets}</TableHeaderCell>
                <TableHeaderCell>{t.openTasks}</TableHeaderCell>
                <TableHeaderCell>{t.overdueCount}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {overview.departments.map((d) => (
                <TableRow key={d.department}>
                  <TableCell>{d.department}</TableCell>
                  <TableCell>{d.openTickets}</TableCell>
                  <TableCell>{d.openTasks}</TableCell>
                  <TableCell>
                    {d.overdueTasks > 0 ? <Badge appearance="filled" color="danger">{d.overdueTasks}</Badge> : 0}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>

      <Section id="overdue" title={t.overdue} t={t}
        csv={overview.overdue.length > 0 && (() => download('handover-overdue.csv',
          [t.due, t.daysLate, t.department, t.task, t.person, t.ticket, t.assignee],
          overview.overdue.map((o) => [o.dueOn, o.daysOverdue, o.department, o.title, o.employeeName, o.ticketKey,
            o.assigneeName || ''])))}>
        {overview.overdue.length === 0 ? <Text className={styles.empty}>{t.overdueEmpty}</Text> : (
          <>
            {overview.overdueTotal > overview.overdue.length && (
              <Text block>{t.overdueMore(overview.overdue.length, overview.overdueTotal)}</Text>
            )}
            <Table className={styles.table} aria-labelledby="overdue-title" size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t.due}</TableHeaderCell>
                  <TableHeaderCell>{t.daysLate}</TableHeaderCell>
                  <TableHeaderCell>{t.department}</TableHeaderCell>
                  <TableHeaderCell>{t.task}</TableHeaderCell>
                  <TableHeaderCell>{t.person}</TableHeaderCell>
                  <TableHeaderCell>{t.ticket}</TableHeaderCell>
                  <TableHeaderCell>{t.assignee}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {overview.overdue.map((o) => (
                  <TableRow key={o.taskId + o.ticketKey}>
                    <TableCell>{day(o.dueOn)}</TableCell>
                    <TableCell><Badge appearance="filled" color="danger">{o.daysOverdue}</Badge></TableCell>
                    <TableCell>{o.department}</TableCell>
                    <TableCell>{o.title}</TableCell>
                    <TableCell>{o.employeeName}</TableCell>
                    <TableCell><Link href={`#/tickets/${o.ticketKey}`}>{o.ticketKey}</Link></TableCell>
                    <TableCell>{o.assigneeName || t.nobody}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </Section>

      <Section id="leavers" title={t.leavers} t={t}
        csv={overview.leavers.length > 0 && (() => download('handover-leavers.csv',
          [t.person, t.lastDay, t.ticket, t.department, t.task],
          overview.leavers.flatMap((l) => [...l.residues, ...l.unobservable]
            .map((f) => [l.employeeName, l.lastDay, l.ticketKey, f.department, f.text]))))}>
        {overview.leavers.length === 0 ? <Text className={styles.empty}>{t.leaversEmpty}</Text> : (
          overview.leavers.map((l) => (
            <Card key={l.ticketKey} className={styles.leaver}>
              <Text weight="semibold">
                {l.employeeName} · {t.lastDay} {day(l.lastDay)} · <Link href={`#/tickets/${l.ticketKey}`}>{l.ticketKey}</Link>
              </Text>
              <Text size={200}>{t.checkedAt(moment(l.checkedAt))}</Text>
              <ul className={styles.findings}>
                {l.residues.map((f, i) => <li key={`r${i}`}>{f.department}: {f.text}</li>)}
                {l.unobservable.map((f, i) => (
                  <li key={`u${i}`}><Badge appearance="tint" color="warning">{t.cannotObserve}</Badge> {f.text}</li>
                ))}
              </ul>
            </Card>
          ))
        )}
      </Section>
    </>
  );
}

function Figure({ label, value }) {
  const styles = useStyles();
  return (
    <Card>
      <Text className={styles.figure} aria-hidden="true">{value}</Text>
      <Text>
        <span aria-hidden="true">{label}</span>
        <span style={{ position: 'absolute', left: '-10000px' }}>{`${label}: ${value}`}</span>
      </Text>
    </Card>
  );
}

export function Section({ id, title, t, csv, children }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={`${id}-title`}>
      <div className={styles.sectionHead}>
        <h2 id={`${id}-title`} className={styles.h2}>{title}</h2>
        {csv && <Button size="small" onClick={csv} aria-label={t.exportLabel(title)}>{t.exportCsv}</Button>}
      </div>
      {/* scrolls sideways when narrow (the Outlook side pane): reachable by keyboard */}
      <div className={styles.scroll} tabIndex={0} role="group" aria-labelledby={`${id}-title`}>{children}</div>
    </section>
  );
}
