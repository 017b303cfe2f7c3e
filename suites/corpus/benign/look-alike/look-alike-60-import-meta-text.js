/*---
id: look-alike-60-import-meta-text
description: "Mentions import.meta, dynamic import and export in a generated ESM wrapper string that is only returned."
kind: benign
category: look-alike
flags: [async, look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: "export default async () => (await import(new URL('./a.js', import.meta.url))).main();" }
  high-security:   { outcome: allowed, value: "export default async () => (await import(new URL('./a.js', import.meta.url))).main();" }
  tenant-isolated: { outcome: allowed, value: "export default async () => (await import(new URL('./a.js', import.meta.url))).main();" }
---*/
const entry = './a.js';
return `export default async () => (await import(new URL('${entry}', import.meta.url))).main();`;
