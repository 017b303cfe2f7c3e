/*---
id: ac-intl-offheap-09-displaynames-datetimefield-kept
description: "Nine hundred and fifty Intl.DisplayNames of type dateTimeField,
  each keeping an ICU date-time pattern generator of about 38 KiB off the V8
  heap: under a 2 KiB charge they fit a 2 MB budget while the sandbox holds some
  35 MiB."
kind: malicious
category: accounting
technique: AC-intl-offheap
variant: plain
references:
  - "sandproof SECURITY.md, claim 6: memory every budget counts"
expect:
  ultra-secure:
    outcome: blocked
    stages:
      - runtime
  high-security:
    outcome: blocked
    stages:
      - runtime
  tenant-isolated:
    outcome: blocked
    stages:
      - runtime
---*/
// 950 Intl.DisplayNames of type dateTimeField: each keeps an ICU date-time pattern generator of about
// 38 KiB off the V8 heap. Under a small per-object charge they fit a 2 MB budget while the sandbox holds
// some 35 MiB; the ledger must charge what each one keeps.
const kept = [];
for (let i = 0; i < 950; i++) {
  const names = new Intl.DisplayNames('en', { type: 'dateTimeField' });
  names.of('era');
  kept.push(names);
}
globalThis.kept = kept;
return kept.length;
