/*---
id: look-alike-12-function-in-messages
description: "Puts the word Function in error messages and typeof checks, the normal way to validate callbacks."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: ["TypeError: Function expected, got number", "function", true] }
  high-security:   { outcome: allowed, value: ["TypeError: Function expected, got number", "function", true] }
  tenant-isolated: { outcome: allowed, value: ["TypeError: Function expected, got number", "function", true] }
---*/
const call = (fn) => {
  if (typeof fn !== 'function') throw new TypeError(`Function expected, got ${typeof fn}`);
  return fn();
};
let msg;
try { call(42); } catch (e) { msg = `${e.name}: ${e.message}`; }
return [msg, typeof call, call(() => true)];
