import { ruleTests } from './rule-tester.js';

ruleTests('wasm', {
  valid: [
    { code: 'return typeof WebAssembly.Module', profiles: ['tenant-isolated'] },
    'return { WebAssembly: 1 }.WebAssembly',
    'return "WebAssembly"',
  ],
  invalid: [
    {
      code: 'return new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))',
      profiles: ['ultra-secure', 'high-security'],
    },
    'return globalThis["Web" + "Assembly"]',
  ],
});
