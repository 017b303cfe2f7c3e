/*---
id: cg-new-realm-01-shadowrealm
description: "Creates a ShadowRealm to obtain fresh, unhardened intrinsics and evaluate a string in them; ShadowRealm must be absent."
kind: malicious
category: code-generation
technique: CG-new-realm
variant: plain
references:
  - "vm2 ATTACKS \"Future Risks\""
  - "simonw/research report"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const realm = new ShadowRealm();
return realm.evaluate('typeof globalThis');
