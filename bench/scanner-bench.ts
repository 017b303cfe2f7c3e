/**
 * Scanner speed: p50/p99 of `scanSync` on a 1 KB and a 10 KB benign snippet (targets: p99 < 1 ms and < 5 ms),
 * plus a hostile-looking 1 KB snippet for comparison. Run: `node --import tsx bench/scanner-bench.ts`.
 * Absolute times depend on the machine; the targets are the seed's, so they are reported, not gated here.
 */
import { parse } from 'acorn';
import { Bench } from 'tinybench';
import { SecurityScanner, wrapSnippet } from '../scanner/index.js';

/** A realistic benign chunk (~250 bytes): data shaping, classes, async, regexes, destructuring. */
const BENIGN_CHUNK = `
const rows = (input?.rows ?? []).map(({ id, name, tags = [] }) => ({ id, name: String(name).trim(), tags }));
class Counter { #n = 0; add(k = 1) { this.#n += k; return this } get value() { return this.#n } }
const counter = new Counter();
for (const row of rows) if (/^[a-z]+$/i.test(row.name)) counter.add(row.tags.length);
`;

const HOSTILE_CHUNK = `
const k = ['con', 'struc', 'tor'].join('');
const g = (function () { return this })();
const f = ({})[k][k];
const x = g[atob('ZXZhbA==')] ?? g['pro' + 'cess'];
`;

/** Repeats a chunk, each copy in its own block so its declarations do not clash, up to `bytes`. */
function snippet(chunk: string, bytes: number): string {
  let code = '';
  while (code.length < bytes) code += `{${chunk}}\n`;
  return `${code}return 0;`;
}

const scanner = new SecurityScanner({ timeBudgetMs: 1_000 });
const cases = {
  'benign 1 KB': snippet(BENIGN_CHUNK, 1024),
  'benign 10 KB': snippet(BENIGN_CHUNK, 10 * 1024),
  'hostile 1 KB': snippet(HOSTILE_CHUNK, 1024),
};

for (const [name, code] of Object.entries(cases)) {
  const report = scanner.scanSync({ code });
  if (name.startsWith('benign') && (!report.secure || report.findings.length > 0)) {
    throw new Error(`${name} is not clean: ${report.findings.map((f) => f.ruleId).join(', ')}`);
  }
}

const bench = new Bench({ name: 'scanner', time: 1_000 });
for (const [name, code] of Object.entries(cases)) bench.add(name, () => void scanner.scanSync({ code }));
// Baseline measured in the same run: the parse alone, so the scanner's own cost reads as a ratio on a noisy machine.
const parseOnly = (code: string) => () =>
  void parse(wrapSnippet(code), { ecmaVersion: 'latest', sourceType: 'script' });
bench.add('acorn parse only, 10 KB', parseOnly(cases['benign 10 KB']));
await bench.run();

const rows = bench.tasks.map((task) => {
  const result = task.result;
  if (result.state !== 'completed') return { task: task.name, state: result.state };
  return {
    task: task.name,
    bytes: cases[task.name as keyof typeof cases]?.length ?? cases['benign 10 KB'].length,
    'p50 (ms)': Number(result.latency.p50.toFixed(4)),
    'p99 (ms)': Number(result.latency.p99.toFixed(4)),
    samples: result.latency.samplesCount,
  };
});
console.table(rows);
