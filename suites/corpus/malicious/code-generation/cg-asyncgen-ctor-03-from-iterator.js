/*---
id: cg-asyncgen-ctor-03-from-iterator
description: "Walks from a live async generator object up to AsyncGeneratorFunction and also to Function, reporting the error class of each refusal."
kind: malicious
category: code-generation
technique: CG-asyncgen-ctor
variant: combined
references:
  - "vm2 ATTACKS cat. 1"
expect:
  ultra-secure: { outcome: contained, value: "EvalError,EvalError" }
  high-security: { outcome: contained, value: "EvalError,EvalError" }
  tenant-isolated: { outcome: contained, value: "undefined,undefined" }
flags: [async]
---*/
async function* feed() { yield 1; }
const it = feed();
const AGF = it.constructor.constructor;
const out = [];
try { out.push((await AGF('yield typeof process')().next()).value); } catch (e) { out.push(e.name); }
try { out.push(AGF.constructor('return typeof process')()); } catch (e) { out.push(e.name); }
return out.join(',');
