/*---
id: data-12-csv-emit
description: "Emits CSV from records, quoting fields that contain commas or quotes."
kind: benign
category: data
expect:
  ultra-secure:    { outcome: allowed, value: "id,note\n1,plain\n2,\"a, b\"\n3,\"say \"\"hi\"\"\"" }
  high-security:   { outcome: allowed, value: "id,note\n1,plain\n2,\"a, b\"\n3,\"say \"\"hi\"\"\"" }
  tenant-isolated: { outcome: allowed, value: "id,note\n1,plain\n2,\"a, b\"\n3,\"say \"\"hi\"\"\"" }
---*/
const rows = [{ id: 1, note: 'plain' }, { id: 2, note: 'a, b' }, { id: 3, note: 'say "hi"' }];
const q = (v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
return ['id,note', ...rows.map((r) => `${q(r.id)},${q(r.note)}`)].join('\n');
