/*---
id: re-inspect-custom-03-result-and-cause
description: "Places inspect.custom hooks on the returned value, on an error cause and on a log argument, so that whichever host path inspects guest values hands over its inspect function."
kind: malicious
category: realm-escape
technique: RE-inspect-custom
variant: combined
references:
  - "CVE-2023-37903"
  - "CVE-2026-24781"
  - "CVE-2026-43997"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: {"note":"plain data"} }
  high-security: { outcome: contained, value: {"note":"plain data"} }
  tenant-isolated: { outcome: contained, value: {"note":"plain data"} }
---*/
const key = Symbol.for('nodejs.util.inspect.custom');
const hook = (depth, options, inspect) => {
  if (typeof inspect === 'function' || (options && typeof options === 'object' && 'stylize' in options)) console.log('ESCAPED');
  return 'hooked';
};
const result = { note: 'plain data', [key]: hook };
const cause = { [key]: hook };
console.log(new Error('with cause', { cause }));
console.warn(result);
return result;
