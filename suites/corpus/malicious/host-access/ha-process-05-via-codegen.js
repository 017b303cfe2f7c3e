/*---
id: ha-process-05-via-codegen
description: "Combines code generation with the process lookup, asking generated code for process so that a sandbox-realm Function (tenant-isolated) still finds nothing."
kind: malicious
category: host-access
technique: HA-process
variant: combined
references:
  - "vm2 README"
  - "isolated-vm FAQ"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const attempts = [
  () => Function('return process')(),
  () => (() => 0).constructor('return globalThis.process')(),
  () => (async () => {}).constructor('return process'),
];
for (const attempt of attempts) {
  try {
    const p = attempt();
    if (p !== undefined && typeof p !== 'function') return 'ESCAPED: generated code saw process';
  } catch (e) { /* ReferenceError or EvalError */ }
}
return 'held';
