/*---
id: algorithms-23-balanced-brackets
description: "Checks bracket balance with a stack, the classic parser warm-up."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: [true, false, false, true] }
  high-security:   { outcome: allowed, value: [true, false, false, true] }
  tenant-isolated: { outcome: allowed, value: [true, false, false, true] }
---*/
const pairs = { ')': '(', ']': '[', '}': '{' };
const balanced = (s) => {
  const stack = [];
  for (const ch of s) {
    if ('([{'.includes(ch)) stack.push(ch);
    else if (ch in pairs && stack.pop() !== pairs[ch]) return false;
  }
  return stack.length === 0;
};
return ['{[()()]}', '([)]', '((', 'a(b)c'].map(balanced);
