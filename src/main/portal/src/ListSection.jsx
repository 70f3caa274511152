// The one list component of the portal: a titled section with a labelled table (or a note when
// empty) and "Export CSV" of exactly what the table lists. Every page's lists are ListSections;
// a page says only its columns: header, how a cell shows and what the CSV holds.
import {
  Button,
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
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    marginBottom: tokens.spacingVerticalM,
  },
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

/** A titled section; `csv` (a function) adds the export button. */
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

/**
 * A list as a section with a table and its CSV export.
 * - columns: [{ header, cell: (row) => shown, csv: (row) => exported (default: cell when not an element) }]
 * - rows, rowKey: (row, index) => key
 * - empty: the note when there are no rows; hidden: the note when the viewer may not see the list (rows null)
 * - csvName: the export's file name (no export without it); note: shown above the table
 */
export function ListSection({ id, title, t, columns, rows, rowKey, empty, hidden, csvName, note }) {
  const styles = useStyles();
  const exported = (column, row) => {
    if (column.csv) return column.csv(row);
    const shown = column.cell(row);
    return typeof shown === 'object' && shown !== null ? '' : shown;
  };
  const csv = csvName && rows && rows.length > 0
    ? () => download(csvName, columns.map((column) => column.header),
      rows.map((row) => columns.map((column) => exported(column, row))))
    : null;
  return (
    <Section id={id} title={title} t={t} csv={csv}>
      {rows == null ? <Text className={styles.empty}>{hidden}</Text>
        : rows.length === 0 ? <Text className={styles.empty}>{empty}</Text> : (
          <>
            {note && <Text block>{note}</Text>}
            <Table className={styles.table} aria-labelledby={`${id}-title`} size="small">
              <TableHeader>
                <TableRow>
                  {columns.map((column) => <TableHeaderCell key={column.header}>{column.header}</TableHeaderCell>)}
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((row, index) => (
                  <TableRow key={rowKey ? rowKey(row, index) : index}>
                    {columns.map((column) => <TableCell key={column.header}>{column.cell(row)}</TableCell>)}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
    </Section>
  );
}

/** Dates as the locale writes them. */
export function formats(locale) {
  return {
    day: (iso) => (iso ? new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' })
      .format(new Date(`${iso}T12:00:00`)) : ''),
    moment: (iso) => (iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
      .format(new Date(iso)) : ''),
  };
}
