/*---
id: data-05-json-pretty
description: "Pretty-prints JSON with an indent and a key allow-list, checking the line count."
kind: benign
category: data
expect:
  ultra-secure:    { outcome: allowed, value: { lines: 4, first: "{", second: "  \"b\": 2," } }
  high-security:   { outcome: allowed, value: { lines: 4, first: "{", second: "  \"b\": 2," } }
  tenant-isolated: { outcome: allowed, value: { lines: 4, first: "{", second: "  \"b\": 2," } }
---*/
const s = JSON.stringify({ a: 1, b: 2, c: 3 }, ['b', 'c'], 2);
const lines = s.split('\n');
return { lines: lines.length, first: lines[0], second: lines[1] };
