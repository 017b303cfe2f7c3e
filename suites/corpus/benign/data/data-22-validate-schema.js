/*---
id: data-22-validate-schema
description: "Validates input records against a tiny hand-written schema and lists the errors."
kind: benign
category: data
input: { records: [{ name: "ok", age: 30 }, { name: "", age: 5 }, { age: "x" }] }
expect:
  ultra-secure:    { outcome: allowed, value: [[], ["name: empty"], ["name: missing", "age: not a number"]] }
  high-security:   { outcome: allowed, value: [[], ["name: empty"], ["name: missing", "age: not a number"]] }
  tenant-isolated: { outcome: allowed, value: [[], ["name: empty"], ["name: missing", "age: not a number"]] }
---*/
const rules = {
  name: (v) => (v === undefined ? 'missing' : v === '' ? 'empty' : null),
  age: (v) => (typeof v !== 'number' ? 'not a number' : null),
};
return input.records.map((r) => Object.entries(rules).flatMap(([k, check]) => {
  const err = check(r[k]);
  return err ? [`${k}: ${err}`] : [];
}));
