/*---
id: syntax-15-tagged-template
description: "Writes a user tagged template that escapes interpolated values, showing template strings are ordinary syntax."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: "<b>&lt;i&gt;</b> and <b>5</b>" }
  high-security:   { outcome: allowed, value: "<b>&lt;i&gt;</b> and <b>5</b>" }
  tenant-isolated: { outcome: allowed, value: "<b>&lt;i&gt;</b> and <b>5</b>" }
---*/
function bold(strings, ...values) {
  const esc = (v) => String(v).replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return strings.reduce((acc, s, i) => acc + s + (i < values.length ? `<b>${esc(values[i])}</b>` : ''), '');
}
return bold`${'<i>'} and ${5}`;
