/*---
id: text-03-template-interpolation
description: "Renders a {{placeholder}} template from input data with a replace callback, no code evaluation."
kind: benign
category: text
input: { tpl: "Dear {{name}}, your order #{{order}} ships {{when}}. {{unknown}}", data: { name: "Ivy", order: 1042, when: "today" } }
expect:
  ultra-secure:    { outcome: allowed, value: "Dear Ivy, your order #1042 ships today. {{unknown}}" }
  high-security:   { outcome: allowed, value: "Dear Ivy, your order #1042 ships today. {{unknown}}" }
  tenant-isolated: { outcome: allowed, value: "Dear Ivy, your order #1042 ships today. {{unknown}}" }
---*/
return input.tpl.replace(/\{\{(\w+)\}\}/g, (m, key) => (key in input.data ? String(input.data[key]) : m));
