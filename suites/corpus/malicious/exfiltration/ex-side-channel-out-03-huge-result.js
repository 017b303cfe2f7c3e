/*---
id: ex-side-channel-out-03-huge-result
description: "Returns a result far larger than any reasonable reply, to push data out through the result channel; the runtime must refuse it as untransferable or stop it on memory."
kind: malicious
category: exfiltration
technique: EX-side-channel-out
variant: combined
references:
  - "forge-sandbox (docs.rs) \"Output size limits\""
  - "HN discussion of Deno Sandbox secret placeholders"
expect:
  ultra-secure: { outcome: blocked, stages: [runtime], errors: [ERR_RESULT_NOT_TRANSFERABLE, ERR_MEMORY_LIMIT] }
  high-security: { outcome: blocked, stages: [runtime], errors: [ERR_RESULT_NOT_TRANSFERABLE, ERR_MEMORY_LIMIT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_RESULT_NOT_TRANSFERABLE, ERR_MEMORY_LIMIT] }
flags: [slow]
---*/
const parts = [];
for (let i = 0; i < 64; i++) parts.push('r'.repeat(1 << 15) + i);
return parts.join('');
