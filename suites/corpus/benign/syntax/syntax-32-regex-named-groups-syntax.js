/*---
id: syntax-32-regex-named-groups-syntax
description: "Destructures named capture groups from a regular expression match."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: { year: "2024", month: "01", day: "02" } }
  high-security:   { outcome: allowed, value: { year: "2024", month: "01", day: "02" } }
  tenant-isolated: { outcome: allowed, value: { year: "2024", month: "01", day: "02" } }
---*/
const { groups: { year, month, day } } = /(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})/.exec('due 2024-01-02');
return { year, month, day };
