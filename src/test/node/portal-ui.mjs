// Opens Handover's overview portal in Debian's headless Chromium (playwright-core), once per
// theme, checks it with axe-core and saves a full-page screenshot of each. Run by
// io.handover.portal.PortalBrowserTests.
//
// Usage: node portal-ui.mjs <plan.json>
// plan: { "url": "http://127.0.0.1:PORT", "chromium": "/usr/bin/chromium", "screenshots": "<folder>",
//         "views": [ { "name": "overview-light", "query": "theme=default&as=...&lang=en",
//                      "awaitText": "JML-0001", "viewport": {"width": 1280, "height": 900} } ] }
// Prints one JSON line: {"ok": bool, "error"?: "...", "views": [ { "name", "text", "background",
//   "lang", "violations": [ {"id", "impact", "help", "targets"} ] } ] }
// (violations: every axe-core violation, WCAG 2.1 A/AA and best practices; the Java test judges them).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const plan = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const result = { ok: false, views: [] };
fs.mkdirSync(plan.screenshots, { recursive: true });

const browser = await chromium.launch({
  executablePath: plan.chromium,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  for (const view of plan.views) {
    const page = await browser.newPage({ viewport: view.viewport || { width: 1280, height: 900 } });
    // Only this machine: anything else would wait for a network that is not there.
    await page.route('**/*', (route) => {
      const host = new URL(route.request().url()).hostname;
      return host === 'localhost' || host === '127.0.0.1' ? route.continue() : route.abort();
    });
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    try {
      await page.goto(`${plan.url}/portal?${view.query}`);
      await page.getByText(view.awaitText, { exact: false }).first().waitFor({ timeout: view.timeoutMs || 20000 });
      await page.addScriptTag({ path: axe });
      const checked = await page.evaluate(async () => window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      }));
      const file = path.join(plan.screenshots, `${view.name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      result.views.push({
        name: view.name,
        screenshot: file,
        text: await page.locator('main').innerText(),
        lang: await page.evaluate(() => document.documentElement.lang),
        background: await page.evaluate(() => {
          const main = document.querySelector('main');
          return getComputedStyle(main.parentElement).backgroundColor;
        }),
        errors,
        violations: checked.violations.map((v) => ({
          id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
        })),
      });
    } catch (error) {
      await page.screenshot({ path: path.join(plan.screenshots, `${view.name}-failure.png`), fullPage: true })
        .catch(() => {});
      throw new Error(`${view.name}: ${error.message}; page errors: ${errors.join(' | ')}`);
    } finally {
      await page.close();
    }
  }
  result.ok = true;
} catch (error) {
  result.error = String(error.message || error);
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
