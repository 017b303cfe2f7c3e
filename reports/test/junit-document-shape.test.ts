/**
 * The one JUnit writer's shape, pinned: the declaration, one `testsuites`, each suite's counts computed from
 * its cases, times in seconds with three decimals (or `0` when not measured), a failure before a skip, and
 * every attribute escaped. The conformance runner, `sandproof report` and the benchmarks all write this.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { renderBenchJunit, renderConformanceJunit, renderJunitDocument } from '../index.js';
import { benchResults, nodeVmResults } from './fixtures.js';

test('a document: suites, cases, counts, times and escaping', () => {
  const xml = renderJunitDocument([
    {
      name: 'suite <a>',
      timeSeconds: 1.23456,
      cases: [
        { name: 'passes', classname: 'p.c', timeSeconds: 0.5 },
        { name: 'fails "x"', classname: 'p.c', failure: { type: 'escape/t', message: 'a & b' } },
        { name: 'known', classname: 'p.d', skipped: 'known failure: why' },
        { name: 'both', classname: 'p.d', failure: { type: 't', message: 'm' }, skipped: 'ignored' },
      ],
    },
    { name: 'empty', cases: [] },
  ]);
  assert.is(
    xml,
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites>',
      '  <testsuite name="suite &lt;a&gt;" tests="4" failures="2" skipped="1" time="1.235">',
      '    <testcase name="passes" classname="p.c" time="0.500"/>',
      '    <testcase name="fails &quot;x&quot;" classname="p.c" time="0">',
      '      <failure type="escape/t" message="a &amp; b"/>',
      '    </testcase>',
      '    <testcase name="known" classname="p.d" time="0">',
      '      <skipped message="known failure: why"/>',
      '    </testcase>',
      '    <testcase name="both" classname="p.d" time="0">',
      '      <failure type="t" message="m"/>',
      '    </testcase>',
      '  </testsuite>',
      '  <testsuite name="empty" tests="0" failures="0" skipped="0" time="0">',
      '  </testsuite>',
      '</testsuites>',
      '',
    ].join('\n'),
  );
});

test('the results and bench documents are that shape: one suite per profile, counts that add up', () => {
  for (const xml of [renderConformanceJunit(nodeVmResults()), renderBenchJunit(benchResults())]) {
    assert.ok(
      xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n  <testsuite name="sandproof '),
    );
    assert.ok(xml.endsWith('</testsuites>\n'));
    for (const suite of xml.split('<testsuite ').slice(1)) {
      const tests = Number(/^[^>]*tests="(\d+)"/.exec(suite)?.[1]);
      assert.is(suite.match(/<testcase /g)?.length ?? 0, tests);
      const failures = Number(/^[^>]*failures="(\d+)"/.exec(suite)?.[1]);
      assert.is(suite.match(/<failure /g)?.length ?? 0, failures);
    }
  }
  const profiles = nodeVmResults().profiles.length;
  assert.is(renderConformanceJunit(nodeVmResults()).match(/<testsuite /g)?.length, profiles);
});

test.run();
