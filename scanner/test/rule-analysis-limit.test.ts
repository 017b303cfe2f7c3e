import { ruleTests } from './rule-tester.js';

/** A member chain whose value resolution nests deeper than the cap (each read resolves its object first). */
function deepMembers(depth: number): string {
  return `return globalThis${'.x'.repeat(depth)};`;
}

ruleTests('analysis-limit', {
  valid: [
    'const a = 1; const b = a + 1; return b;',
    deepMembers(150),
    (() => {
      const lines = ['const a0 = globalThis.Math;'];
      for (let i = 1; i <= 300; i++) lines.push(`const a${i} = a${i - 1};`);
      return `${lines.join('\n')}\nreturn a300.max(1, 2);`;
    })(),
  ],
  invalid: [deepMembers(260)],
});
