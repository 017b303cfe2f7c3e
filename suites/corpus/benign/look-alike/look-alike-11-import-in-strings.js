/*---
id: look-alike-11-import-in-strings
description: "Builds strings that contain import statements and import() text for a code generator's output, never running them."
kind: benign
category: look-alike
flags: [async, look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: ["import fs from 'fs';", "const m = await import('./m.js');", 2] }
  high-security:   { outcome: allowed, value: ["import fs from 'fs';", "const m = await import('./m.js');", 2] }
  tenant-isolated: { outcome: allowed, value: ["import fs from 'fs';", "const m = await import('./m.js');", 2] }
---*/
const lines = ["import fs from 'fs';", "const m = await import('./m.js');"];
return [...lines, lines.filter((l) => l.includes('import')).length];
