import { Badge, Link, Text } from '@fluentui/react-components';
import { ListSection, Section, formats, useStyles } from './ListSection.jsx';

// One ticket: what happened (the audit trail), what each department owes and did, the
// employee's signatures, the runbook's automated steps and the offboarding guard's findings.
export function TicketPage({ t, page, locale }) {
  const styles = useStyles();
  const ticket = page.ticket;
  const { day, moment } = formats(locale);
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

      <ListSection id="timeline" title={t.timeline} t={t} rows={page.timeline} csvName={`${ticket.key}-timeline.csv`}
        empty="" columns={[
          { header: t.when, cell: (m) => moment(m.at), csv: (m) => m.at },
          { header: t.who, cell: (m) => m.actorName },
          { header: t.action, cell: (m) => m.action },
          { header: t.about, cell: (m) => m.subject },
          { header: t.why, cell: (m) => m.why || '' },
        ]} />

      {page.departments.map((d) => (
        <ListSection key={d.department} id={`tasks-${d.department}`} title={t.tasksOf(d.department)} t={t}
          rows={d.tasks} rowKey={(task) => task.id} csvName={`${ticket.key}-${d.department}.csv`} empty=""
          columns={[
            { header: t.task, cell: (task) => task.title },
            { header: t.due, cell: (task) => day(task.dueOn), csv: (task) => task.dueOn },
            {
              header: t.status,
              cell: (task) => (task.overdue ? <Badge appearance="filled" color="danger">{t.statuses[task.status]}</Badge>
                : t.statuses[task.status]),
              csv: (task) => t.statuses[task.status],
            },
            { header: t.assignee, cell: (task) => who(task.assignee) },
            {
              header: t.doneBy,
              cell: (task) => (task.completedBy ? `${who(task.completedBy)}, ${moment(task.completedAt)}` : '')
                + (task.reason ? ` (${task.reason})` : ''),
              csv: (task) => who(task.completedBy),
            },
          ]} />
      ))}

      <Signatures t={t} signatures={page.signatures} locale={locale} id="signatures"
        csvName={`${ticket.key}-signatures.csv`} />

      {ticket.kind === 'LEAVER' && (
        <ListSection id="runbook" title={t.runbook} t={t} rows={page.runbookSteps} rowKey={(task) => task.id}
          csvName={`${ticket.key}-runbook.csv`}
          empty={page.runbookStarted ? t.runbookEmpty : t.runbookNotStarted} columns={[
            { header: t.task, cell: (task) => task.title },
            { header: t.status, cell: (task) => t.statuses[task.status] + (task.dryRun ? ` (${t.dryRun})` : '') },
            { header: t.result, cell: (task) => task.result },
          ]} />
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

/** The signed handovers (receipts and returns); null: the viewer does not read the asset register. */
export function Signatures({ t, signatures, locale, id, csvName }) {
  const { moment } = formats(locale);
  const what = (s) => (s.kind === 'RECEIPT' ? t.receipt : t.returned);
  return (
    <ListSection id={id} title={t.signatures} t={t} rows={signatures} rowKey={(s) => s.id} csvName={csvName}
      hidden={t.signaturesHidden} empty={t.signaturesEmpty} columns={[
        { header: t.signed, cell: (s) => moment(s.signedAt), csv: (s) => s.signedAt },
        { header: t.what, cell: what },
        { header: t.signer, cell: (s) => s.signerName },
        { header: t.channel, cell: (s) => s.channel },
        { header: t.assets, cell: (s) => s.items.map((item) => `${item.type} ${item.serialNumber}`).join(', ') },
        { header: 'SHA-256', cell: (s) => <code>{s.contentSha256?.substring(0, 12)}…</code>, csv: (s) => s.contentSha256 },
      ]} />
  );
}
