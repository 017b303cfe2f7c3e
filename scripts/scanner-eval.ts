/**
 * `npm run scanner:eval [-- --json FILE] [--markdown FILE]`: measures the static scanner like a detector.
 *
 * Sets: the corpus (malicious samples whose expectation names the `scan` stage are positives on that
 * profile; benign samples expected to complete are negatives), the evasive set (scanner/eval/evasive-set.ts;
 * positives on the profiles each snippet lists), the benign library set extracted from installed packages
 * (scanner/eval/library-functions.json, with provenance) and the business set (negatives on every profile).
 *
 * A positive is detected when the scan refuses it (`secure: false`) or grades it C or worse; a negative is
 * a false positive when the scan refuses it. Reports, per profile and per family: detection rate (recall),
 * false-positive rate, precision and F1; and the scan cost per KB (p50/p99) against an acorn parse of the
 * same wrapped text. Exit 0 always (it measures; tests assert).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'acorn';
import {
  BUSINESS_SET,
  EVASIVE_SET,
  type ScanProfileName,
  SecurityScanner,
  wrapSnippet,
} from '../scanner/index.js';
import { normalizeSample, PROFILES, readCorpus } from '../suites/index.js';

interface Item {
  readonly set: 'corpus' | 'evasive' | 'library' | 'business';
  readonly family: string;
  readonly code: string;
  /** Profiles where the item is a positive (must be refused); empty for negatives. */
  readonly positiveOn: readonly ScanProfileName[];
  /** Profiles where the item counts at all. */
  readonly countsOn: readonly ScanProfileName[];
}

interface Counts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

const ALL = PROFILES as readonly ScanProfileName[];

async function loadItems(): Promise<Item[]> {
  const items: Item[] = [];
  for (const raw of await readCorpus()) {
    const sample = normalizeSample(raw);
    if (sample.flags.includes('multi-step')) continue;
    const code = sample.steps[0]?.code ?? sample.code;
    if (sample.kind === 'malicious') {
      const on = ALL.filter((p) => {
        const e = sample.expect[p];
        return e.outcome === 'blocked' && e.stages.includes('scan');
      });
      if (on.length > 0)
        items.push({ set: 'corpus', family: sample.category, code, positiveOn: on, countsOn: on });
    } else {
      const on = ALL.filter((p) => sample.expect[p].outcome !== 'blocked');
      items.push({ set: 'corpus', family: `benign/${sample.category}`, code, positiveOn: [], countsOn: on });
    }
  }
  for (const e of EVASIVE_SET) {
    items.push({ set: 'evasive', family: e.family, code: e.code, positiveOn: e.refuse, countsOn: e.refuse });
  }
  const library = JSON.parse(
    readFileSync(new URL('../scanner/eval/library-functions.json', import.meta.url), 'utf8'),
  ) as Array<{ package: string; code: string }>;
  for (const f of library) {
    items.push({
      set: 'library',
      family: `library/${f.package}`,
      code: f.code,
      positiveOn: [],
      countsOn: ALL,
    });
  }
  for (const code of BUSINESS_SET) {
    items.push({ set: 'business', family: 'business', code, positiveOn: [], countsOn: ALL });
  }
  return items;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : Math.round((1000 * a) / b) / 1000);

function rates(c: Counts) {
  return {
    ...c,
    detection: ratio(c.tp, c.tp + c.fn),
    fpr: ratio(c.fp, c.fp + c.tn),
    precision: ratio(c.tp, c.tp + c.fp),
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
  };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

async function main(argv: string[]): Promise<void> {
  const jsonOut = argv.includes('--json') ? argv[argv.indexOf('--json') + 1] : undefined;
  const mdOut = argv.includes('--markdown') ? argv[argv.indexOf('--markdown') + 1] : undefined;
  const verbose = argv.includes('--verbose');
  const scanner = new SecurityScanner({ timeBudgetMs: 5_000 });
  const items = await loadItems();
  const byProfile = new Map<string, Counts>();
  const byFamily = new Map<string, Counts>();
  const bySet = new Map<string, Counts>();
  const misses: string[] = [];
  const scanMsPerKb: number[] = [];
  const parseMsPerKb: number[] = [];
  let threw = 0;
  for (const item of items) {
    for (const profile of item.countsOn) {
      let report: ReturnType<SecurityScanner['scanSync']>;
      try {
        report = scanner.scanSync({ code: item.code, profile });
      } catch {
        threw++;
        continue;
      }
      const positive = item.positiveOn.includes(profile);
      const flagged = positive ? !report.secure || 'CDF'.includes(report.grade) : !report.secure;
      const key = positive ? (flagged ? 'tp' : 'fn') : flagged ? 'fp' : 'tn';
      for (const [map, name] of [
        [byProfile, profile],
        [byFamily, `${item.set}:${item.family}`],
        [bySet, `${item.set}:${profile}`],
      ] as const) {
        const c = map.get(name) ?? { tp: 0, fn: 0, fp: 0, tn: 0 };
        c[key]++;
        map.set(name, c);
      }
      if (key === 'fn' || key === 'fp') {
        const rules = report.findings.map((f) => `${f.ruleId}:${f.severity}`).join(',');
        misses.push(
          `${key} ${profile} ${item.set}:${item.family} grade ${report.grade} [${rules}] ${item.code.slice(0, 160).replace(/\n/g, ' ')}`,
        );
      }
      if (item.set === 'library' && profile === 'ultra-secure') {
        const text = wrapSnippet(item.code);
        const kb = Buffer.byteLength(text) / 1024;
        const t0 = performance.now();
        parse(text, { ecmaVersion: 'latest', sourceType: 'script' });
        const t1 = performance.now();
        scanner.scanSync({ code: item.code, profile });
        const t2 = performance.now();
        parseMsPerKb.push((t1 - t0) / kb);
        scanMsPerKb.push((t2 - t1) / kb);
      }
    }
  }
  scanMsPerKb.sort((a, b) => a - b);
  parseMsPerKb.sort((a, b) => a - b);
  const result = {
    items: items.length,
    threw,
    profiles: Object.fromEntries([...byProfile].map(([k, v]) => [k, rates(v)])),
    sets: Object.fromEntries([...bySet].sort().map(([k, v]) => [k, rates(v)])),
    families: Object.fromEntries([...byFamily].sort().map(([k, v]) => [k, rates(v)])),
    costMsPerKb: {
      scan: { p50: percentile(scanMsPerKb, 50), p99: percentile(scanMsPerKb, 99) },
      acornParse: { p50: percentile(parseMsPerKb, 50), p99: percentile(parseMsPerKb, 99) },
    },
  };
  const fmt = (v: number | null): string => (v === null ? '-' : v.toFixed(3));
  const row = (name: string, c: ReturnType<typeof rates>): string =>
    `| ${name} | ${c.tp} | ${c.fn} | ${c.fp} | ${c.tn} | ${fmt(c.detection)} | ${fmt(c.fpr)} | ${fmt(c.precision)} | ${fmt(c.f1)} |`;
  const head =
    '| | TP | FN | FP | TN | detection | FPR | precision | F1 |\n|---|---|---|---|---|---|---|---|---|';
  const lines = [
    `Scanner evaluation: ${items.length} items; scans that threw: ${threw}.`,
    '',
    '**Per profile**',
    '',
    head,
    ...Object.entries(result.profiles).map(([k, v]) => row(k, v)),
    '',
    '**Per set and profile**',
    '',
    head,
    ...Object.entries(result.sets).map(([k, v]) => row(k, v)),
    '',
    '**Per family** (all profiles where the item counts)',
    '',
    head,
    ...Object.entries(result.families).map(([k, v]) => row(k, v)),
    '',
    `Scan cost per KB over the library set (ultra-secure): p50 ${result.costMsPerKb.scan.p50.toFixed(3)} ms, ` +
      `p99 ${result.costMsPerKb.scan.p99.toFixed(3)} ms; acorn parse of the same text: p50 ` +
      `${result.costMsPerKb.acornParse.p50.toFixed(3)} ms, p99 ${result.costMsPerKb.acornParse.p99.toFixed(3)} ms.`,
  ];
  const markdown = `${lines.join('\n')}\n`;
  process.stdout.write(markdown);
  if (verbose) process.stdout.write(`\nMisses and false positives:\n${misses.join('\n')}\n`);
  if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ ...result, misses }, null, 2)}\n`);
  if (mdOut) writeFileSync(mdOut, markdown);
}

await main(process.argv.slice(2));
