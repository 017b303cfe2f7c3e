/*---
id: algorithms-24-rpn-calculator
description: "Evaluates reverse Polish notation expressions with a stack, a safe arithmetic interpreter."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: [14, 5, -3] }
  high-security:   { outcome: allowed, value: [14, 5, -3] }
  tenant-isolated: { outcome: allowed, value: [14, 5, -3] }
---*/
const ops = { '+': (a, b) => a + b, '-': (a, b) => a - b, '*': (a, b) => a * b, '/': (a, b) => Math.trunc(a / b) };
const rpn = (expr) => {
  const st = [];
  for (const tok of expr.split(' ')) {
    if (tok in ops) { const b = st.pop(); const a = st.pop(); st.push(ops[tok](a, b)); }
    else st.push(Number(tok));
  }
  return st.pop();
};
return [rpn('5 1 2 + 4 * + 3 -'), rpn('10 2 /'), rpn('2 5 -')];
