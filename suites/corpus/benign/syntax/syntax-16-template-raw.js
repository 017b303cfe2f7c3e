/*---
id: syntax-16-template-raw
description: "Reads raw template strings via String.raw so backslashes survive unprocessed."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: ["C:\\new\\table", 12, 10] }
  high-security:   { outcome: allowed, value: ["C:\\new\\table", 12, 10] }
  tenant-isolated: { outcome: allowed, value: ["C:\\new\\table", 12, 10] }
---*/
const p = String.raw`C:\new\table`;
const cooked = `C:\new\table`;
return [p, p.length, cooked.length];
