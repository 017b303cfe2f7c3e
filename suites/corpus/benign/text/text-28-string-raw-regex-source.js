/*---
id: text-28-string-raw-regex-source
description: "Builds a RegExp from escaped user text so special characters match literally."
kind: benign
category: text
input: { needle: "a.b*c?(d)" }
expect:
  ultra-secure:    { outcome: allowed, value: [true, false, "a\\.b\\*c\\?\\(d\\)"] }
  high-security:   { outcome: allowed, value: [true, false, "a\\.b\\*c\\?\\(d\\)"] }
  tenant-isolated: { outcome: allowed, value: [true, false, "a\\.b\\*c\\?\\(d\\)"] }
---*/
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const re = new RegExp(escape(input.needle));
return [re.test('xx a.b*c?(d) yy'), re.test('aXbbbc(d)'), re.source];
