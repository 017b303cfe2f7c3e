/*---
id: ex-side-channel-out-04-stalling-getter
description: "Returns an object whose getter never finishes, so a host that copies results outside the time limit would hang; the runtime must serialize under its deadline and time out."
kind: malicious
category: exfiltration
technique: EX-side-channel-out
variant: combined
references:
  - "forge-sandbox (docs.rs) \"Output size limits\""
  - "HN discussion of Deno Sandbox secret placeholders"
expect:
  ultra-secure: { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT, ERR_RESULT_NOT_TRANSFERABLE] }
  high-security: { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT, ERR_RESULT_NOT_TRANSFERABLE] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT, ERR_RESULT_NOT_TRANSFERABLE] }
flags: [slow]
---*/
return { get stall() { for (;;) {} } };
