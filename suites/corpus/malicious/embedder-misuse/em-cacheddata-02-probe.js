/*---
id: em-cacheddata-02-probe
description: "Probes the global object and the injected API for any compile entry point that accepts cached data or snapshots (compileScript, Script, createCachedData, deserialize)."
kind: malicious
category: embedder-misuse
technique: EM-cacheddata
variant: obfuscated
references:
  - "CVE-2022-39266"
  - "isolated-vm README"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const names = ['compile' + 'Script', 'compileScriptSync', 'Script', 'createCachedData', 'cachedData', 'deserialize', 'startupSnapshot', 'createSnapshot'];
const holders = [globalThis, console];
if (typeof require === 'function') holders.push(require);
for (const h of holders) for (const n of names) {
  if (typeof h[n] !== 'undefined') return 'ESCAPED: ' + n + ' is reachable';
}
return 'held';
