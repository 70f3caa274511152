// Builds the portal (called by Maven, see pom.xml "portal front end"; or `node build.mjs <out>`):
// 1. `npm ci` only when package-lock.json differs from the one node_modules was installed from,
// 2. esbuild bundles src/ into <out> (default ../../../target/classes/static/portal),
// 3. prints the first load's compressed size and fails above the 300 KB budget (issue 22).
// No static import of esbuild: it may not be installed yet when this starts.
//
// Maven runs it in the background while Java compiles (a fresh `npm ci` writes some 60,000 files,
// mostly waiting on the disk: 1-2 minutes of a clean build) and waits for it before the tests:
//   node build.mjs <out> --start <dir>   starts the build detached, its output in <dir>/build.log and
//                                        its exit code in <dir>/status at the end; returns at once
//   node build.mjs <out> --wait <dir>    waits for that status (at most 10 minutes), prints the log
//                                        and ends with the build's exit code
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] ?? join(here, '..', '..', '..', 'target', 'classes', 'static', 'portal'));
const BUDGET = 300 * 1024;
const started = Date.now();

const [major] = process.versions.node.split('.').map(Number);
if (major < 18) {
  throw new Error(`The portal needs Node.js 18 or later; this is ${process.version}.`);
}

const [mode, background] = [process.argv[3], process.argv[4] && resolve(process.argv[4])];
if (mode === '--start') {
  rmSync(background, { recursive: true, force: true });
  mkdirSync(background, { recursive: true });
  const log = openSync(join(background, 'build.log'), 'w');
  spawn(process.execPath, [fileURLToPath(import.meta.url), out, '--status', background],
    { cwd: here, detached: true, stdio: ['ignore', log, log], windowsHide: true }).unref();
  console.log(`Portal: building in the background (${join(background, 'build.log')})`);
  process.exit(0);
}
if (mode === '--wait') {
  const status = join(background, 'status');
  const deadline = Date.now() + 10 * 60 * 1000;
  while (!existsSync(status) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 200));
  }
  const logFile = join(background, 'build.log');
  process.stdout.write(existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
  // how long Java's steps were shorter than the portal's: what the background did not hide
  console.log(`Portal: waited ${((Date.now() - started) / 1000).toFixed(1)} s for the background build`);
  if (!existsSync(status)) {
    console.error(`Portal: the background build did not end within 10 minutes (log above: ${logFile})`);
    process.exit(1);
  }
  process.exit(Number(readFileSync(status, 'utf8').trim()));
}
if (mode === '--status') {
  // written last and whole (renamed into place), so the waiting side never reads half of it
  process.on('exit', (code) => {
    writeFileSync(join(background, 'status.part'), String(code));
    renameSync(join(background, 'status.part'), join(background, 'status'));
  });
}

// 1. dependencies: reused while the lock file is unchanged
const lock = readFileSync(join(here, 'package-lock.json'));
const wanted = createHash('sha256').update(lock).digest('hex');
const stamp = join(here, 'node_modules', '.handover-lock');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== wanted) {
  console.log('Portal: npm ci (package-lock.json changed or node_modules missing)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  try {
    execFileSync(npm, ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
  } catch (failure) {
    console.error(failure.code === 'ENOENT'
      ? 'Portal: npm is not on the PATH; it comes with Node.js (Debian: apt-get install npm).'
      : `Portal: npm ci failed in ${here} (${failure.message}).`);
    process.exit(1);
  }
  writeFileSync(stamp, wanted);
}

// 2. bundle: skipped when nothing under src/, the lock file or this script is newer than the last output
const newest = (path) => {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
};
const manifestFile = join(out, 'build.json');
const inputs = Math.max(newest(join(here, 'src')), newest(join(here, 'index.html')), newest(stamp),
  newest(fileURLToPath(import.meta.url)));
if (existsSync(manifestFile) && statSync(manifestFile).mtimeMs >= inputs) {
  const previous = JSON.parse(readFileSync(manifestFile, 'utf8'));
  console.log(`Portal: up to date, first load ${kb(previous.firstLoadGzip)} KB compressed (budget ${kb(BUDGET)} KB)`);
  process.exit(0);
}
const esbuild = await import('esbuild');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const result = await esbuild.build({
  entryPoints: [join(here, 'src', 'main.jsx')],
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2020'],
  jsx: 'automatic',
  outdir: out,
  entryNames: 'app-[hash]',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});
const script = Object.keys(result.metafile.outputs).find((file) => file.endsWith('.js'));
const scriptName = script.split('/').pop();
const html = readFileSync(join(here, 'index.html'), 'utf8').replace('%SCRIPT%', scriptName);
writeFileSync(join(out, 'index.html'), html);

// 3. the first load: the page and its script, as gzip sends them
const firstLoad = ['index.html', scriptName]
  .map((file) => gzipSync(readFileSync(join(out, file)), { level: 9 }).length)
  .reduce((a, b) => a + b, 0);
writeFileSync(manifestFile, JSON.stringify({ script: scriptName, firstLoadGzip: firstLoad }, null, 2));
console.log(`Portal: built ${scriptName} in ${Date.now() - started} ms; first load ${kb(firstLoad)} KB compressed `
  + `(budget ${kb(BUDGET)} KB)`);
if (firstLoad > BUDGET) {
  console.error(`Portal: the first load is ${kb(firstLoad)} KB compressed, over the budget of ${kb(BUDGET)} KB.`);
  process.exit(1);
}

function kb(bytes) {
  return (bytes / 1024).toFixed(1);
}
