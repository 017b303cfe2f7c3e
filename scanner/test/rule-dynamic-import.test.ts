import { ruleTests } from './rule-tester.js';

ruleTests('dynamic-import', {
  valid: ['return "import(fs)"', 'const imports = [1]; return imports.length', 'return { import: 1 }.import'],
  invalid: [
    { code: 'return import("fs")', profiles: ['ultra-secure', 'high-security', 'tenant-isolated'] },
    'return import(/* hidden */ "data:text/javascript,export default 1")',
    'return await import("node:child_process")',
  ],
});
