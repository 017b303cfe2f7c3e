/*---
id: text-05-email-validation
description: "Validates e-mail addresses with an anchored regular expression free of nested quantifiers."
kind: benign
category: text
expect:
  ultra-secure:    { outcome: allowed, value: [true, true, false, false, false] }
  high-security:   { outcome: allowed, value: [true, true, false, false, false] }
  tenant-isolated: { outcome: allowed, value: [true, true, false, false, false] }
---*/
const re = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
return ['a@b.co', 'first.last@sub.example.org', 'no-at.example.com', 'a@b', 'sp ace@x.io'].map((s) => re.test(s));
