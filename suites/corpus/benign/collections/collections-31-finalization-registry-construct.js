/*---
id: collections-31-finalization-registry-construct
description: "Registers and unregisters a cleanup with a FinalizationRegistry where offered (a no-op stand-in otherwise); nothing waits for GC."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: [true, false] }
  high-security:   { outcome: allowed, value: [true, false] }
  tenant-isolated: { outcome: allowed, value: [true, false] }
---*/
// FinalizationRegistry callbacks depend on GC timing, so stricter profiles may leave it out.
const Registry = typeof FinalizationRegistry === 'function' ? FinalizationRegistry : class {
  #tokens = new Set();
  register(target, held, token) { this.#tokens.add(token); }
  unregister(token) { return this.#tokens.delete(token); }
};
const reg = new Registry(() => {});
const token = {};
const target = {};
reg.register(target, 'held', token);
return [reg.unregister(token), reg.unregister(token)];
