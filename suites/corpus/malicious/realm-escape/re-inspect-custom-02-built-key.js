/*---
id: re-inspect-custom-02-built-key
description: "Builds the inspect.custom registry key at run time and hangs it on an error that is thrown uncaught, so that host-side error inspection calls back into the guest."
kind: malicious
category: realm-escape
technique: RE-inspect-custom
variant: obfuscated
references:
  - "CVE-2023-37903"
  - "CVE-2026-24781"
  - "CVE-2026-43997"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const key = Symbol.for(['nodejs', 'util', 'inspect', 'custom'].join('.'));
const err = new Error('inspect me');
err[key] = function (depth, options, inspect) {
  if (typeof inspect === 'function') console.log('ESCAPED: host inspect reached the guest');
  if (options && typeof options.stylize === 'function') console.log('ESCAPED: host options object');
  return 'custom';
};
throw err;
