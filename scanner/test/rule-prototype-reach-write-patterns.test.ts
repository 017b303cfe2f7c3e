import { ruleTests } from './rule-tester.js';

// Writes through prototypes reached at run time, in assignment patterns and loop heads.
ruleTests('prototype-reach-write', {
  valid: [
    'const o = { inner: {} }; [o.inner.x] = [1]; ({ a: o.inner.y } = { a: 2 }); return o',
    'const o = {}; [o.x] = [1]; for (o.y of [2]); return o',
  ],
  invalid: [
    '[Object.getPrototypeOf("").up1] = [1]',
    '({ a: Object.getPrototypeOf([]).up2 } = { a: 1 })',
    '[...Object.getPrototypeOf({}).up3] = [1]',
    '[Object.getPrototypeOf(0).up4 = 7] = []',
    'for (Object.getPrototypeOf({}).up5 of [1, 2]);',
    'for (Object.getPrototypeOf("").up6 in { a: 1 });',
  ],
});
