import {
  Badge,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { download } from './csv.js';
import { Section, useStyles } from './Overview.jsx';

// One ticket: what happened (the audit trail), what each department owes and did, the
// employee's signatures, the runbook's automated steps and the offboarding guard's findings.
export function TicketPage({ t, page, locale }) {
  const styles = useStyles();
  const ticket = page.ticket;
  const day = (iso) => (iso ? new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' })
    .format(new Date(`${iso}T12:00:00`)) : '');
  const moment = (iso) => (iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
    .format(new Date(iso)) : '');
  const who = (actor) => (actor ? actor.name : '');

  return (
    <>
      <header className={styles.header}>
        <Link href="#/">{t.backToOverview}</Link>
        <h1 className={styles.title}>{t.ticketHeading(t.kinds[ticket.kind], ticket.employee.name, ticket.key)}</h1>
        <Text block>
          {t.dateOf[ticket.kind]} {day(ticket.date)} · {t.states[ticket.state]}
          {ticket.lateNotice && <> · <Badge appearance="tint" color="warning">{t.lateNotice}</Badge></>}
        </Text>
      </header>

      <Section id="timeline" title={t.timeline} t={t}
        csv={page.timeline.length > 0 && (() => download(`${ticket.key}-timeline.csv`,
          [t.when, t.who, t.action, t.about, t.why],
          page.timeline.map((m) => [m.at, m.actorName, m.action, m.subject, m.why || ''])))}>
        <Table className={styles.table} aria-labelledby="timeline-title" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.when}</TableHeaderCell>
              <TableHeaderCell>{t.who}</TableHeaderCell>
              <TableHeaderCell>{t.action}</TableHeaderCell>
              <TableHeaderCell>{t.about}</TableHeaderCell>
              <TableHeaderCell>{t.why}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {page.timeline.map((m, i) => (
              <TableRow key={i}>
                <TableCell>{moment(m.at)}</TableCell>
                <TableCell>{m.actorName}</TableCell>
                <TableCell>{m.action}</TableCell>
                <TableCell>{m.subject}</TableCell>
                <TableCell>{m.why || ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>

      {page.departments.map((d) => (
        <Section key={d.department} id={`tasks-${d.department}`} title={t.tasksOf(d.department)} t={t}
          csv={() => download(`${ticket.key}-${d.department}.csv`, [t.task, t.due, t.status, t.assignee, t.doneBy],
            d.tasks.map((task) => [task.title, task.dueOn, t.statuses[task.status], who(task.assignee),
              who(task.completedBy)]))}>
          <Table className={styles.table} aria-labelledby={`tasks-${d.department}-title`} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.task}</TableHeaderCell>
                <TableHeaderCell>{t.due}</TableHeaderCell>
                <TableHeaderCell>{t.status}</TableHeaderCell>
                <TableHeaderCell>{t.assignee}</TableHeaderCell>
                <TableHeaderCell>{t.doneBy}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {d.tasks.map((task) => (
                <TableRow key={task.id}>
                  <TableCell>{task.title}</TableCell>
                  <TableCell>{day(task.dueOn)}</TableCell>
                  <TableCell>
                    {task.overdue ? <Badge appearance="filled" color="danger">{t.statuses[task.status]}</Badge>
                      : t.statuses[task.status]}
                  </TableCell>
                  <TableCell>{who(task.assignee)}</TableCell>
                  <TableCell>
                    {task.completedBy ? `${who(task.completedBy)}, ${moment(task.completedAt)}` : ''}
                    {task.reason ? ` (${task.reason})` : ''}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Section>
      ))}

      <Section id="signatures" title={t.signatures} t={t}
        csv={page.signatures?.length > 0 && (() => download(`${ticket.key}-signatures.csv`,
          [t.signed, t.what, t.signer, t.channel, t.assets, 'SHA-256'],
          page.signatures.map((s) => [s.signedAt, s.kind === 'RECEIPT' ? t.receipt : t.returned, s.signerName,
            s.channel, s.items.map((item) => `${item.type} ${item.serialNumber}`).join('; '), s.contentSha256])))}>
        {page.signatures == null ? <Text className={styles.empty}>{t.signaturesHidden}</Text>
          : page.signatures.length === 0 ? <Text className={styles.empty}>{t.signaturesEmpty}</Text> : (
            <Table className={styles.table} aria-labelledby="signatures-title" size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t.signed}</TableHeaderCell>
                  <TableHeaderCell>{t.what}</TableHeaderCell>
                  <TableHeaderCell>{t.signer}</TableHeaderCell>
                  <TableHeaderCell>{t.channel}</TableHeaderCell>
                  <TableHeaderCell>{t.assets}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {page.signatures.map((s) => (
                  <TableRow key={s.id}>
                    <TableCell>{moment(s.signedAt)}</TableCell>
                    <TableCell>{s.kind === 'RECEIPT' ? t.receipt : t.returned}</TableCell>
                    <TableCell>{s.signerName}</TableCell>
                    <TableCell>{s.channel}</TableCell>
                    <TableCell>{s.items.map((item) => `${item.type} ${item.serialNumber}`).join(', ')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
      </Section>

      {ticket.kind === 'LEAVER' && (
        <Section id="runbook" title={t.runbook} t={t}>
          {!page.runbookStarted && page.runbookSteps.length === 0 ? (
            <Text className={styles.empty}>{t.runbookNotStarted}</Text>
          ) : page.runbookSteps.length === 0 ? <Text className={styles.empty}>{t.runbookEmpty}</Text> : (
            <Table className={styles.table} aria-labelledby="runbook-title" size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t.task}</TableHeaderCell>
                  <TableHeaderCell>{t.status}</TableHeaderCell>
                  <TableHeaderCell>{t.result}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {page.runbookSteps.map((task) => (
                  <TableRow key={task.id}>
                    <TableCell>{task.title}</TableCell>
                    <TableCell>{t.statuses[task.status]}{task.dryRun ? ` (${t.dryRun})` : ''}</TableCell>
                    <TableCell>{task.result}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Section>
      )}

      {ticket.kind === 'LEAVER' && (
        <Section id="guard" title={t.guard} t={t}>
          {!page.guard ? <Text className={styles.empty}>{t.guardNotYet}</Text> : (
            <>
              <Text size={200} block>{t.checkedAt(moment(page.guard.checkedAt))}</Text>
              {page.guard.residues.length === 0 && page.guard.unobservable.length === 0
                ? <Text>{t.nothingLeftBehind}</Text> : (
                  <ul className={styles.findings}>
                    {page.guard.residues.map((f, i) => <li key={`r${i}`}>{f.department}: {f.text}</li>)}
                    {page.guard.unobservable.map((f, i) => (
                      <li key={`u${i}`}><Badge appearance="tint" color="warning">{t.cannotObserve}</Badge> {f.text}</li>
                    ))}
                  </ul>
                )}
            </>
          )}
        </Section>
      )}
    </>
  );
}
