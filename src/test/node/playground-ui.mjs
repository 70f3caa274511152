// Drives the Microsoft 365 Agents Playground web UI in Debian's headless Chromium, the way
// a person would: pick a chat, type, wait for the bot's card, fill card inputs, press card
// buttons, take screenshots. Run by io.handover.e2e.PlaygroundUi.
//
// Usage: node playground-ui.mjs <plan.json>
// plan: { "url": "http://localhost:PORT", "chromium": "/usr/bin/chromium",
//         "screenshots": "<folder>", "steps": [ step, ... ] }
// steps: {"chat": "Personal Chat"}            open a chat or channel from the list
//        {"say": "help"}                       type a message and press Enter
//        {"awaitCard": {"containing": "text", "timeoutMs": 20000}}
//                                              wait for a new card (after the last chat/say/click)
//        {"awaitText": {"text": "JML-0001", "timeoutMs": 20000}}
//                                              wait until the page shows this text (e.g. a card updated in place)
//        {"fill": {"label": "Serial number", "value": "PF3X"}}
//                                              fill an input of the last card (by its label)
//        {"click": "Claim"}                    press a button of the last card (by its title)
//        {"screenshot": "name"}                save <screenshots>/name.png
// Prints one JSON line: {"ok": bool, "error"?: "...", "lastCardText": "...", "screenshots": [...]}.
// On a failure it saves <screenshots>/<name>-failure.png first (plan.name, default "ui").
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

const plan = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const CARD = '.ac-adaptiveCard';
const result = { ok: false, lastCardText: null, screenshots: [] };
fs.mkdirSync(plan.screenshots, { recursive: true });

const browser = await chromium.launch({
  executablePath: plan.chromium,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
// Only this machine: web fonts and telemetry would wait for a network that is not there.
await page.route('**/*', (route) => {
  const host = new URL(route.request().url()).hostname;
  return host === 'localhost' || host === '127.0.0.1' ? route.continue() : route.abort();
});

let cardsBefore = 0;
const lastCard = () => page.locator(CARD).last();
const remember = async () => { cardsBefore = await page.locator(CARD).count(); };

async function step(s) {
  if (s.chat) {
    await page.getByText(s.chat, { exact: true }).first().click();
    await page.waitForTimeout(300);
    // In the chat just opened, any card is new to the person looking.
    cardsBefore = 0;
  }
  else if (s.say !== undefined) {
    await remember();
    const box = page.locator('[data-lexical-editor="true"]');
    await box.click();
    await box.pressSequentially(s.say);
    await page.keyboard.press('Enter');
  }
  else if (s.awaitCard) {
    const timeout = s.awaitCard.timeoutMs || 20000;
    await page.waitForFunction(([selector, n]) => document.querySelectorAll(selector).length > n,
      [CARD, cardsBefore], { timeout });
    if (s.awaitCard.containing) {
      await lastCard().getByText(s.awaitCard.containing).first().waitFor({ timeout });
    }
    result.lastCardText = await lastCard().innerText();
  }
  else if (s.awaitText) {
    await page.getByText(s.awaitText.text).last().waitFor({ timeout: s.awaitText.timeoutMs || 20000 });
  }
  else if (s.fill) {
    await lastCard().getByLabel(s.fill.label).first().fill(s.fill.value);
  }
  else if (s.click) {
    await remember();
    await lastCard().getByRole('button', { name: s.click }).first().click();
  }
  else if (s.screenshot) {
    const file = path.join(plan.screenshots, `${s.screenshot}.png`);
    await page.screenshot({ path: file });
    result.screenshots.push(file);
  }
  else {
    throw new Error(`unknown step ${JSON.stringify(s)}`);
  }
}

try {
  await page.goto(plan.url, { waitUntil: 'domcontentloaded' });
  await page.locator('[data-lexical-editor="true"]').waitFor({ timeout: 30000 });
  for (const s of plan.steps) {
    await step(s);
  }
  result.ok = true;
}
catch (e) {
  result.error = `${e.message}`.split('\n')[0];
  const file = path.join(plan.screenshots, `${plan.name || 'ui'}-failure.png`);
  await page.screenshot({ path: file }).catch(() => {});
  result.screenshots.push(file);
}
finally {
  await browser.close();
}
console.log(JSON.stringify(result));
process.exit(result.ok ? 0 : 1);
