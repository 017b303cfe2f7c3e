import { ruleTests } from './rule-tester.js';

ruleTests('shared-memory', {
  valid: [
    { code: 'return new SharedArrayBuffer(4).byteLength', profiles: ['high-security', 'tenant-isolated'] },
    'return new ArrayBuffer(4).byteLength',
    'return "Atomics"',
  ],
  invalid: [
    'const sab = new SharedArrayBuffer(4); return sab.byteLength',
    'return Atomics.wait(new Int32Array(4), 0, 0, 10)',
    'return self["Shared" + "ArrayBuffer"]',
  ],
});
