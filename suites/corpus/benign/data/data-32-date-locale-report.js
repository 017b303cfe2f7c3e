/*---
id: data-32-date-locale-report
description: Formats 500 dates with the default en-US date and time formatters
  for a report, keeping only the strings; V8 serves every call from one cached
  formatter.
kind: benign
category: data
expect:
  ultra-secure:
    outcome: allowed
    value:
      - 500
      - true
  high-security:
    outcome: allowed
    value:
      - 500
      - true
  tenant-isolated:
    outcome: allowed
    value:
      - 500
      - true
---*/
// A report formats 500 dates with the default en-US formatter, as a log viewer or a table export would,
// keeping only the strings. V8 serves every call from one cached formatter, so nothing lasts per call.
const out = [];
const start = Date.UTC(2024, 0, 1);
for (let i = 0; i < 500; i++) {
  const day = new Date(start + i * 86400000);
  out.push(day.toLocaleDateString('en-US') + ' ' + day.toLocaleTimeString('en-US'));
}
return [out.length, out[0].length > 0];
