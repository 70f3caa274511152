// Validates and renders expanded cards with the official adaptivecards renderer in headless
// Chromium (Debian's /usr/bin/chromium through playwright-core; no browser is downloaded).
// stdin: { "hostConfig", "screenshotDir", "cards": [{ "id", "card" }] }
// stdout: [{ "id", "errors": [..], "warnings": [..], "screenshot" }]
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const { chromium } = require('playwright-core');

const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => {
  main(JSON.parse(Buffer.concat(chunks).toString('utf8'))).catch((e) => {
    process.stderr.write(String(e && e.stack ? e.stack : e));
    process.exit(2);
  });
});

async function main(input) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'handover-chromium-'));
  // A fresh --user-data-dir per run (playwright passes it for a persistent context).
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 560, height: 400 },
    deviceScaleFactor: 1,
  });
  try {
    const page = browser.pages()[0] || await browser.newPage();
    const consoleProblems = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') consoleProblems.push(`console ${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => consoleProblems.push(`page error: ${err.message}`));
    // Nothing may leave the machine: every request the page makes fails loudly.
    await page.route('**/*', (route) => {
      consoleProblems.push(`network request blocked: ${route.request().url()}`);
      return route.abort();
    });
    await page.setContent(`<!DOCTYPE html><html><head><meta charset="utf-8"><style>
      body { margin: 0; padding: 12px; background: #f5f5f5; font-family: 'Segoe UI', 'DejaVu Sans', sans-serif; }
      #card { width: 520px; background: #ffffff; border: 1px solid #e1dfdd; border-radius: 4px; }
      </style></head><body><div id="card"></div></body></html>`);
    await page.addScriptTag({ path: require.resolve('adaptivecards/dist/adaptivecards.min.js') });
    const results = [];
    for (const c of input.cards) {
      consoleProblems.length = 0;
      const outcome = await page.evaluate(({ card, hostConfig }) => {
        const AC = window.AdaptiveCards;
        // Teams renders a markdown subset; a minimal processor keeps the renderer from warning.
        AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
          const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
          result.outputHtml = escaped.replace(/\*\*(.+?)\*\*/g, '<b>$1</b>');
          result.didProcess = true;
        };
        const errors = [];
        const warnings = [];
        const context = new AC.SerializationContext(AC.Versions.v1_5);
        const adaptiveCard = new AC.AdaptiveCard();
        adaptiveCard.hostConfig = new AC.HostConfig(hostConfig);
        adaptiveCard.onExecuteAction = () => {};
        adaptiveCard.parse(card, context);
        for (let i = 0; i < context.eventCount; i++) {
          const e = context.getEventAt(i);
          const text = `parse ${AC.ValidationEvent[e.event]}: ${e.message}`;
          errors.push(text);
        }
        const validation = adaptiveCard.validateProperties();
        for (const e of validation.validationEvents) {
          errors.push(`validation ${AC.ValidationEvent[e.event]}: ${e.message}`);
        }
        const container = document.getElementById('card');
        container.innerHTML = '';
        const element = adaptiveCard.render();
        if (!element) {
          errors.push('render returned nothing');
        } else {
          container.appendChild(element);
        }
        const roundTrip = adaptiveCard.toJSON(context);
        return { errors, warnings, roundTrip };
      }, { card: c.card, hostConfig: input.hostConfig });
      const file = path.join(input.screenshotDir, `${c.id}.png`);
      await page.locator('#card').screenshot({ path: file });
      results.push({
        id: c.id,
        errors: outcome.errors.concat(consoleProblems.filter((p) => !p.startsWith('console warning'))),
        warnings: outcome.warnings.concat(consoleProblems.filter((p) => p.startsWith('console warning'))),
        roundTrip: outcome.roundTrip,
        screenshot: file,
      });
    }
    process.stdout.write(JSON.stringify(results));
  } finally {
    await browser.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}
