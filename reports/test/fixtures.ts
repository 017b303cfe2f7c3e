/**
 * Test fixtures: results files saved from real runs (the reference adapter's complete run, a filtered
 * node-vm run), a bench file in the bench schema, and a hostile variant whose every string is an
 * injection attempt.
 */
import { readFileSync } from 'node:fs';
import type { ConformanceResults } from '../../results/index.js';
import type { BenchReportInput } from '../bench-view.js';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

/** A fresh copy of the reference adapter's complete run. */
export const referenceResults = (): ConformanceResults =>
  read('conformance-reference.json') as ConformanceResults;
/** A fresh copy of a filtered node-vm run (escapes, partial). */
export const nodeVmResults = (): ConformanceResults =>
  read('conformance-node-vm-partial.json') as ConformanceResults;
/** A fresh copy of a quick bench run. */
export const benchResults = (): BenchReportInput => read('bench-quick.json') as BenchReportInput;
/** An earlier bench run, the baseline. */
export const benchBaseline = (): BenchReportInput => read('bench-baseline.json') as BenchReportInput;

/** An attacker-written payload: closes a script, injects an element with a handler and a remote image. */
export const XSS = `</script><img src="http://127.0.0.1:9/x.png" onerror="window.__xss=1"><script>window.__xss=2</script>'"&|*_\`<svg onload=alert(1)>`;

/** The node-vm results with a failure whose every string carries {@link XSS}. */
export function hostileResults(): ConformanceResults {
  const results = nodeVmResults();
  results.adapter.name = `evil${XSS}`;
  results.warnings.push(XSS);
  const profile = results.profiles[0]!;
  profile.categories[`cat${XSS}`] = { samples: 1, passed: 0, failed: 1, escapes: 1 };
  profile.failures.unshift({
    sampleId: `id${XSS}`,
    kind: 'escape',
    category: `cat${XSS}`,
    technique: XSS,
    scan: false,
    expected: XSS,
    actual: `completed ${XSS}`,
    reason: XSS,
    code: null,
    blocking: true,
    known: null,
    reproduce: `npx sandproof conformance --filter '${XSS}'`,
    snippet: `return "${XSS}";`,
  } as ConformanceResults['profiles'][number]['failures'][number]);
  return results;
}
