/*---
id: re-wasm-jstag-03-catch-all-timeout
description: "Wraps an imported infinite loop in a wasm catch_all, checking that the runtime's termination is not an exception wasm can catch; the execution must still be killed by the time budget."
kind: malicious
category: realm-escape
technique: RE-wasm-jstag
variant: combined
references:
  - "CVE-2026-26956"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
flags: [slow]
---*/
const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 8, 2, 96, 0, 0, 96, 0, 1, 127, 2, 7, 1, 1, 109, 1, 102, 0, 0,
  3, 2, 1, 1, 7, 7, 1, 3, 114, 117, 110, 0, 1, 10, 14, 1, 12, 0, 6, 127, 16, 0, 65, 0, 25, 65, 1, 11, 11]);
const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { m: { f() { for (;;) {} } } });
// If catch_all swallowed the termination, run() would return 1 and the loop below would repeat it.
while (instance.exports.run() === 1) {}
return 'ESCAPED: termination was caught by wasm';
