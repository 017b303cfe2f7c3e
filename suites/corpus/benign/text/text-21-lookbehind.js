/*---
id: text-21-lookbehind
description: "Uses lookbehind and lookahead assertions to extract prices and hide all but the last four digits."
kind: benign
category: text
expect:
  ultra-secure:    { outcome: allowed, value: [["19.99", "5.00"], "************1234"] }
  high-security:   { outcome: allowed, value: [["19.99", "5.00"], "************1234"] }
  tenant-isolated: { outcome: allowed, value: [["19.99", "5.00"], "************1234"] }
---*/
const prices = 'A costs $19.99, B costs $5.00'.match(/(?<=\$)\d+\.\d{2}/g);
const masked = '4111111111111234'.replace(/\d(?=\d{4})/g, '*');
return [prices, masked];
