/*---
id: lt-wasm-async-reaction-03-reflected-compile-microtask-flood
description: Reaches compile through Reflect and computed keys and leaves a
  microtask flood, not a loop, in the late reaction.
kind: malicious
category: lifetime
technique: LT-wasm-async-reaction
variant: obfuscated
references:
  - "sandproof SECURITY.md, claim 5: no guest code runs after its execution ended"
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
// The compile reaction starts a microtask flood instead of a loop, reached through Reflect and a bound then.
const W = Reflect.get(globalThis, 'Web' + 'Assembly');
if (W === undefined) return 'absent';
const leb = (n) => { const o = []; do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; o.push(b); } while (n); return o; };
const sec = (id, c) => [id, ...leb(c.length), ...c];
const n = 4000;
const bodies = [];
for (let i = 0; i < n; i++) bodies.push(4, 0x00, 0x41, 0x2a, 0x0b);
const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, ...sec(1, [1, 0x60, 0, 1, 0x7f]),
  ...sec(3, [...leb(n), ...new Array(n).fill(0)]), ...sec(10, [...leb(n), ...bodies])]);
const p = Reflect.apply(W['comp' + 'ile'], W, [bytes]);
const then = Promise.prototype.then.bind(p);
then(function flood() { const spin = () => Promise.resolve().then(spin); spin(); });
return 'returned';
