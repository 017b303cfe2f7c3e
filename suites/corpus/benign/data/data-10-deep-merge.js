/*---
id: data-10-deep-merge
description: "Deep-merges a defaults object with user settings from the input, keeping unspecified defaults."
kind: benign
category: data
input: { theme: { color: "dark" }, editor: { tabs: 4 } }
expect:
  ultra-secure:    { outcome: allowed, value: { theme: { color: "dark", font: "mono" }, editor: { tabs: 4, wrap: true }, lang: "en" } }
  high-security:   { outcome: allowed, value: { theme: { color: "dark", font: "mono" }, editor: { tabs: 4, wrap: true }, lang: "en" } }
  tenant-isolated: { outcome: allowed, value: { theme: { color: "dark", font: "mono" }, editor: { tabs: 4, wrap: true }, lang: "en" } }
---*/
const defaults = { theme: { color: 'light', font: 'mono' }, editor: { tabs: 2, wrap: true }, lang: 'en' };
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function merge(a, b) {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = isObj(v) && isObj(a[k]) ? merge(a[k], v) : v;
  return out;
}
return merge(defaults, input);
