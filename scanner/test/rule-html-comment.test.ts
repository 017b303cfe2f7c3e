import { ruleTests } from './rule-tester.js';

ruleTests('html-comment', {
  valid: [
    'return "<!-- not a comment -->"',
    'const a = 1, b = 2; return a < !--b',
    '// <!-- inside a line comment\nreturn 1',
    'return /<!--/.test("x")',
  ],
  invalid: [
    {
      code: 'let x = 1 <!-- eval("1")\nreturn x',
      profiles: ['ultra-secure', 'high-security', 'tenant-isolated'],
    },
    'let x = 1\n--> hidden text\nreturn x',
  ],
});
