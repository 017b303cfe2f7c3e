/**
 * The scanner's view of each profile is the runtime's profile, field for field and in behaviour: a scanner that
 * believed a profile allowed less than the runtime would refuse benign code, one that believed it allowed more
 * would pass attacks on to the runtime alone. Both read `contract/profiles.ts`; this pins what each does with it.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { KNOWN_MODULES, PROFILE_NAMES } from '../contract/index.js';
import { BUILTIN_PROFILES, DEFAULT_PROFILE, defineProfile, type Profile } from '../runtime/index.js';
import {
  DEFAULT_SCAN_PROFILE,
  resolveScanProfile,
  SCAN_PROFILES,
  type ScanProfile,
  SecurityScanner,
} from '../scanner/index.js';

/** The scanner's fields of a runtime profile, as the scanner's own view would state them. */
function projection(profile: Profile): Record<keyof ScanProfile, unknown> {
  return {
    name: profile.name,
    allowFunctionConstructor: profile.allowFunctionConstructor,
    allowedModules: [...profile.allowedModules],
    webAssembly: profile.webAssembly,
    sharedArrayBuffer: profile.sharedArrayBuffer,
    fetch: profile.fetch,
  };
}

test('the scanner and the runtime know the same built-in profiles and the same default', () => {
  assert.equal(Object.keys(SCAN_PROFILES), [...PROFILE_NAMES]);
  assert.equal(Object.keys(BUILTIN_PROFILES), [...PROFILE_NAMES]);
  assert.is(DEFAULT_SCAN_PROFILE, DEFAULT_PROFILE);
});

test("each built-in's scanner view equals the runtime profile's capability fields", () => {
  for (const name of PROFILE_NAMES) {
    const runtime = BUILTIN_PROFILES[name];
    assert.equal(
      { ...SCAN_PROFILES[name], allowedModules: [...SCAN_PROFILES[name].allowedModules] },
      projection(runtime),
      name,
    );
    for (const key of Object.keys(SCAN_PROFILES[name]))
      assert.ok(key in runtime, `${name}.${key} is a runtime field`);
  }
});

test('a profile object from the runtime resolves to the same view as its name', () => {
  for (const name of PROFILE_NAMES) {
    assert.equal(resolveScanProfile(BUILTIN_PROFILES[name]), resolveScanProfile(name), name);
  }
});

test("a custom profile's scanner view is its runtime fields", () => {
  const custom = defineProfile({
    name: 'formulas',
    memoryBudgetBytes: 1024 * 1024,
    timeoutMs: 1_000,
    allowFunctionConstructor: true,
    allowedModules: ['uuid'],
    fetch: false,
    webAssembly: true,
    sharedArrayBuffer: false,
    weakRefs: false,
    isolatePerTenant: false,
  });
  const view = resolveScanProfile(custom);
  assert.ok(view !== undefined);
  assert.equal({ ...view, allowedModules: [...view.allowedModules] }, projection(custom));
});

/** Snippets the scanner refuses exactly when a profile lacks the capability, and what the runtime says of it. */
const CAPABILITY_SNIPPETS: ReadonlyArray<{ code: string; allowed: (p: Profile) => boolean }> = [
  ...KNOWN_MODULES.map((module) => ({
    code: `const m = require('${module}'); return typeof m;`,
    allowed: (p: Profile) => (p.allowedModules as readonly string[]).includes(module),
  })),
  { code: "return new Function('return 1')();", allowed: (p) => p.allowFunctionConstructor },
  { code: 'return new WebAssembly.Memory({ initial: 1 }).buffer.byteLength;', allowed: (p) => p.webAssembly },
  { code: 'return new SharedArrayBuffer(8).byteLength;', allowed: (p) => p.sharedArrayBuffer },
];

test('the scanner refuses a capability under exactly the built-in profiles whose runtime lacks it', async () => {
  const scanner = new SecurityScanner();
  for (const name of PROFILE_NAMES) {
    for (const { code, allowed } of CAPABILITY_SNIPPETS) {
      const report = await scanner.scan({ code, profile: name });
      assert.is(report.secure, allowed(BUILTIN_PROFILES[name]), `${name}: ${code}`);
    }
  }
});

test.run();
