/*---
id: data-33-invoice-locale-de
description: Formats 300 invoice amounts and dates for a German reader, sorts
  them with a locale-aware comparison and summarises two dates with
  Array.prototype.toLocaleString.
kind: benign
category: data
expect:
  ultra-secure:
    outcome: allowed
    value:
      - 300
      - true
  high-security:
    outcome: allowed
    value:
      - 300
      - true
  tenant-isolated:
    outcome: allowed
    value:
      - 300
      - true
---*/
// An invoice list: 300 amounts and dates formatted for a German reader, sorted by customer name with a
// locale-aware comparison, and one summary line through Array.prototype.toLocaleString.
const rows = [];
for (let i = 0; i < 300; i++) {
  rows.push({ name: 'Kunde ' + ((i * 7919) % 300), amount: i * 12.5, when: new Date(Date.UTC(2023, i % 12, 1 + (i % 28))) });
}
rows.sort((a, b) => a.name.localeCompare(b.name, 'de'));
const lines = rows.map((r) => r.name + ';' + r.amount.toLocaleString('de-DE') + ';' + r.when.toLocaleString('de-DE'));
const summary = [rows[0].when, rows[1].when].toLocaleString('de-DE');
return [lines.length, summary.length > 0];
