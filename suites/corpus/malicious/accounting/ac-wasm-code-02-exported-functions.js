/*---
id: ac-wasm-code-02-exported-functions
description: 30,000 functions, each exported under its own name, compiled with
  WebAssembly.compile and every export called.
kind: malicious
category: accounting
technique: AC-wasm-code
variant: plain
references:
  - "sandproof SECURITY.md, claim 6: memory every budget counts"
expect:
  ultra-secure:
    outcome: blocked
    stages:
      - scan
      - runtime
  high-security:
    outcome: blocked
    stages:
      - scan
      - runtime
  tenant-isolated:
    outcome: blocked
    stages:
      - runtime
---*/
// 30,000 functions, each exported under its own name, compiled with WebAssembly.compile and every export called.
const n = 30000;
const leb = (out, v) => { do { let b = v & 127; v >>>= 7; if (v) b |= 128; out.push(b); } while (v); };
const section = (out, id, body) => { out.push(id); leb(out, body.length); for (const b of body) out.push(b); };
const funcs = []; leb(funcs, n); for (let i = 0; i < n; i++) funcs.push(0);
const exps = []; leb(exps, n);
const code = []; leb(code, n);
for (let i = 0; i < n; i++) {
  const name = 'e' + i.toString(36);
  exps.push(name.length); for (let c = 0; c < name.length; c++) exps.push(name.charCodeAt(c)); exps.push(0); leb(exps, i);
  code.push(2, 0, 0x0b);
}
const all = [0, 97, 115, 109, 1, 0, 0, 0];
section(all, 1, [1, 0x60, 0, 0]); section(all, 3, funcs); section(all, 7, exps); section(all, 10, code);
const module = await WebAssembly.compile(new Uint8Array(all));
const instance = new WebAssembly.Instance(module, {});
for (const f of Object.values(instance.exports)) f();
globalThis.keep = instance;
return all.length;
