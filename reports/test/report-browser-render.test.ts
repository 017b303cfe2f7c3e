/**
 * The reports in a real browser: headless Chromium opens each HTML file from `file://`, every non-file
 * request is refused and fails the test, and the page must render with no console error, its verdict,
 * tables and charts visible, and the hostile snippet inert. Screenshots go to reports/out/screenshots/
 * (a CI artifact). Skips, saying why, when Chromium is not installed.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { writeBenchReports, writeConformanceReports } from '../write-reports.js';
import { benchBaseline, benchResults, hostileResults, referenceResults } from './fixtures.js';

/** Debian's chromium package (CI installs it); another executable may be named for local runs. */
const CHROMIUM = process.env.SANDPROOF_CHROMIUM ?? '/usr/bin/chromium';
const OUT = fileURLToPath(new URL('../out/browser/', import.meta.url));
const SHOTS = fileURLToPath(new URL('../out/screenshots/', import.meta.url));
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
  '--disable-quic',
  '--disable-component-update',
  '--disable-sync',
];

interface Visit {
  page: Page;
  consoleErrors: string[];
  remoteRequests: string[];
}

let browser: BrowserContext | undefined;
let profileDir = '';
/** A failed launch, reported by every test: a hook's error alone would pass silently. */
let launchError: unknown;

async function visit(file: string, shot: string): Promise<Visit> {
  if (launchError !== undefined || browser === undefined)
    throw launchError ?? new Error('Chromium did not start');
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  const remoteRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    remoteRequests.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.screenshot({ path: join(SHOTS, `${shot}.png`) });
  await page.screenshot({ path: join(SHOTS, `${shot}-full.png`), fullPage: true });
  return { page, consoleErrors, remoteRequests };
}

/** The text as rendered (CSS applied): what a person sees, which is what these tests are about. */
function renderedText(page: Page, selector: string): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point here, not the DOM's.
  return page.locator(selector).innerText();
}

async function assertClean(v: Visit): Promise<void> {
  assert.equal(v.remoteRequests, [], 'no request leaves file://');
  assert.equal(v.consoleErrors, [], 'no console error');
  const verdicts = v.page.locator('#verdicts');
  assert.ok(await verdicts.isVisible(), 'the verdict tiles are visible');
  const box = await verdicts.boundingBox();
  assert.ok(box !== null && box.y < 400, 'the verdict sits in the first screen');
  assert.ok(await v.page.locator('table').first().isVisible(), 'a table is visible');
  const charts = await v.page.locator('svg[role="img"]').count();
  assert.ok(charts >= 1, 'inline SVG charts are present');
  const chartBox = await v.page.locator('svg[role="img"]').first().boundingBox();
  assert.ok(chartBox !== null && chartBox.width > 300 && chartBox.height > 50, 'a chart has a drawn size');
}

const suite = existsSync(CHROMIUM) ? test : test.skip;
if (suite === test.skip)
  console.log(
    `report-browser-render: skipped, ${CHROMIUM} is not installed (CI installs the chromium package)`,
  );

test.before(async () => {
  if (!existsSync(CHROMIUM)) return;
  await rm(OUT, { recursive: true, force: true });
  await mkdir(SHOTS, { recursive: true });
  profileDir = await mkdtemp(join(tmpdir(), 'sandproof-chromium-'));
  try {
    // A persistent context on a fresh temporary folder is how playwright takes `--user-data-dir`.
    browser = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      args: ARGS,
      viewport: { width: 1280, height: 900 },
    });
  } catch (error) {
    launchError = error;
  }
});

test.after(async () => {
  await browser?.close();
  if (profileDir) await rm(profileDir, { recursive: true, force: true });
});

suite('certification report: renders offline, verdict first, tables and charts visible', async () => {
  const dir = join(OUT, 'reference');
  await writeConformanceReports(referenceResults(), dir);
  const v = await visit(join(dir, 'conformance.html'), 'conformance-reference');
  await assertClean(v);
  const text = await renderedText(v.page, '#verdicts');
  assert.match(text, /CERTIFIED/);
  assert.ok((await v.page.locator('svg.bar-chart').count()) >= 3, 'a category chart per profile');
  await v.page.close();
});

suite('certification report: a hostile snippet renders as text and runs nothing', async () => {
  const dir = join(OUT, 'hostile');
  await writeConformanceReports(hostileResults(), dir);
  const v = await visit(join(dir, 'conformance.html'), 'conformance-hostile');
  await assertClean(v);
  assert.is(await v.page.locator('img').count(), 0, 'no injected element');
  assert.is(
    await v.page.evaluate(() => (globalThis as { __xss?: unknown }).__xss),
    undefined,
    'no injected script ran',
  );
  const shown = v.page.locator('pre.snippet', {
    hasText: '</script><img src="http://127.0.0.1:9/x.png" onerror=',
  });
  assert.is(await shown.count(), 1, 'the payload is shown as text');
  assert.match(await renderedText(v.page, '#verdicts'), /NOT CERTIFIED/);
  await v.page.close();
});

suite('benchmark report: renders offline with targets, latency chart, ratios and trend', async () => {
  const dir = join(OUT, 'bench');
  const history = join(dir, 'history');
  await mkdir(history, { recursive: true });
  await writeFile(join(history, 'bench-2026-11-20.json'), JSON.stringify(benchBaseline()));
  const gate = JSON.parse(await readFile(new URL('./fixtures/gate-pass.json', import.meta.url), 'utf8'));
  await writeBenchReports(benchResults(), dir, { gate, gateBaseline: 'bench/baselines/baseline.json' });
  const v = await visit(join(dir, 'bench.html'), 'bench');
  await assertClean(v);
  assert.match(await renderedText(v.page, '#verdicts'), /MET 6\/6/);
  assert.ok(await v.page.locator('svg.latency-chart').isVisible(), 'latency distributions drawn');
  assert.ok((await v.page.locator('svg.line-chart').count()) >= 2, 'heap and trend charts drawn');
  await v.page.close();
});

test.run();
