/**
 * Prints, for each conformance.json given, the figures the matrix README states: the verdict, samples with
 * findings of each kind, escapes with the advisories their samples cite (and how many distinct advisories
 * are reported as escapes), and the per-execution p50 of the bench run beside it (`bench/bench.json`), or of
 * a `--bench FILE`.
 *
 *   node --no-node-snapshot --import tsx scripts/matrix-evidence.ts [--bench FILE]... reports/matrix/NAME/conformance.json...
 */

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type BenchResults, FINDING_CLASSES } from '../results/index.js';
import {
  ADVISORY_REFERENCE,
  benchFor,
  benchForMatrix,
  type ConformanceResults,
  loadCorpus,
} from '../suites/index.js';

const args = process.argv.slice(2);
const given: BenchResults[] = [];
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--bench') given.push(benchForMatrix(readFileSync(args[++i] ?? '', 'utf8')).run);
  else files.push(args[i]!);
}
const corpus = await loadCorpus({ mutators: [] });
const references = new Map(corpus.samples.map((s) => [s.id, s.references]));
for (const file of files) {
  const results = JSON.parse(readFileSync(file, 'utf8')) as ConformanceResults;
  const beside = join(dirname(file), 'bench', 'bench.json');
  const runs = existsSync(beside) ? [...given, benchForMatrix(readFileSync(beside, 'utf8')).run] : given;
  const bench = benchFor(results.adapter.name, runs);
  for (const p of results.profiles) {
    const kinds = p.findings
      ? FINDING_CLASSES.map((k) => `${k} ${p.findings?.[k] ?? 0}`).join(', ')
      : 'no finding kinds (results written before the taxonomy)';
    console.log(
      `${results.adapter.name} ${p.profile}: ${p.certified ? 'certified' : 'not certified'}, grade ${p.grade}, ${p.passed}/${p.samples} pass; ${kinds}`,
    );
    console.log(
      `  p50 ${bench ? `${bench.p50Ms} ms (${bench.vsFloorP50 ?? '-'}x floor, ${bench.mode})` : 'not measured'}`,
    );
    const escaped = [
      ...new Set(p.failures.filter((f) => f.findingClass === 'escape').map((f) => f.sampleId)),
    ];
    const advisories = new Set<string>();
    for (const id of escaped) {
      const cited = (references.get(id) ?? []).map((r) => ADVISORY_REFERENCE.exec(r)?.[1]?.toUpperCase());
      for (const a of cited) if (a) advisories.add(a);
      console.log(`  escape ${id}${cited.some(Boolean) ? ` (${cited.filter(Boolean).join(', ')})` : ''}`);
    }
    if (escaped.length > 0) console.log(`  distinct advisories reported as escapes: ${advisories.size}`);
  }
}
