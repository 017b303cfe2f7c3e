/** `sandproof report`: arguments, exit codes, the files written, and shard merging. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseReportArgs, runReportCli } from '../report-cli.js';
import { benchResults, referenceResults } from './fixtures.js';

function capture(): {
  out: string[];
  err: string[];
  io: { stdout(t: string): void; stderr(t: string): void };
} {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t) } };
}

let dir = '';
test.before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sandproof-report-'));
});
test.after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('usage errors exit 2; --help exits 0', async () => {
  for (const argv of [[], ['a.json', 'b.json'], ['--bogus', 'a.json'], ['a.json', '--out']]) {
    const c = capture();
    assert.is(await runReportCli(argv, c.io), 2, argv.join(' '));
  }
  const c = capture();
  assert.is(await runReportCli(['--help'], c.io), 0);
  assert.match(c.out.join(''), /Usage: sandproof report/);
  assert.equal(parseReportArgs(['x.json', '--out=o']).out, 'o');
});

test('an unreadable or foreign input exits 2 with ERR_REPORT_INPUT', async () => {
  const foreign = join(dir, 'foreign.json');
  await writeFile(foreign, '{"hello":1}');
  for (const input of [foreign, join(dir, 'missing.json')]) {
    const c = capture();
    assert.is(await runReportCli([input], c.io), 2);
    assert.match(c.err.join(''), /ERR_REPORT_INPUT/);
  }
});

test('conformance results: HTML, JUnit, Markdown and both badges are written beside the input', async () => {
  const input = join(dir, 'conformance.json');
  await writeFile(input, JSON.stringify(referenceResults()));
  const c = capture();
  assert.is(await runReportCli([input], c.io), 0);
  const html = await readFile(join(dir, 'conformance.html'), 'utf8');
  assert.match(html, /<svg/);
  assert.not.match(html, /<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  const junit = await readFile(join(dir, 'junit.xml'), 'utf8');
  const cases = junit.match(/<testcase /g)?.length ?? 0;
  const declared = [...junit.matchAll(/<testsuite [^>]*tests="(\d+)"/g)].reduce(
    (a, m) => a + Number(m[1]),
    0,
  );
  assert.is(cases, declared, 'tests= counts every testcase');
  assert.match(await readFile(join(dir, 'conformance-summary.md'), 'utf8'), /^## /);
  assert.equal(JSON.parse(await readFile(join(dir, 'conformance-badge.json'), 'utf8')).schemaVersion, 1);
  assert.match(await readFile(join(dir, 'conformance-badge.svg'), 'utf8'), /^<svg/);
});

test('bench results: the bench files are written into --out', async () => {
  const input = join(dir, 'bench.json');
  await writeFile(input, JSON.stringify(benchResults()));
  const out = join(dir, 'bench-out');
  const c = capture();
  assert.is(await runReportCli([input, '--out', out, '--baseline', input], c.io), 0);
  for (const name of [
    'bench.html',
    'bench-junit.xml',
    'bench-summary.md',
    'bench-badge.svg',
    'bench-badge.json',
  ]) {
    assert.ok((await readFile(join(out, name), 'utf8')).length > 0, name);
  }
});

test('a bench.json measured by `sandproof bench --quick` reports with every section', async () => {
  const input = fileURLToPath(new URL('./fixtures/bench-measured-quick.json', import.meta.url));
  const out = join(dir, 'measured');
  const c = capture();
  assert.is(await runReportCli([input, '--out', out], c.io), 0);
  const html = await readFile(join(out, 'bench.html'), 'utf8');
  for (const cls of ['latency-chart', 'bar-chart', 'line-chart'])
    assert.match(html, new RegExp(`<svg [^>]*class="${cls}"`));
  assert.match(html, /Reuse rate:<\/b> 95\.65%/);
});

test('bench results with --gate: the gate report decides the gate verdict', async () => {
  const input = join(dir, 'bench.json');
  await writeFile(input, JSON.stringify(benchResults()));
  const gate = fileURLToPath(new URL('./fixtures/gate-fail.json', import.meta.url));
  const out = join(dir, 'gated');
  const c = capture();
  assert.is(await runReportCli([input, '--out', out, '--gate', gate], c.io), 0);
  assert.match(await readFile(join(out, 'bench-summary.md'), 'utf8'), /regression gate: FAIL/);
  assert.match(await readFile(join(out, 'bench-junit.xml'), 'utf8'), /<failure type="regression"/);
  assert.equal(JSON.parse(await readFile(join(out, 'bench-badge.json'), 'utf8')).message, 'gate failed');
  const bad = capture();
  assert.is(
    await runReportCli([input, '--out', out, '--gate', input], bad.io),
    2,
    'a bench.json is not a gate report',
  );
});

test.run();
