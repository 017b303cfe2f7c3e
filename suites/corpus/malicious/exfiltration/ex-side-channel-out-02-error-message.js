/*---
id: ex-side-channel-out-02-error-message
description: "Exfiltrates through the error channel, throwing an error whose message is large and whose name is an accessor, checking that the runtime still reports an ordinary script error."
kind: malicious
category: exfiltration
technique: EX-side-channel-out
variant: obfuscated
references:
  - "forge-sandbox (docs.rs) \"Output size limits\""
  - "HN discussion of Deno Sandbox secret placeholders"
expect:
  ultra-secure: { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const e = new Error('m'.repeat(1 << 18));
Object.defineProperty(e, 'na' + 'me', { get() { return 'LeakError:' + 'n'.repeat(1 << 16); } });
throw e;
