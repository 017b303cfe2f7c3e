/*---
id: cg-async-ctor-03-class-method
description: "Reaches AsyncFunction from an async class method and from a promise returned by an async function, each checked for the error class of the refusal."
kind: malicious
category: code-generation
technique: CG-async-ctor
variant: combined
references:
  - "vm2 test \"AsyncFunction constructor extraction\""
expect:
  ultra-secure: { outcome: contained, value: "EvalError,EvalError" }
  high-security: { outcome: contained, value: "EvalError,EvalError" }
  tenant-isolated: { outcome: contained, value: "undefined,undefined" }
flags: [async]
---*/
class Job { async run() { return 1; } }
const viaMethod = () => Job.prototype.run.constructor;
const viaPromise = () => Object.getPrototypeOf(Job.prototype.run).constructor;
const out = [];
for (const get of [viaMethod, viaPromise]) {
  try { out.push(await get()('return typeof process')()); } catch (e) { out.push(e.name); }
}
return out.join(',');
