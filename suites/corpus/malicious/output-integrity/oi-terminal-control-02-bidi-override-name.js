/*---
id: oi-terminal-control-02-bidi-override-name
description: A right-to-left override in the error name and message reorders
  what a reader of the log sees
kind: malicious
category: output-integrity
technique: OI-terminal-control
variant: plain
references:
  - "sandproof SECURITY.md, claim 10: guest text on terminals, in reports and logs"
  - "Unicode UAX #9 bidirectional overrides (CVE-2021-42574, Trojan Source)"
unproven: "Not a sandbox advisory: CVE-2021-42574 is the rendering attack the oracle's control-character check looks for, in any sandbox's error text."
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
// A right-to-left override in the error name and message reorders what the reader sees.
const e = new Error('report saved to \u202etxt.exe');
e.name = 'Notice\u202e';
throw e;
