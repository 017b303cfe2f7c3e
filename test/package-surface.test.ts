/**
 * The package's main export is the runtime's public surface and the scanner, nothing more: every value
 * `runtime/index.ts` exports reaches the package, except `internals` (the bare isolate, the inspector-enabled
 * isolate and the monitor, which this repository's probes and tests drive and which a user must not).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as pkg from '../index.js';
import * as runtime from '../runtime/index.js';

test('the package exports every public value of the runtime area', () => {
  const missing = Object.keys(runtime).filter((name) => name !== 'internals' && !(name in pkg));
  assert.equal(missing, []);
});

test('the package does not export the runtime internals', () => {
  assert.not.ok('internals' in pkg);
  const internalNames = Object.keys(runtime.internals);
  assert.ok(internalNames.includes('SandboxIsolate'), 'the internals entry holds the bare isolate');
  assert.equal(
    internalNames.filter((name) => name in pkg),
    [],
  );
});

test('the package exports only the runtime and the scanner', () => {
  const extra = Object.keys(pkg).filter((name) => !(name in runtime) && name !== 'SecurityScanner');
  assert.equal(extra, []);
});

test.run();
