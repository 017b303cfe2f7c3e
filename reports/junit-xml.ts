/**
 * JUnit XML from results files, for CI test panels. Conformance: per profile a certification testcase and
 * one testcase per failed run (a documented known failure is `skipped`, as the runner does, so CI stays
 * green on documented failures) plus one passing testcase per clean category, since the results file
 * keeps counts, not every passing run. Benchmarks: one testcase per target, gate comparison and error.
 */
import type { ConformanceResults, ProfileCertification } from '../results/index.js';
import { benchVerdicts } from './bench-verdict.js';
import type { BenchReportInput } from './bench-view.js';
import { profileVerdict } from './conformance-verdict.js';
import { escapeXml } from './html-escape.js';

interface Case {
  name: string;
  classname: string;
  failure?: { type: string; message: string };
  skipped?: string;
}

function renderCase(c: Case): string {
  const head = `    <testcase name="${escapeXml(c.name)}" classname="${escapeXml(c.classname)}" time="0"`;
  if (c.failure) {
    return `${head}>\n      <failure type="${escapeXml(c.failure.type)}" message="${escapeXml(c.failure.message)}"/>\n    </testcase>`;
  }
  if (c.skipped !== undefined)
    return `${head}>\n      <skipped message="${escapeXml(c.skipped)}"/>\n    </testcase>`;
  return `${head}/>`;
}

function renderSuite(name: string, cases: Case[]): string {
  const failures = cases.filter((c) => c.failure).length;
  const skipped = cases.filter((c) => c.skipped !== undefined).length;
  const attrs = `name="${escapeXml(name)}" tests="${cases.length}" failures="${failures}" skipped="${skipped}" time="0"`;
  return [`  <testsuite ${attrs}>`, ...cases.map(renderCase), '  </testsuite>'].join('\n');
}

function document(suites: string[]): string {
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<testsuites>', ...suites, '</testsuites>', ''].join(
    '\n',
  );
}

function profileCases(results: ConformanceResults, p: ProfileCertification): Case[] {
  const verdict = profileVerdict(results, p);
  const certification: Case = {
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
  const failures = p.failures.map((f): Case => {
    const c: Case = {
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
  return document(
    results.profiles.map((p) =>
      renderSuite(`sandproof conformance: ${results.adapter.name} / ${p.profile}`, profileCases(results, p)),
    ),
  );
}

/** JUnit XML of a benchmark results file. */
export function renderBenchJunit(b: BenchReportInput): string {
  const targets = b.targets.map((t): Case => {
    const c: Case = { name: `${t.id}: ${t.description}`, classname: `bench.targets.${t.kind}` };
    const message = `value ${t.value} against limit ${t.comparison === 'max' ? '<' : '>='} ${t.limit}`;
    if (!t.ok && t.kind === 'static') c.failure = { type: 'target-missed', message };
    else if (!t.ok) c.skipped = `missed (reported, not gated): ${message}`;
    return c;
  });
  const gate = benchVerdicts(b).find((v) => v.name === 'regression gate')!;
  const gateCases: Case[] = (b.gate?.comparisons ?? []).map((c) => ({
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
    (e): Case => ({ name: e.id, classname: 'bench.errors', failure: { type: 'error', message: e.message } }),
  );
  return document([
    renderSuite('sandproof bench: targets', targets),
    renderSuite('sandproof bench: gate', gateCases),
    ...(errors.length > 0 ? [renderSuite('sandproof bench: errors', errors)] : []),
  ]);
}
