// Expands Adaptive Card templates with Microsoft's reference engine, in one batch.
// stdin: [{ "id", "template", "root", "host" }]  stdout: [{ "id", "output" } | { "id", "error" }]
'use strict';
const { Template } = require('adaptivecards-templating');

const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => {
  const cases = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const results = cases.map((c) => {
    try {
      const output = new Template(c.template).expand({ $root: c.root, $host: c.host });
      // undefined (a dropped root) is reported as null, like JSON would.
      return { id: c.id, output: output === undefined ? null : output };
    } catch (e) {
      return { id: c.id, error: String(e && e.message ? e.message : e) };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
