/*---
id: re-symbol-name-03-uncaught
description: "Throws an error whose name and message are getters returning a Symbol and throwing, so the runtime's own error reporting meets the error-generation primitive; it must still report a script error."
kind: malicious
category: realm-escape
technique: RE-symbol-name
variant: combined
references:
  - "vm2 ATTACKS \"Error Generation Primitive\""
  - "CVE-2021-23555"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const e = new Error('base');
Object.defineProperty(e, 'name', { get() { return Symbol('name'); } });
Object.defineProperty(e, 'message', { get() { throw new TypeError('message getter'); } });
Object.defineProperty(e, 'stack', { get() { return { toString() { throw e; } }; } });
throw e;
