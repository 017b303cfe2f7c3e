/*---
id: data-28-date-utc-math
description: "Does calendar arithmetic with Date.UTC and ISO strings, never the local time zone."
kind: benign
category: data
expect:
  ultra-secure:    { outcome: allowed, value: { iso: "2024-03-01T00:00:00.000Z", days: 60, weekday: 5 } }
  high-security:   { outcome: allowed, value: { iso: "2024-03-01T00:00:00.000Z", days: 60, weekday: 5 } }
  tenant-isolated: { outcome: allowed, value: { iso: "2024-03-01T00:00:00.000Z", days: 60, weekday: 5 } }
---*/
const start = Date.UTC(2024, 0, 1);
const d = new Date(Date.UTC(2024, 1, 29) + 86400000);
return { iso: d.toISOString(), days: (d.getTime() - start) / 86400000, weekday: d.getUTCDay() };
