/*---
id: text-01-slugify
description: "Turns titles into URL slugs with simple, linear regular expressions."
kind: benign
category: text
input: { titles: ["Hello, World!", "  Déjà vu -- again  ", "100% Pure JS"] }
expect:
  ultra-secure:    { outcome: allowed, value: ["hello-world", "deja-vu-again", "100-pure-js"] }
  high-security:   { outcome: allowed, value: ["hello-world", "deja-vu-again", "100-pure-js"] }
  tenant-isolated: { outcome: allowed, value: ["hello-world", "deja-vu-again", "100-pure-js"] }
---*/
return input.titles.map((t) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''));
