/*---
id: oi-terminal-control-01-clear-screen-fake-verdict
description: An error message clears the terminal and prints a fake ALL CHECKS
  PASSED; the caller's message must carry no raw ESC
kind: malicious
category: output-integrity
technique: OI-terminal-control
variant: plain
references:
  - "sandproof SECURITY.md, claim 10: guest text on terminals, in reports and logs"
  - ECMA-48 control functions (ESC, CSI, OSC)
expect:
  ultra-secure:
    outcome: blocked
    stages:
      - scan
      - runtime
    errors:
      - ERR_SCRIPT_ERROR
  high-security:
    outcome: blocked
    stages:
      - scan
      - runtime
    errors:
      - ERR_SCRIPT_ERROR
  tenant-isolated:
    outcome: blocked
    stages:
      - scan
      - runtime
    errors:
      - ERR_SCRIPT_ERROR
---*/
// An error message that clears the terminal, homes the cursor and prints a fake green verdict.
throw new Error('\x1b[2J\x1b[H\x1b[32mALL CHECKS PASSED\x1b[0m');
