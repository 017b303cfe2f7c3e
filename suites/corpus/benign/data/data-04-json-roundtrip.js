/*---
id: data-04-json-roundtrip
description: "Serialises and parses JSON with a replacer that drops secrets and a reviver that revives numbers."
kind: benign
category: data
expect:
  ultra-secure:    { outcome: allowed, value: { text: "{\"user\":\"kim\",\"n\":\"42\"}", back: { user: "kim", "n": 42 } } }
  high-security:   { outcome: allowed, value: { text: "{\"user\":\"kim\",\"n\":\"42\"}", back: { user: "kim", "n": 42 } } }
  tenant-isolated: { outcome: allowed, value: { text: "{\"user\":\"kim\",\"n\":\"42\"}", back: { user: "kim", "n": 42 } } }
---*/
const data = { user: 'kim', password: 'hunter2', n: '42' };
const text = JSON.stringify(data, (k, v) => (k === 'password' ? undefined : v));
const back = JSON.parse(text, (k, v) => (k === 'n' ? Number(v) : v));
return { text, back };
