/*---
id: text-26-run-length-encoding
description: "Compresses and expands strings with run-length encoding using a backreference regex."
kind: benign
category: text
expect:
  ultra-secure:    { outcome: allowed, value: ["4a3b2c1d", "aaaabbbccd", true] }
  high-security:   { outcome: allowed, value: ["4a3b2c1d", "aaaabbbccd", true] }
  tenant-isolated: { outcome: allowed, value: ["4a3b2c1d", "aaaabbbccd", true] }
---*/
const enc = (s) => s.replace(/(.)\1*/g, (run, ch) => `${run.length}${ch}`);
const dec = (s) => s.replace(/(\d+)(\D)/g, (_, n, ch) => ch.repeat(Number(n)));
const e = enc('aaaabbbccd');
return [e, dec(e), dec(enc('xyz')) === 'xyz'];
