// CSV export of a list as shown. A cell that a spreadsheet would run as a formula
// (starting with = + - @, a tab or a carriage return) is prefixed with ' (OWASP CSV injection);
// a plain number (-12, +31, -1,5) keeps its sign. The same rule as the server's
// io.handover.imports.Csv.neutralised, which every CSV Handover reads goes through
// (PortalCsvExportTests holds the two to the same answers).
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?[0-9]+([.,][0-9]+)?$/;

export function neutralised(text) {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

export function toCsv(header, rows) {
  const cell = (value) => {
    const text = neutralised(value === null || value === undefined ? '' : String(value));
    return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function download(name, header, rows) {
  const blob = new Blob(['\uFEFF' + toCsv(header, rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
