import { ruleTests } from './rule-tester.js';

// Builtin-prototype writes through assignment patterns and for-in / for-of heads.
ruleTests('prototype-write', {
  valid: [
    'const o = {}; [o.a, o.b] = [1, 2]; return o',
    'const o = {}; ({ x: o.x, ...o.rest } = input); return o',
    'const o = {}; for (o.k of [1, 2]); for (o.j in { a: 1 }); return o',
    'const [a = 1, ...b] = input; return [a, b]',
  ],
  invalid: [
    '[String.prototype.pad9] = [1]',
    '({ a: Array.prototype.flat9 } = { a: 1 })',
    '[...Object.prototype.rest9] = [1, 2]',
    '[Number.prototype.dflt9 = 7] = []',
    'for (Object.prototype.owned9 of [1, 2]);',
    'for (String.prototype.k9 in { a: 1 });',
    '({ ...Array.prototype.all9 } = { a: 1 })',
  ],
});
