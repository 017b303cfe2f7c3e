/*---
id: oi-terminal-control-03-c1-csi-osc
description: 8-bit C1 CSI and OSC controls in an error message retitle the
  window and erase the display
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
// 8-bit C1 controls: CSI (U+009B) and OSC (U+009D) set the window title and erase the display.
throw new Error('\u009d0;build ok\u0007\u009b2J');
