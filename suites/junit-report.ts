/**
 * JUnit XML of a run: one testsuite per profile, one testcase per sample x profile x scan mode, written by
 * the reports' one JUnit writer. A failure the expectations file lists is reported as skipped (with its
 * reason) so CI stays green on documented failures; an unexpected pass is a failure (the expectations file
 * is stale).
 */
import { type JunitCase, renderJunitDocument } from '../reports/index.js';
import { recordClass } from './findings.js';
import type { RunRecord } from './run-record.js';

function testcase(record: RunRecord): JunitCase {
  const c: JunitCase = {
    name: `${record.sampleId} [${record.scan ? 'scan' : 'no-scan'}]`,
    classname: `${record.profile}.${record.kind}.${record.category}`,
    timeSeconds: record.durationMs / 1000,
  };
  if (record.unexpectedPass !== undefined) {
    const message = `unexpected pass (expectations file says: ${record.unexpectedPass})`;
    c.failure = { type: 'unexpected-pass', message };
  } else if (record.pass) {
    // A pass is a bare testcase.
  } else if (record.known !== undefined) c.skipped = `known failure: ${record.known}`;
  else {
    const findingClass = recordClass(record);
    c.failure = {
      type: `${findingClass ?? 'failure'}/${record.failureKind ?? 'failure'}`,
      message: `expected ${record.expected}; got ${record.actual}; ${record.reason ?? ''}`,
    };
  }
  return c;
}

/** Renders the JUnit XML document of a run's records. */
export function renderJunit(
  adapter: string,
  profiles: readonly string[],
  records: readonly RunRecord[],
): string {
  return renderJunitDocument(
    profiles.map((profile) => {
      const mine = records.filter((r) => r.profile === profile);
      return {
        name: `sandproof conformance: ${adapter} / ${profile}`,
        timeSeconds: mine.reduce((sum, r) => sum + r.durationMs, 0) / 1000,
        cases: mine.map(testcase),
      };
    }),
  );
}
