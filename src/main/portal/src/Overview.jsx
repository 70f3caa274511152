import { Badge, Card, Link, Text } from '@fluentui/react-components';
import { download } from './csv.js';
import { ListSection, Section, formats, useStyles } from './ListSection.jsx';

export function Overview({ t, overview, locale }) {
  const styles = useStyles();
  const { day, moment } = formats(locale);
  const viewer = overview.viewer;
  const sees = viewer.sees === 'all' ? t.seesAll
    : viewer.sees === 'part' ? t.seesPart(viewer.departments, viewer.reports) : t.seesNone;
  const openTasks = overview.departments.reduce((sum, department) => sum + department.openTasks, 0);
  const kind = (k) => (k === 'JOINER' ? t.starts : t.lastDay);
  const ticketLink = (key) => <Link href={`#/tickets/${key}`}>{key}</Link>;

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

      <ListSection id="coming" title={t.coming(day(overview.until))} t={t} rows={overview.coming}
        rowKey={(c) => c.ticketKey} empty={t.comingEmpty} csvName="handover-coming.csv" columns={[
          { header: t.date, cell: (c) => day(c.date), csv: (c) => c.date },
          {
            header: t.what,
            cell: (c) => (
              <>
                <Badge appearance="tint" color={c.kind === 'JOINER' ? 'brand' : 'informative'}>{kind(c.kind)}</Badge>
                {c.lateNotice && <> <Badge appearance="tint" color="warning">{t.lateNotice}</Badge></>}
              </>
            ),
            csv: (c) => kind(c.kind) + (c.lateNotice ? ` (${t.lateNotice})` : ''),
          },
          { header: t.person, cell: (c) => c.employeeName },
          { header: t.ticket, cell: (c) => ticketLink(c.ticketKey), csv: (c) => c.ticketKey },
          { header: t.tasksOpen, cell: (c) => `${c.openTasks} / ${c.tasks}`, csv: (c) => c.openTasks },
        ]} />

      <ListSection id="departments" title={t.departments} t={t} rows={overview.departments}
        rowKey={(d) => d.department} empty={t.departmentsEmpty} csvName="handover-departments.csv" columns={[
          { header: t.department, cell: (d) => <Link href={`#/queues/${d.department}`}>{d.department}</Link>,
            csv: (d) => d.department },
          { header: t.openTickets, cell: (d) => d.openTickets },
          { header: t.openTasks, cell: (d) => d.openTasks },
          {
            header: t.overdueCount,
            cell: (d) => (d.overdueTasks > 0 ? <Badge appearance="filled" color="danger">{d.overdueTasks}</Badge> : 0),
            csv: (d) => d.overdueTasks,
          },
        ]} />

      <ListSection id="overdue" title={t.overdue} t={t} rows={overview.overdue}
        rowKey={(o) => o.taskId + o.ticketKey} empty={t.overdueEmpty} csvName="handover-overdue.csv"
        note={overview.overdueTotal > overview.overdue.length
          ? t.overdueMore(overview.overdue.length, overview.overdueTotal) : null}
        columns={[
          { header: t.due, cell: (o) => day(o.dueOn), csv: (o) => o.dueOn },
          { header: t.daysLate, cell: (o) => <Badge appearance="filled" color="danger">{o.daysOverdue}</Badge>,
            csv: (o) => o.daysOverdue },
          { header: t.department, cell: (o) => o.department },
          { header: t.task, cell: (o) => o.title },
          { header: t.person, cell: (o) => o.employeeName },
          { header: t.ticket, cell: (o) => ticketLink(o.ticketKey), csv: (o) => o.ticketKey },
          { header: t.assignee, cell: (o) => o.assigneeName || t.nobody, csv: (o) => o.assigneeName || '' },
        ]} />

      <Section id="leavers" title={t.leavers} t={t}
        csv={overview.leavers.length > 0 && (() => download('handover-leavers.csv',
          [t.person, t.lastDay, t.ticket, t.department, t.task],
          overview.leavers.flatMap((l) => [...l.residues, ...l.unobservable]
            .map((f) => [l.employeeName, l.lastDay, l.ticketKey, f.department, f.text]))))}>
        {overview.leavers.length === 0 ? <Text className={styles.empty}>{t.leaversEmpty}</Text> : (
          overview.leavers.map((l) => (
            <Card key={l.ticketKey} className={styles.leaver}>
              <Text weight="semibold">
                {l.employeeName} · {t.lastDay} {day(l.lastDay)} · {ticketLink(l.ticketKey)}
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
