import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { RULES } from '../rules/index.js';
import { SARIF_SCHEMA, sarifLevel, toSarif } from '../sarif.js';
import { SecurityScanner } from '../security-scanner.js';

const scanner = new SecurityScanner();

test('a SARIF 2.1.0 log with the driver, its rules and located results', () => {
  const report = scanner.scanSync({ code: 'const a = 1;\nreturn eval("a")' });
  const log = toSarif([{ uri: 'snippets/a.js', report }]);
  assert.is(log.version, '2.1.0');
  assert.is(log.$schema, SARIF_SCHEMA);
  const run = log.runs[0];
  assert.ok(run);
  assert.is(run?.tool.driver.name, 'sandproof-scanner');
  const ids = run?.tool.driver.rules.map((r) => r.id) ?? [];
  for (const rule of RULES) assert.ok(ids.includes(rule.meta.id), rule.meta.id);
  assert.ok(ids.includes('parse-error'));
  const result = run?.results[0];
  assert.is(result?.ruleId, 'eval');
  assert.is(result?.level, 'error');
  assert.is(run?.tool.driver.rules[result?.ruleIndex ?? -1]?.id, 'eval');
  const location = result?.locations[0]?.physicalLocation;
  assert.is(location?.artifactLocation.uri, 'snippets/a.js');
  assert.is(location?.region.startLine, 2);
  assert.is(location?.region.startColumn, 8);
});

test('severity to level mapping', () => {
  assert.is(sarifLevel('critical'), 'error');
  assert.is(sarifLevel('high'), 'error');
  assert.is(sarifLevel('medium'), 'warning');
  assert.is(sarifLevel('low'), 'note');
  assert.is(sarifLevel('info'), 'none');
});

test('clean files give no results, and the log is JSON-serializable', () => {
  const log = toSarif([{ uri: 'ok.js', report: scanner.scanSync({ code: 'return 1' }) }]);
  assert.equal(log.runs[0]?.results, []);
  assert.equal(JSON.parse(JSON.stringify(log)).version, '2.1.0');
});

test.run();
