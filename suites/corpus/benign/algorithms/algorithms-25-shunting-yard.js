/*---
id: algorithms-25-shunting-yard
description: "Parses infix arithmetic with the shunting-yard algorithm and evaluates it, with no string evaluation."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: [7, 9, 10, 2] }
  high-security:   { outcome: allowed, value: [7, 9, 10, 2] }
  tenant-isolated: { outcome: allowed, value: [7, 9, 10, 2] }
---*/
const prec = { '+': 1, '-': 1, '*': 2, '/': 2 };
const apply = { '+': (a, b) => a + b, '-': (a, b) => a - b, '*': (a, b) => a * b, '/': (a, b) => a / b };
function calc(src) {
  const out = [];
  const ops = [];
  const reduce = () => { const op = ops.pop(); const b = out.pop(); const a = out.pop(); out.push(apply[op](a, b)); };
  for (const tok of src.match(/\d+|[-+*/()]/g)) {
    if (/\d/.test(tok)) out.push(Number(tok));
    else if (tok === '(') ops.push(tok);
    else if (tok === ')') { while (ops.at(-1) !== '(') reduce(); ops.pop(); }
    else { while (ops.length && ops.at(-1) !== '(' && prec[ops.at(-1)] >= prec[tok]) reduce(); ops.push(tok); }
  }
  while (ops.length) reduce();
  return out[0];
}
return [calc('1 + 2 * 3'), calc('(1 + 2) * 3'), calc('20 / 4 * 2'), calc('10 - 4 - 4')];
