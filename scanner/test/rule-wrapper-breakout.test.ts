import { ruleTests } from './rule-tester.js';

ruleTests('wrapper-breakout', {
  valid: ['return 1', 'const f = async function () { return 1 }; return f()', '})//'.slice(2) + 'return 1'],
  invalid: [
    {
      code: '}); globalThis.leak = 1; (async function () {',
      profiles: ['ultra-secure', 'high-security', 'tenant-isolated'],
    },
    '}).call(globalThis); (function () {',
    '})\n(async function () {',
  ],
});
