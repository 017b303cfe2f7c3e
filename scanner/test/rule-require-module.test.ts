import { ruleTests } from './rule-tester.js';

ruleTests('require-module', {
  valid: [
    {
      code: 'const _ = require("lodash"); return _.chunk([1, 2], 1)',
      profiles: ['high-security', 'tenant-isolated'],
    },
    { code: 'return require("mo" + "ment")().year() > 0', profiles: ['high-security', 'tenant-isolated'] },
    { code: 'return require("uuid").v4().length', profiles: ['tenant-isolated'] },
    'const require = (x) => x; return require("fs")',
    'const obj = { require() { return 2 } }; return obj.require()',
  ],
  invalid: [
    { code: 'return require("lodash")', profiles: ['ultra-secure'] },
    {
      code: 'return require("child_process")',
      profiles: ['ultra-secure', 'high-security', 'tenant-isolated'],
    },
    { code: 'return require("uuid")', profiles: ['high-security'] },
    { code: 'const r = require; return r("lodash")', profiles: ['high-security', 'tenant-isolated'] },
    { code: 'return require(input.name)', profiles: ['tenant-isolated'] },
    { code: 'return require.cache', profiles: ['tenant-isolated'] },
    { code: 'return globalThis.require("fs")', profiles: ['tenant-isolated'] },
  ],
});
