/*---
id: oi-envelope-forgery-09-rejection-worded-timeout
description: "An unhandled rejection worded as isolated-vm's timeout, long before the deadline, must stay the guest's error, not become ERR_TIMEOUT"
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
Promise.reject(new Error('Script execution timed out.'));
await 0;
return 'the rejection was ignored';
