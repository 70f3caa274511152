// Opens Handover's overview portal in Debian's headless Chromium (playwright-core), once per
// theme, checks it with axe-core and saves a full-page screenshot of each. Run by
// io.handover.portal.PortalBrowserTests.
//
// Usage: node portal-ui.mjs <plan.json>
// plan: { "url": "http://127.0.0.1:PORT", "chromium": "/usr/bin/chromium", "screenshots": "<folder>",
//         "views": [ { "name": "overview-light", "query": "theme=default&as=...&lang=en",
//                      "awaitText": "JML-0001", "viewport": {"width": 1280, "height": 900},
//                      "navigate": false } ] }
// A view with "navigate": true is reached from the view before it in the same page, by the page's
// own hash navigation (as a click on its menu does), instead of loading the portal anew: loading
// the portal and axe-core takes seconds of CPU per page on a loaded machine.
// Prints one JSON line: {"ok": bool, "error"?: "...", "views": [ { "name", "text", "background",
//   "lang", "errors", "ms": {"ready", "axe", "screenshot"},
//   "violations": [ {"id", "impact", "help", "targets"} ] } ] }
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
  let page = null;
  let errors = [];
  for (const view of plan.views) {
    const began = Date.now();
    const hash = view.query.includes('#') ? view.query.slice(view.query.indexOf('#')) : '';
    if (!view.navigate) {
      if (page) await page.close();
      page = await browser.newPage({ viewport: view.viewport || { width: 1280, height: 900 } });
      // Only this machine: anything else would wait for a network that is not there.
      await page.route('**/*', (route) => {
        const host = new URL(route.request().url()).hostname;
        return host === 'localhost' || host === '127.0.0.1' ? route.continue() : route.abort();
      });
      page.on('pageerror', (error) => errors.push(String(error)));
    }
    else if (!page || new URL(page.url()).search !== `?${view.query.split('#')[0]}`) {
      throw new Error(`${view.name}: navigates from a page with another query (${page && page.url()})`);
    }
    errors = [];
    try {
      if (view.navigate) {
        // The page on screen is gone (React replaces the old route's part of <main>) before the
        // awaited text counts: the new route may show the same text as the old one.
        await page.evaluate((to) => {
          const main = document.querySelector('main');
          const children = [...main.children];
          const nav = main.querySelector(':scope > nav');
          window.handoverLeft = children.slice(children.indexOf(nav) + 1);
          if (!nav || window.handoverLeft.length === 0) throw new Error('no page below the menu to leave');
          window.location.hash = to;
        }, hash);
        await page.waitForFunction(() => window.handoverLeft.every((node) => !node.isConnected), null,
          { timeout: view.timeoutMs || 20000 });
      }
      else {
        await page.goto(`${plan.url}/portal?${view.query}`);
      }
      await page.getByText(view.awaitText, { exact: false }).first().waitFor({ timeout: view.timeoutMs || 20000 });
      const ready = Date.now();
      if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ path: axe });
      const checked = await page.evaluate(async () => window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      }));
      const checkedAt = Date.now();
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
        ms: { ready: ready - began, axe: checkedAt - ready, screenshot: Date.now() - checkedAt },
        violations: checked.violations.map((v) => ({
          id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
        })),
      });
    } catch (error) {
      await page.screenshot({ path: path.join(plan.screenshots, `${view.name}-failure.png`), fullPage: true })
        .catch(() => {});
      throw new Error(`${view.name}: ${error.message}; page errors: ${errors.join(' | ')}`);
    }
  }
  result.ok = true;
} catch (error) {
  result.error = String(error.message || error);
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
