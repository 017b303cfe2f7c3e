/*---
id: lt-wasm-async-reaction-01-compile-then-spin
description: "Leaves a spinning reaction on an asynchronous WebAssembly.compile
  of a large module and returns: the reaction must run inside the execution (or
  never), not after its result."
kind: malicious
category: lifetime
technique: LT-wasm-async-reaction
variant: plain
references:
  - "sandproof SECURITY.md, claim 5: no guest code runs after its execution ended"
  - V8 wasm async compilation resolves its promise from a platform task
expect:
  ultra-secure:
    outcome: contained
    value: absent
  high-security:
    outcome: contained
    value: absent
  tenant-isolated:
    outcome: contained
flags:
  - async
---*/
// A module of 4,000 functions: its asynchronous compilation outlasts the execution's return.
if (typeof WebAssembly === 'undefined') return 'absent';
const leb = (n) => { const o = []; do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; o.push(b); } while (n); return o; };
const sec = (id, c) => [id, ...leb(c.length), ...c];
const n = 4000;
const bodies = [];
for (let i = 0; i < n; i++) bodies.push(4, 0x00, 0x41, 0x2a, 0x0b);
const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, ...sec(1, [1, 0x60, 0, 1, 0x7f]),
  ...sec(3, [...leb(n), ...new Array(n).fill(0)]), ...sec(10, [...leb(n), ...bodies])]);
WebAssembly.compile(bytes).then(() => { for (;;) {} });
return 'returned';
