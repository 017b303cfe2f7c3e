/**
 * JUnit XML, for CI test panels: the one writer (`renderJunitDocument`), and the documents of results files. Conformance: per profile a certification testcase and
 * one testcase per failed run (a documented known failure is `skipped`, as the runner does, so CI stays
 * green on documented failures) plus one passing testcase per clean category, since the results file
 * keeps counts, not every passing run. Benchmarks: one testcase per target, gate comparison and error.
 */
import type { ConformanceResults, ProfileCertification } from '../results/index.js';
import { benchVerdicts } from './bench-verdict.js';
import type { BenchReportInput } from './bench-view.js';
import { profileVerdict } from './conformance-verdict.js';
import { escapeXml } from './html-escape.js';

/** One JUnit test case. */
export interface JunitCase {
  name: string;
  classname: string;
  /** Seconds, written with three decimals; absent is written `0` (the results files keep no per-run time). */
  timeSeconds?: number;
  /** A failure; it wins over `skipped` when both are set. */
  failure?: { type: string; message: string };
  /** Why the case was skipped (a documented known failure, a target reported but not gated). */
  skipped?: string;
}

/** One JUnit test suite; its failure and skipped counts are computed from its cases. */
export interface JunitSuite {
  name: string;
  /** Seconds, written with three decimals; absent is written `0`. */
  timeSeconds?: number;
  cases: readonly JunitCase[];
}

const seconds = (s: number | undefined): string => (s === undefined ? '0' : s.toFixed(3));

function renderCase(c: JunitCase): string {
  const head = `    <testcase name="${escapeXml(c.name)}" classname="${escapeXml(c.classname)}" time="${seconds(c.timeSeconds)}"`;
  if (c.failure) {
    return `${head}>\n      <failure type="${escapeXml(c.failure.type)}" message="${escapeXml(c.failure.message)}"/>\n    </testcase>`;
  }
  if (c.skipped !== undefined)
    return `${head}>\n      <skipped message="${escapeXml(c.skipped)}"/>\n    </testcase>`;
  return `${head}/>`;
}

function renderSuite(suite: JunitSuite): string {
  const { cases } = suite;
  const failures = cases.filter((c) => c.failure).length;
  const skipped = cases.filter((c) => !c.failure && c.skipped !== undefined).length;
  const attrs = `name="${escapeXml(suite.name)}" tests="${cases.length}" failures="${failures}" skipped="${skipped}" time="${seconds(suite.timeSeconds)}"`;
  return [`  <testsuite ${attrs}>`, ...cases.map(renderCase), '  </testsuite>'].join('\n');
}

/**
 * The one JUnit XML writer: every JUnit file sandproof writes (the conformance runner's, one case per run;
 * `sandproof report`'s, from a results file; the benchmarks') is this document. Every attribute and
 * message goes through `escapeXml`, which also writes control characters as text.
 */
export function renderJunitDocument(suites: readonly JunitSuite[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<testsuites>',
    ...suites.map(renderSuite),
    '</testsuites>',
    '',
  ].join('\n');
}

function profileCases(results: ConformanceResults, p: ProfileCertification): JunitCase[] {
  const verdict = profileVerdict(results, p);
  const certification: JunitCase = {
    name: `certification: ${verdict.word}`,
    classname: `${p.profile}.certification`,
  };
  if (verdict.status !== 'pass') {
    const allKnown = p.unexpectedFailures === 0 && p.unexpectedPasses === 0;
    if (allKnown && p.runs > 0)
      certification.skipped = `${verdict.rule} Every failure is documented in the expectations file.`;
    else certification.failure = { type: 'not-certified', message: verdict.rule };
  }
  const failed = new Set(p.failures.map((f) => f.category));
  const clean = Object.entries(p.categories)
    .filter(([name]) => !failed.has(name.replace(/^benign\//, '')))
    .map(([name, c]) => ({
      name: `${name}: ${c.passed}/${c.samples} samples passed`,
      classname: `${p.profile}.${name}`,
    }));
  const failures = p.failures.map((f): JunitCase => {
    const c: JunitCase = {
      name: `${f.sampleId} [${f.scan ? 'scan' : 'no-scan'}]`,
      classname: `${p.profile}.${f.category}`,
    };
    if (f.known !== null) c.skipped = `known failure: ${f.known}`;
    else
      c.failure = {
        type: f.findingClass ? `${f.findingClass}/${f.kind}` : f.kind,
        message: `expected ${f.expected}; got ${f.actual}; ${f.reason}; reproduce: ${f.reproduce}`,
      };
    return c;
  });
  return [certification, ...clean, ...failures];
}

/** JUnit XML of a conformance results file. */
export function renderConformanceJunit(results: ConformanceResults): string {
  return renderJunitDocument(
    results.profiles.map((p) => ({
      name: `sandproof conformance: ${results.adapter.name} / ${p.profile}`,
      cases: profileCases(results, p),
    })),
  );
}

/** JUnit XML of a benchmark results file. */
export function renderBenchJunit(b: BenchReportInput): string {
  const targets = b.targets.map((t): JunitCase => {
    const c: JunitCase = { name: `${t.id}: ${t.description}`, classname: `bench.targets.${t.kind}` };
    const message = `value ${t.value} against limit ${t.comparison === 'max' ? '<' : '>='} ${t.limit}`;
    if (!t.ok && t.kind === 'static') c.failure = { type: 'target-missed', message };
    else if (!t.ok) c.skipped = `missed (reported, not gated): ${message}`;
    return c;
  });
  const gate = benchVerdicts(b).find((v) => v.name === 'regression gate')!;
  const gateCases: JunitCase[] = (b.gate?.comparisons ?? []).map((c) => ({
    name: c.id,
    classname: 'bench.gate',
    ...(c.regressed
      ? {
          failure: {
            type: 'regression',
            message: `${c.baseline} -> ${c.current} (${c.changePct.toFixed(1)}%)`,
          },
        }
      : {}),
  }));
  if (b.gate === undefined)
    gateCases.push({ name: 'regression gate', classname: 'bench.gate', skipped: gate.rule });
  const errors = b.errors.map(
    (e): JunitCase => ({
      name: e.id,
      classname: 'bench.errors',
      failure: { type: 'error', message: e.message },
    }),
  );
  return renderJunitDocument([
    { name: 'sandproof bench: targets', cases: targets },
    { name: 'sandproof bench: gate', cases: gateCases },
    ...(errors.length > 0 ? [{ name: 'sandproof bench: errors', cases: errors }] : []),
  ]);
}
