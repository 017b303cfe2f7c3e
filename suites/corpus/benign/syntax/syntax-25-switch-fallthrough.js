/*---
id: syntax-25-switch-fallthrough
description: "Uses switch with deliberate fall-through to classify values."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: ["weekend", "weekday", "weekend", "unknown"] }
  high-security:   { outcome: allowed, value: ["weekend", "weekday", "weekend", "unknown"] }
  tenant-isolated: { outcome: allowed, value: ["weekend", "weekday", "weekend", "unknown"] }
---*/
function kind(day) {
  switch (day) {
    case 'sat':
    case 'sun':
      return 'weekend';
    case 'mon':
    case 'tue':
    case 'wed':
    case 'thu':
    case 'fri':
      return 'weekday';
    default:
      return 'unknown';
  }
}
return ['sat', 'tue', 'sun', 'xyz'].map(kind);
