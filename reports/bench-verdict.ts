/**
 * The verdicts of a benchmark run in words: the original design's (static) targets, our own targets, and
 * the gate against the baseline. Static targets and the gate decide; own targets are reported.
 * Shared by the HTML page, the Markdown summary, the badge and JUnit.
 */
import type { BenchReportInput, GateResult } from './bench-view.js';
import type { Status } from './report-theme.js';

/** One verdict tile. */
export interface BenchVerdict {
  name: string;
  status: Status;
  word: string;
  rule: string;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function targetVerdict(b: BenchReportInput, kind: 'static' | 'own'): BenchVerdict {
  const ts = b.targets.filter((t) => t.kind === kind);
  const missed = ts.filter((t) => !t.ok);
  const name = kind === 'static' ? 'original design targets' : 'sandproof targets';
  if (ts.length === 0)
    return { name, status: 'warn', word: 'NOT MEASURED', rule: 'No target of this kind in the results.' };
  if (missed.length === 0)
    return { name, status: 'pass', word: `MET ${ts.length}/${ts.length}`, rule: `Every ${kind} target met.` };
  const which = missed.map((t) => t.id).join(', ');
  const rule =
    kind === 'static'
      ? `${plural(missed.length, 'target')} missed (${which}); a missed original target fails the gate.`
      : `${plural(missed.length, 'target')} missed (${which}); reported, not gated.`;
  return {
    name,
    status: kind === 'static' ? 'fail' : 'warn',
    word: `MISSED ${missed.length}/${ts.length}`,
    rule,
  };
}

function gateVerdict(gate: GateResult | undefined): BenchVerdict {
  const name = 'regression gate';
  if (gate === undefined) {
    return {
      name,
      status: 'warn',
      word: 'NOT RUN',
      rule: 'No gate result: run the gate against a baseline to decide.',
    };
  }
  const regressed = gate.comparisons.filter((c) => c.regressed);
  const against = ` Baseline: ${gate.baseline}.`;
  if (gate.outcome === 'pass') {
    return {
      name,
      status: 'pass',
      word: 'PASS',
      rule: `${gate.rule ?? 'No significant regression.'}${against}`,
    };
  }
  if (gate.outcome === 'warn') {
    const rule = `${gate.rule ?? 'Some figures could not be told from noise.'}${against}`;
    return { name, status: 'warn', word: 'PASS, UNSURE', rule };
  }
  const which = regressed.map((c) => c.id).join(', ');
  const rule = `${gate.rule ?? `${plural(regressed.length, 'figure')} regressed: ${which}.`}${against}`;
  return { name, status: 'fail', word: 'FAIL', rule };
}

/** The three tiles: static targets, own targets, gate. */
export function benchVerdicts(b: BenchReportInput): BenchVerdict[] {
  return [targetVerdict(b, 'static'), gateVerdict(b.gate), targetVerdict(b, 'own')];
}

/** One line for the whole run. */
export function benchHeadline(b: BenchReportInput): { status: Status; text: string } {
  const verdicts = benchVerdicts(b);
  const failed = verdicts.filter((v) => v.status === 'fail');
  const errors = b.errors.length > 0 ? `, ${plural(b.errors.length, 'scenario')} failed to run` : '';
  if (failed.length > 0)
    return { status: 'fail', text: `Benchmarks FAIL: ${failed.map((v) => v.name).join(' and ')}${errors}` };
  const met = b.targets.filter((t) => t.ok).length;
  const status: Status = verdicts.every((v) => v.status === 'pass') && errors === '' ? 'pass' : 'warn';
  return {
    status,
    text: `Benchmarks ${status === 'pass' ? 'PASS' : 'pass with warnings'}: ${met} of ${b.targets.length} targets met${errors}`,
  };
}
