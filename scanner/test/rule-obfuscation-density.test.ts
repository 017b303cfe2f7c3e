import { ruleTests } from './rule-tester.js';

const JSFUCK_FILTER = '[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]';

ruleTests('obfuscation-density', {
  valid: [
    'return [1, 2, 3].map((x) => x + 1)',
    'return "\\x41\\x42"',
    'const f = () => ([] + []).length; return f()',
  ],
  invalid: [`return ${JSFUCK_FILTER}`, `return "${'\\x65'.repeat(30)}"`, `return "${'\\u0065'.repeat(30)}"`],
});
