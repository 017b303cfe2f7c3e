/*---
id: look-alike-44-string-includes-dangerous
description: "Sanitises user text by stripping script-like fragments, with eval, import and process only as search terms."
kind: benign
category: look-alike
flags: [look-alike]
input: { comment: "nice post <script>eval(x)</script> import('fs') process.exit()" }
expect:
  ultra-secure:    { outcome: allowed, value: "nice post [removed] [removed] [removed]" }
  high-security:   { outcome: allowed, value: "nice post [removed] [removed] [removed]" }
  tenant-isolated: { outcome: allowed, value: "nice post [removed] [removed] [removed]" }
---*/
const patterns = [/<script>.*?<\/script>/g, /import\([^)]*\)/g, /process\.\w+\(\)/g];
return patterns.reduce((s, p) => s.replace(p, '[removed]'), input.comment);
