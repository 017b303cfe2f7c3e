/**
 * JUnit XML of a run: one testsuite per profile, one testcase per sample x profile x scan mode.
 * A failure the expectations file lists is reported as skipped (with its reason) so CI stays green on
 * documented failures; an unexpected pass is a failure (the expectations file is stale). Guest text (messages
 * in `actual` and `reason`) goes through the reports' `escapeXml`, which also writes control characters as text.
 */
import { escapeXml } from '../reports/index.js';
import { recordClass } from './findings.js';
import type { RunRecord } from './run-record.js';

function testcase(record: RunRecord): string {
  const name = `${record.sampleId} [${record.scan ? 'scan' : 'no-scan'}]`;
  const classname = `${record.profile}.${record.kind}.${record.category}`;
  const head = `    <testcase name="${escapeXml(name)}" classname="${escapeXml(classname)}" time="${(record.durationMs / 1000).toFixed(3)}"`;
  if (record.unexpectedPass !== undefined) {
    const message = `unexpected pass (expectations file says: ${record.unexpectedPass})`;
    return `${head}>\n      <failure type="unexpected-pass" message="${escapeXml(message)}"/>\n    </testcase>`;
  }
  if (record.pass) return `${head}/>`;
  const detail = `expected ${record.expected}; got ${record.actual}; ${record.reason ?? ''}`;
  if (record.known !== undefined) {
    return `${head}>\n      <skipped message="${escapeXml(`known failure: ${record.known}`)}"/>\n    </testcase>`;
  }
  const findingClass = recordClass(record);
  const type = `${findingClass ?? 'failure'}/${record.failureKind ?? 'failure'}`;
  return `${head}>\n      <failure type="${escapeXml(type)}" message="${escapeXml(detail)}"/>\n    </testcase>`;
}

/** Renders the JUnit XML document. */
export function renderJunit(
  adapter: string,
  profiles: readonly string[],
  records: readonly RunRecord[],
): string {
  const suites = profiles.map((profile) => {
    const mine = records.filter((r) => r.profile === profile);
    const failures = mine.filter(
      (r) => (!r.pass && r.known === undefined) || r.unexpectedPass !== undefined,
    ).length;
    const skipped = mine.filter((r) => !r.pass && r.known !== undefined).length;
    const time = (mine.reduce((sum, r) => sum + r.durationMs, 0) / 1000).toFixed(3);
    const name = escapeXml(`sandproof conformance: ${adapter} / ${profile}`);
    const attrs = `name="${name}" tests="${mine.length}" failures="${failures}" skipped="${skipped}" time="${time}"`;
    return [`  <testsuite ${attrs}>`, ...mine.map(testcase), '  </testsuite>'].join('\n');
  });
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<testsuites>', ...suites, '</testsuites>', ''].join(
    '\n',
  );
}
