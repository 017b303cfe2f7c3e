/*---
id: oi-envelope-forgery-08-rejection-worded-memory-kill
description: "An unhandled rejection worded as isolated-vm's memory kill must stay the guest's error, not become ERR_MEMORY_LIMIT"
kind: malicious
category: output-integrity
technique: OI-envelope-forgery
variant: plain
references:
  - "isolated-vm failure texts, as mapped by runtime/ivm-errors.ts"
expect:
  ultra-secure:
    outcome: blocked
    stages: [runtime]
    errors: [ERR_SCRIPT_ERROR]
  high-security:
    outcome: blocked
    stages: [runtime]
    errors: [ERR_SCRIPT_ERROR]
  tenant-isolated:
    outcome: blocked
    stages: [runtime]
    errors: [ERR_SCRIPT_ERROR]
---*/
// The runtime maps isolated-vm's own failure texts to resource codes. A rejection the guest never handles
// reaches the host with the guest's text; that text must not choose the code the audit records.
Promise.reject(new Error('Isolate was disposed during execution due to memory limit'));
await 0;
return 'the rejection was ignored';
