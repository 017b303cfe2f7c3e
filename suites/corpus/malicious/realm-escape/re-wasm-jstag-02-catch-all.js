/*---
id: re-wasm-jstag-02-catch-all
description: "Instantiates a module whose exported function wraps an imported call in a wasm try/catch_all, catching an exception thrown by the injected API without any JavaScript catch block."
kind: malicious
category: realm-escape
technique: RE-wasm-jstag
variant: obfuscated
references:
  - "CVE-2026-26956"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const W = globalThis['Web' + 'Assembly'];
if (W === undefined) return 'held';
// (module (import "m" "f" (func)) (func (export "run") (result i32) (try (result i32) (do call 0 i32.const 0) (catch_all i32.const 1))))
const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 8, 2, 96, 0, 0, 96, 0, 1, 127, 2, 7, 1, 1, 109, 1, 102, 0, 0,
  3, 2, 1, 1, 7, 7, 1, 3, 114, 117, 110, 0, 1, 10, 14, 1, 12, 0, 6, 127, 16, 0, 65, 0, 25, 65, 1, 11, 11]);
let instance;
try { instance = new W.Instance(new W.Module(bytes), { m: { f() { console.log(Symbol('w')); null.x; } } }); } catch (e) { return 'held'; }
const caughtInWasm = instance.exports.run();
return caughtInWasm === 1 || caughtInWasm === 0 ? 'held' : 'unexpected';
